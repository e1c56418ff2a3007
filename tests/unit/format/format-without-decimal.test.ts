/**
 * The page formats figures before it loads decimal.js, so `format-number.ts` must not reach it,
 * and must write what its decimal.js version wrote, digit for digit. The oracle is that version
 * of formatMoney, formatShare and formatCompact (with their helpers), copied below as it was.
 * Expected strings of the hand-written cases are worked out by hand: \u00a0 NO-BREAK SPACE,
 * \u2212 MINUS SIGN.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	formatCompact,
	formatMoney,
	formatShare,
	LOCALES,
	type Currency,
	type FractionDigits,
	type Locale
} from '../../../src/lib/format';
import { D, toCanonical } from '../../../src/lib/model/decimal';

const SRC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/lib');

/** The module specifiers of a file's static imports and re-exports (type-only ones included). */
function specifiers(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const found = [
		...source.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g),
		...source.matchAll(/\bimport\s*\(?\s*['"]([^'"]+)['"]/g)
	];
	return found.map((match) => match[1] ?? '');
}

/** Every file reached from `entry` through relative imports, and every package they import. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const queue = [join(SRC_DIR, entry)];
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (files.has(file)) continue;
		files.add(file);
		for (const spec of specifiers(file)) {
			if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec) + '.ts');
			else packages.add(spec);
		}
	}
	return {
		files: [...files].map((file) => file.slice(SRC_DIR.length + 1)),
		packages: [...packages]
	};
}

describe('what format-number.ts pulls in', () => {
	const graph = importGraph('format/format-number.ts');

	it('reaches neither model/decimal.ts nor any package (decimal.js included)', () => {
		expect(graph.files).toContain('format/locale.ts');
		expect(graph.files).not.toContain('model/decimal.ts');
		expect(graph.packages).toEqual([]);
	});

	it('names no decimal module anywhere in its source', () => {
		const source = readFileSync(join(SRC_DIR, 'format/format-number.ts'), 'utf8');
		expect(source).toMatch(/from '\.\/locale'/);
		expect(source).not.toMatch(/['"][^'"\n]*(decimal\.js|model\/decimal)[^'"\n]*['"]/);
	});
});

// The oracle: the decimal.js version of formatMoney, formatShare and formatCompact.

const OLD_TAGS: Record<Locale, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };
const OLD_GROUP: Record<Locale, string> = { nb: '\u00a0', da: '.', en: ',' };
const OLD_MINUS: Record<Locale, string> = { nb: '\u2212', da: '\u2212', en: '-' };
const OLD_PERCENT: Record<Locale, string> = { nb: '\u00a0%', da: '\u00a0%', en: '%' };
const OLD_WORDS: Record<Locale, { million: string; milliard: string }> = {
	nb: { million: 'mill.', milliard: 'mrd.' },
	da: { million: 'mio.', milliard: 'mia.' },
	en: { million: 'million', milliard: 'billion' }
};

function oldFormatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	return new Intl.NumberFormat(OLD_TAGS[locale], {
		roundingMode: 'halfExpand',
		signDisplay: 'negative',
		...options
	});
}

function oldRender(value: string, locale: Locale, options: Intl.NumberFormatOptions): string {
	return oldFormatter(locale, options)
		.formatToParts(value as Intl.StringNumericLiteral)
		.map((part) => {
			if (part.type === 'group') return OLD_GROUP[locale];
			if (part.type === 'minusSign') return OLD_MINUS[locale];
			return part.value;
		})
		.join('');
}

function oldFormatNumber(value: string, locale: Locale, options: FractionDigits = {}): string {
	const minimumFractionDigits = options.minimumFractionDigits ?? 0;
	const maximumFractionDigits = Math.max(options.maximumFractionDigits ?? 2, minimumFractionDigits);
	return oldRender(value, locale, { minimumFractionDigits, maximumFractionDigits });
}

function oldFormatMoney(value: string, locale: Locale, currency: Currency): string {
	const whole = new D(value).toDecimalPlaces(2, D.ROUND_HALF_UP).isInteger();
	const digits = whole ? 0 : 2;
	return oldRender(value, locale, {
		style: 'currency',
		currency,
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

function oldFormatShare(value: string, locale: Locale, options: FractionDigits = {}): string {
	const percent = toCanonical(new D(value).times(100));
	return oldFormatNumber(percent, locale, options) + OLD_PERCENT[locale];
}

function oldFormatCompact(value: string, locale: Locale, currency?: Currency): string {
	const amount = new D(value);
	if (amount.abs().lt(1e6)) {
		return currency ? oldFormatMoney(value, locale, currency) : oldFormatNumber(value, locale);
	}
	const rounded = amount.abs().toSignificantDigits(3, D.ROUND_HALF_UP);
	const milliards = rounded.gte(1e9);
	const scaled = toCanonical(rounded.div(milliards ? 1e9 : 1e6));
	const words = OLD_WORDS[locale];
	const figure =
		oldFormatNumber(scaled, locale) + '\u00a0' + (milliards ? words.milliard : words.million);
	if (!currency) return (amount.isNeg() ? OLD_MINUS[locale] : '') + figure;
	const pattern = oldFormatter(locale, {
		style: 'currency',
		currency,
		maximumFractionDigits: 0
	}).formatToParts(amount.isNeg() ? '-1' : '1');
	return pattern
		.map((part) => {
			if (part.type === 'integer') return figure;
			if (part.type === 'minusSign') return OLD_MINUS[locale];
			return part.value;
		})
		.join('');
}

/**
 * Digits of `value` from its first to its last non-zero one. `D` works to 40 of them, so the old
 * `× 100` of a share was exact only up to 40; past that it rounded before the display did.
 */
function significantDigits(value: string): number {
	return value.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

// The values.

/** Random digits, with 0, 4, 5 and 9 drawn more often: they make the rounding ties and carries. */
const digit = fc.oneof(fc.constantFrom(...'0123456789'), fc.constantFrom(...'0459'));
const nonZeroDigit = fc.constantFrom(...'123456789');
const digits = (minLength: number, maxLength: number) =>
	fc.string({ unit: digit, minLength, maxLength });

/** Sign, 1–30 integer digits, 0–25 fraction digits; canonical (no `-0`, no padding zeros). */
const canonicalDecimal = fc
	.tuple(
		fc.boolean(),
		fc.oneof(
			{ arbitrary: fc.constant('0'), weight: 1 },
			{ arbitrary: fc.tuple(nonZeroDigit, digits(0, 29)).map(([a, b]) => a + b), weight: 4 }
		),
		fc.oneof(
			fc.constant(''),
			fc.tuple(digits(0, 24), nonZeroDigit).map(([a, b]) => a + b)
		)
	)
	.map(([negative, integer, fraction]) => {
		const magnitude = fraction ? `${integer}.${fraction}` : integer;
		return negative && magnitude !== '0' ? `-${magnitude}` : magnitude;
	});

/**
 * Values at a rounding boundary: random leading digits, then a tie (`5`), a near tie
 * (`4999…`, `5000…1`), with the point anywhere, so `x.xx5`, `999 500 000`, `999 999.995` and
 * `0.005` all come up.
 */
const boundaryDecimal = fc
	.tuple(
		fc.boolean(),
		nonZeroDigit,
		digits(0, 12),
		fc.constantFrom('5', '50', '4', '49', '499999', '4999999999999', '50000001', '500000000000001'),
		fc.integer({ min: -4, max: 30 })
	)
	.map(([negative, first, rest, tail, point]) => {
		const all = first + rest + tail;
		const at = Math.min(point, all.length);
		const integer = at <= 0 ? '0' : all.slice(0, at);
		const fraction = (at <= 0 ? '0'.repeat(-at) + all : all.slice(at)).replace(/0+$/, '');
		return (negative ? '-' : '') + integer + (fraction ? `.${fraction}` : '');
	});

const anyDecimal = fc.oneof(canonicalDecimal, boundaryDecimal);
const locale = fc.constantFrom(...LOCALES);
const currency = fc.constantFrom<Currency>('NOK', 'DKK', 'EUR');
const fractionDigits = fc.record(
	{
		maximumFractionDigits: fc.integer({ min: 0, max: 8 }),
		minimumFractionDigits: fc.integer({ min: 0, max: 8 })
	},
	{ requiredKeys: [] }
);

const EDGES = [
	'0',
	'0.005',
	'-0.005',
	'0.0049999999999999999999999',
	'0.00005',
	'-0.00005',
	'0.000049999',
	'1.005',
	'1234.005',
	'-1234.995',
	'99.995',
	'999999',
	'999999.995',
	'-999999.995',
	'999999.994999999',
	'1000000',
	'-1000000',
	'1004999.999',
	'1005000',
	'999499999.99999999',
	'999500000',
	'-999500000',
	'9995000000',
	'999500000000000000000000000000',
	'999999999999999999999999999999.9999999999999999999999999'
];

describe('the same output as the decimal.js version', () => {
	it.each(EDGES)('at the edge value %s, in every locale and currency', (value) => {
		for (const loc of LOCALES) {
			expect(formatShare(value, loc)).toBe(oldFormatShare(value, loc));
			expect(formatCompact(value, loc)).toBe(oldFormatCompact(value, loc));
			for (const cur of ['NOK', 'DKK', 'EUR'] as const) {
				expect(formatMoney(value, loc, cur)).toBe(oldFormatMoney(value, loc, cur));
				expect(formatCompact(value, loc, cur)).toBe(oldFormatCompact(value, loc, cur));
			}
		}
	});

	it('formatMoney, on random and boundary decimals', () => {
		fc.assert(
			fc.property(anyDecimal, locale, currency, (value, loc, cur) => {
				expect(formatMoney(value, loc, cur)).toBe(oldFormatMoney(value, loc, cur));
			}),
			{ numRuns: 3000 }
		);
	});

	it('formatCompact, with and without a currency, on random and boundary decimals', () => {
		fc.assert(
			fc.property(
				anyDecimal,
				locale,
				fc.option(currency, { nil: undefined }),
				(value, loc, cur) => {
					expect(formatCompact(value, loc, cur)).toBe(oldFormatCompact(value, loc, cur));
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('formatShare, with digit options, on decimals of up to 40 significant digits', () => {
		fc.assert(
			fc.property(
				anyDecimal.filter((value) => significantDigits(value) <= 40),
				locale,
				fractionDigits,
				(value, loc, options) => {
					expect(formatShare(value, loc, options)).toBe(oldFormatShare(value, loc, options));
				}
			),
			{ numRuns: 3000 }
		);
	});
});

describe('hand-worked values at the boundaries', () => {
	it.each<[string, Locale, Currency, string]>([
		// 0.005 rounds half up to 0.01: not whole, so 2 digits
		['0.005', 'nb', 'NOK', '0,01\u00a0kr'],
		['-0.005', 'en', 'EUR', '-€0.01'],
		// 0.0049 rounds to 0.00: whole, so 0 digits, and no −0
		['-0.0049', 'nb', 'NOK', '0\u00a0kr'],
		// 999 999.995 rounds to 1 000 000.00: whole
		['999999.995', 'da', 'DKK', '1.000.000\u00a0kr.'],
		['999999.994999', 'nb', 'NOK', '999\u00a0999,99\u00a0kr']
	])('formatMoney(%s, %s, %s) → %j', (value, loc, cur, expected) => {
		expect(formatMoney(value, loc, cur)).toBe(expected);
	});

	it.each<[string, Locale, Currency | undefined, string]>([
		// 3 significant digits, half up, before the scale is chosen
		['999500000', 'nb', 'NOK', '1\u00a0mrd.\u00a0kr'],
		['999499999.99', 'nb', 'NOK', '999\u00a0mill.\u00a0kr'],
		['-999500000', 'en', 'EUR', '-€1\u00a0billion'],
		['9995000000', 'da', undefined, '10\u00a0mia.'],
		['1000000', 'en', 'DKK', 'DKK\u00a01\u00a0million'],
		['1004999.999', 'nb', undefined, '1\u00a0mill.'],
		['1005000', 'nb', undefined, '1,01\u00a0mill.'],
		// below 10^6 it is money, even when that rounds to 1 000 000
		['999999.995', 'nb', 'NOK', '1\u00a0000\u00a0000\u00a0kr'],
		// 10^29 × 9.995 → 1.00 × 10^30 = 10^21 milliards
		[
			'999500000000000000000000000000',
			'en',
			undefined,
			'1,000,000,000,000,000,000,000\u00a0billion'
		]
	])('formatCompact(%s, %s, %s) → %j', (value, loc, cur, expected) => {
		expect(formatCompact(value, loc, cur)).toBe(expected);
	});

	it.each<[string, Locale, string]>([
		// 0.00005 × 100 = 0.005 → 0.01
		['0.00005', 'nb', '0,01\u00a0%'],
		['-0.00005', 'en', '-0.01%'],
		['-0.0000499', 'da', '0\u00a0%'],
		// 0.99995 × 100 = 99.995 → 100.00, shown without fraction digits
		['0.99995', 'nb', '100\u00a0%'],
		['123456789012345678901234567890.5', 'en', '12,345,678,901,234,567,890,123,456,789,050%']
	])('formatShare(%s, %s) → %j', (value, loc, expected) => {
		expect(formatShare(value, loc)).toBe(expected);
	});

	it('keeps × 100 exact past 40 significant digits, where the old version rounded twice', () => {
		// 0.01234 and 37 nines (41 significant digits) × 100 = 1.234999…: 1.23 half-expand. The
		// old code first rounded the product to 40 digits (1.235), then to 2 decimals (1.24).
		const value = `0.01234${'9'.repeat(37)}`;
		expect(formatShare(value, 'en')).toBe('1.23%');
		expect(oldFormatShare(value, 'en')).toBe('1.24%');
	});
});
