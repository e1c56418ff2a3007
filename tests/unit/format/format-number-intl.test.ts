/**
 * `format-number.ts` formats without Intl (a browser's first Intl object costs 40–80 ms of ICU
 * set-up on a phone) and must write what its Intl-based version wrote, character for character.
 * The oracle is that previous implementation, copied below as it was: Intl.NumberFormat fed with
 * decimal strings, its group separator and minus sign replaced by the locale's own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CURRENCIES,
	formatCompact,
	formatMoney,
	formatNumber,
	formatShare,
	LOCALES,
	type Currency,
	type FractionDigits,
	type Locale
} from '../../../src/lib/format';

// The oracle: the previous, Intl-based implementation, as it was (helpers renamed `previous…`).

const PREVIOUS_TAGS: Record<Locale, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };
const PREVIOUS_GROUP: Record<Locale, string> = { nb: '\u00a0', da: '.', en: ',' };
const PREVIOUS_MINUS: Record<Locale, string> = { nb: '\u2212', da: '\u2212', en: '-' };
const PREVIOUS_PERCENT_SUFFIX: Record<Locale, string> = { nb: '\u00a0%', da: '\u00a0%', en: '%' };
const PREVIOUS_SCALE_WORDS: Record<Locale, { million: string; milliard: string }> = {
	nb: { million: 'mill.', milliard: 'mrd.' },
	da: { million: 'mio.', milliard: 'mia.' },
	en: { million: 'million', milliard: 'billion' }
};
const PREVIOUS_PLAIN = 'en';

const previousFormatters = new Map<string, Intl.NumberFormat>();

function previousFormatter(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${tag}|${JSON.stringify(options)}`;
	let cached = previousFormatters.get(key);
	if (!cached) {
		cached = new Intl.NumberFormat(tag, {
			roundingMode: 'halfExpand',
			signDisplay: 'negative',
			...options
		});
		previousFormatters.set(key, cached);
	}
	return cached;
}

function previousPercentOf(share: string): string {
	const negative = share.startsWith('-');
	const [integer = '', fraction = ''] = (negative ? share.slice(1) : share).split('.');
	const padded = fraction.padEnd(2, '0');
	const wholePart = (integer + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
	const fractionPart = padded.slice(2);
	return (negative ? '-' : '') + wholePart + (fractionPart ? `.${fractionPart}` : '');
}

function previousRender(value: string, locale: Locale, options: Intl.NumberFormatOptions): string {
	return previousFormatter(PREVIOUS_TAGS[locale], options)
		.formatToParts(value as Intl.StringNumericLiteral)
		.map((part) => {
			if (part.type === 'group') return PREVIOUS_GROUP[locale];
			if (part.type === 'minusSign') return PREVIOUS_MINUS[locale];
			return part.value;
		})
		.join('');
}

function previousFractionOptions(options: FractionDigits, defaultMaximum: number) {
	const minimumFractionDigits = options.minimumFractionDigits ?? 0;
	const maximumFractionDigits = Math.max(
		options.maximumFractionDigits ?? defaultMaximum,
		minimumFractionDigits
	);
	return { minimumFractionDigits, maximumFractionDigits };
}

function previousFormatNumber(value: string, locale: Locale, options: FractionDigits = {}): string {
	return previousRender(value, locale, previousFractionOptions(options, 2));
}

function previousIsWholeInCents(value: string): boolean {
	const cents = previousFormatter(PREVIOUS_PLAIN, {
		useGrouping: false,
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	return cents.format(value as Intl.StringNumericLiteral).endsWith('.00');
}

function previousFormatMoney(
	value: string,
	locale: Locale,
	currency: Currency,
	options: { fractionDigits?: number } = {}
): string {
	const digits = options.fractionDigits ?? (previousIsWholeInCents(value) ? 0 : 2);
	return previousRender(value, locale, {
		style: 'currency',
		currency,
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

function previousFormatShare(value: string, locale: Locale, options: FractionDigits = {}): string {
	return (
		previousFormatNumber(previousPercentOf(value), locale, options) +
		PREVIOUS_PERCENT_SUFFIX[locale]
	);
}

function previousFormatCompact(value: string, locale: Locale, currency?: Currency): string {
	const negative = value.startsWith('-');
	const magnitude = negative ? value.slice(1) : value;
	const [integerPart = ''] = magnitude.split('.');
	if (integerPart.replace(/^0+/, '').length <= 6) {
		return currency
			? previousFormatMoney(value, locale, currency)
			: previousFormatNumber(value, locale);
	}
	const rounded = previousFormatter(PREVIOUS_PLAIN, {
		useGrouping: false,
		maximumSignificantDigits: 3
	}).format(magnitude as Intl.StringNumericLiteral);
	const milliards = rounded.length >= 10;
	const shift = milliards ? 9 : 6;
	const scaledFraction = rounded.slice(-shift).replace(/0+$/, '');
	const scaled = rounded.slice(0, -shift) + (scaledFraction ? `.${scaledFraction}` : '');
	const words = PREVIOUS_SCALE_WORDS[locale];
	const figure =
		previousFormatNumber(scaled, locale) + '\u00a0' + (milliards ? words.milliard : words.million);
	if (!currency) return (negative ? PREVIOUS_MINUS[locale] : '') + figure;
	const pattern = previousFormatter(PREVIOUS_TAGS[locale], {
		style: 'currency',
		currency,
		maximumFractionDigits: 0
	}).formatToParts(negative ? '-1' : '1');
	return pattern
		.map((part) => {
			if (part.type === 'integer') return figure;
			if (part.type === 'minusSign') return PREVIOUS_MINUS[locale];
			return part.value;
		})
		.join('');
}

// The values.

/** Random digits, with 0, 4, 5 and 9 drawn more often: they make the rounding ties and carries. */
const digit = fc.oneof(fc.constantFrom(...'0123456789'), fc.constantFrom(...'0459'));
const nonZeroDigit = fc.constantFrom(...'123456789');
const digits = (minLength: number, maxLength: number) =>
	fc.string({ unit: digit, minLength, maxLength });
/** An integer part of 1 to 30 digits, `0` now and then. */
const integerPart = fc.oneof(
	{ arbitrary: fc.constant('0'), weight: 1 },
	{
		arbitrary: fc.tuple(nonZeroDigit, digits(0, 29)).map(([first, rest]) => first + rest),
		weight: 4
	}
);

function signed(negative: boolean, magnitude: string): string {
	return negative ? `-${magnitude}` : magnitude;
}

/** Up to 30 integer digits and up to 25 fraction digits, either sign. */
const plainDecimal = fc
	.tuple(fc.boolean(), integerPart, digits(0, 25))
	.map(([negative, integer, fraction]) =>
		signed(negative, fraction ? `${integer}.${fraction}` : integer)
	);

/** Halfway and near-halfway values: `x.5`, `x.005`, `x.125`, `x.00499…`, `x.0050…01`. */
const halfwayDecimal = fc
	.tuple(
		fc.boolean(),
		integerPart,
		digits(0, 7),
		fc.constantFrom('5', '50', '4999999', '5000001', '25', '125')
	)
	.map(([negative, integer, leading, tail]) => signed(negative, `${integer}.${leading}${tail}`));

/** Values that round to zero, or nearly: `-0.004`, `0.0000005`, `-0.00499`. */
const tinyDecimal = fc
	.tuple(fc.boolean(), fc.integer({ min: 1, max: 12 }), nonZeroDigit, digits(0, 6))
	.map(([negative, zeros, first, rest]) =>
		signed(negative, `0.${'0'.repeat(zeros)}${first}${rest}`)
	);

/** Canonical by the pattern but padded with zeros: `007`, `1.500`, `-0`, `-0.000`. */
const paddedDecimal = fc
	.tuple(
		fc.boolean(),
		fc.integer({ min: 1, max: 4 }),
		digits(0, 30),
		fc.option(digits(1, 8), { nil: undefined })
	)
	.map(([negative, zeroCount, integer, fraction]) => {
		const padded = '0'.repeat(zeroCount) + integer;
		return signed(negative, fraction === undefined ? padded : `${padded}.${fraction}00`);
	});

const anyDecimal = fc.oneof(plainDecimal, halfwayDecimal, tinyDecimal, paddedDecimal);
const locale = fc.constantFrom(...LOCALES);
const currency = fc.constantFrom(...CURRENCIES);
const fractionDigits = fc.record(
	{
		maximumFractionDigits: fc.integer({ min: 0, max: 6 }),
		minimumFractionDigits: fc.integer({ min: 0, max: 6 })
	},
	{ requiredKeys: [] }
);

const EDGES = [
	'0',
	'-0',
	'0.5',
	'-0.5',
	'2.5',
	'1.005',
	'-1.005',
	'0.125',
	'-0.125',
	'0.004',
	'-0.004',
	'0.0049',
	'999.995',
	'999999.995',
	'1234',
	'999500000',
	'-999600000',
	'9995000000',
	'999999999999999999999999999999.999999999999999999999999',
	'-123456789012345678901234567890.125'
];

describe('the same output as the Intl-based version', () => {
	it.each(EDGES)('at the edge value %s, in every locale and currency', (value) => {
		for (const loc of LOCALES) {
			expect(formatNumber(value, loc)).toBe(previousFormatNumber(value, loc));
			expect(formatShare(value, loc)).toBe(previousFormatShare(value, loc));
			expect(formatCompact(value, loc)).toBe(previousFormatCompact(value, loc));
			for (const cur of CURRENCIES) {
				expect(formatMoney(value, loc, cur)).toBe(previousFormatMoney(value, loc, cur));
				expect(formatCompact(value, loc, cur)).toBe(previousFormatCompact(value, loc, cur));
			}
		}
	});

	it('formatNumber, with 0–6 fraction digits', () => {
		fc.assert(
			fc.property(anyDecimal, locale, fractionDigits, (value, loc, options) => {
				expect(formatNumber(value, loc, options)).toBe(previousFormatNumber(value, loc, options));
			}),
			{ numRuns: 3000 }
		);
	});

	it('formatMoney, in every currency, with and without fixed fraction digits', () => {
		fc.assert(
			fc.property(
				anyDecimal,
				locale,
				currency,
				fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
				(value, loc, cur, digitCount) => {
					const options = digitCount === undefined ? {} : { fractionDigits: digitCount };
					expect(formatMoney(value, loc, cur, options)).toBe(
						previousFormatMoney(value, loc, cur, options)
					);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('formatShare, with 0–6 fraction digits', () => {
		fc.assert(
			fc.property(anyDecimal, locale, fractionDigits, (value, loc, options) => {
				expect(formatShare(value, loc, options)).toBe(previousFormatShare(value, loc, options));
			}),
			{ numRuns: 3000 }
		);
	});

	it('formatCompact, in every currency and without one', () => {
		fc.assert(
			fc.property(
				anyDecimal,
				locale,
				fc.option(currency, { nil: undefined }),
				(value, loc, cur) => {
					expect(formatCompact(value, loc, cur)).toBe(previousFormatCompact(value, loc, cur));
				}
			),
			{ numRuns: 3000 }
		);
	});
});

describe('the currency next to the amount, in each locale', () => {
	it.each<[Locale, Currency, string]>([
		['nb', 'NOK', '1\u00a0234,50\u00a0kr'],
		['nb', 'DKK', '1\u00a0234,50\u00a0DKK'],
		['nb', 'SEK', '1\u00a0234,50\u00a0SEK'],
		['nb', 'EUR', '1\u00a0234,50\u00a0€'],
		['nb', 'USD', '1\u00a0234,50\u00a0USD'],
		['nb', 'GBP', '1\u00a0234,50\u00a0£'],
		['da', 'NOK', '1.234,50\u00a0NOK'],
		['da', 'DKK', '1.234,50\u00a0kr.'],
		['da', 'SEK', '1.234,50\u00a0SEK'],
		['da', 'EUR', '1.234,50\u00a0€'],
		['da', 'USD', '1.234,50\u00a0US$'],
		['da', 'GBP', '1.234,50\u00a0£'],
		['en', 'NOK', 'NOK\u00a01,234.50'],
		['en', 'DKK', 'DKK\u00a01,234.50'],
		['en', 'SEK', 'SEK\u00a01,234.50'],
		['en', 'EUR', '€1,234.50'],
		['en', 'USD', 'US$1,234.50'],
		['en', 'GBP', '£1,234.50']
	])('1234.5 in %s, %s → %j', (loc, cur, expected) => {
		expect(formatMoney('1234.5', loc, cur)).toBe(expected);
	});

	it.each<[Locale, Currency, string]>([
		// the minus sign comes first, before a currency written in front
		['nb', 'EUR', '\u22121\u00a0234,50\u00a0€'],
		['da', 'SEK', '\u22121.234,50\u00a0SEK'],
		['en', 'SEK', '-SEK\u00a01,234.50'],
		['en', 'USD', '-US$1,234.50'],
		['en', 'GBP', '-£1,234.50']
	])('-1234.5 in %s, %s → %j', (loc, cur, expected) => {
		expect(formatMoney('-1234.5', loc, cur)).toBe(expected);
	});

	it.each<[Locale, Currency, string]>([
		['nb', 'SEK', '2,5\u00a0mill.\u00a0SEK'],
		['da', 'GBP', '2,5\u00a0mio.\u00a0£'],
		['en', 'USD', 'US$2.5\u00a0million'],
		['en', 'GBP', '-£2.5\u00a0million']
	])('formatCompact in %s, %s → %j', (loc, cur, expected) => {
		const value = expected.startsWith('-') ? '-2500000' : '2500000';
		expect(formatCompact(value, loc, cur)).toBe(expected);
	});
});

describe('grouping and rounding, by hand', () => {
	it.each<[string, Locale, FractionDigits, string]>([
		// 4 integer digits are grouped in all three locales
		['1234', 'nb', {}, '1\u00a0234'],
		['1234', 'da', {}, '1.234'],
		['1234', 'en', {}, '1,234'],
		['123', 'da', {}, '123'],
		// padding zeros of a value are not shown
		['007.500', 'en', {}, '7.5'],
		['-0.000', 'nb', {}, '0'],
		// half away from zero, with a carry through every digit
		['999999.5', 'da', { maximumFractionDigits: 0 }, '1.000.000'],
		['-999.995', 'nb', {}, '\u22121\u00a0000'],
		['0.0005', 'en', { maximumFractionDigits: 3 }, '0.001'],
		['0.00049', 'en', { maximumFractionDigits: 3 }, '0'],
		['2.5', 'en', { minimumFractionDigits: 3 }, '2.500'],
		// a fractional count of digits is rounded down, as Intl does
		['1.23456', 'en', { maximumFractionDigits: 2.9 }, '1.23']
	])('formatNumber(%s, %s, %j) → %j', (value, loc, options, expected) => {
		expect(formatNumber(value, loc, options)).toBe(expected);
	});

	it.each<FractionDigits>([
		{ minimumFractionDigits: -1 },
		{ maximumFractionDigits: 101 },
		{ minimumFractionDigits: Number.NaN }
	])('rejects fraction digits %j with a RangeError', (options) => {
		expect(() => formatNumber('1', 'en', options)).toThrow(RangeError);
	});
});
