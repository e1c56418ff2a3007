/**
 * Display formatting of numbers, money and shares for nb, da and en. Framework-free.
 *
 * Every figure arrives as a canonical decimal string and reaches `Intl.NumberFormat` as that
 * string: Intl formats decimal strings exactly, where a `number` would lose digits past 15
 * significant figures. Rounding is half-expand (half away from zero: 0.125 → 0.13, −0.125 →
 * −0.13). The module needs no decimal.js, so a page can format figures before it loads it: the
 * only arithmetic (a share × 100, the ÷ 10^6 or 10^9 of `formatCompact`) moves the decimal point
 * in the string, and every rounding, even the ones that only decide a layout, is Intl's.
 *
 * The characters are normalised from Intl's parts, so they do not drift with the ICU version:
 *
 * | locale | group separator          | decimal | minus                 |
 * |--------|--------------------------|---------|-----------------------|
 * | nb     | U+00A0 NO-BREAK SPACE    | `,`     | U+2212 MINUS SIGN     |
 * | da     | `.`                      | `,`     | U+2212 MINUS SIGN (Intl gives `-`) |
 * | en     | `,`                      | `.`     | `-` HYPHEN-MINUS      |
 *
 * A value that rounds to zero is shown without a sign (never `−0`). Money keeps Intl's currency
 * placement and symbol (`250 000 kr`, `250.000 kr.`, `NOK 250,000`, `€250,000`, `US$250,000`),
 * with a no-break space where Intl puts one. A value that is not a canonical decimal string
 * (`1e5`, `abc`) throws a RangeError: it can only come from a programming error, since values
 * come from the model or the parser. The formatter cache holds immutable formatters keyed
 * by their options, so sharing it between requests shares no state.
 */
import type { DecimalString, Unit } from '../model/types';
import type { Currency } from './currency';
import { INTL_TAGS, type Locale } from './locale';

/** How many digits after the decimal separator to show (defaults: 0 … 2). */
export interface FractionDigits {
	maximumFractionDigits?: number;
	minimumFractionDigits?: number;
}

export const NO_BREAK_SPACE = '\u00a0';
export const MINUS_SIGN = '\u2212';

const GROUP: Record<Locale, string> = { nb: NO_BREAK_SPACE, da: '.', en: ',' };
const MINUS: Record<Locale, string> = { nb: MINUS_SIGN, da: MINUS_SIGN, en: '-' };
const PERCENT_SUFFIX: Record<Locale, string> = { nb: '\u00a0%', da: '\u00a0%', en: '%' };
/** Scale words of headline figures; never `billion` in nb/da, where it means 10^12. */
const SCALE_WORDS: Record<Locale, { million: string; milliard: string }> = {
	nb: { million: 'mill.', milliard: 'mrd.' },
	da: { million: 'mio.', milliard: 'mia.' },
	en: { million: 'million', milliard: 'billion' }
};
const CANONICAL = /^-?\d+(\.\d+)?$/;
/** The tag of the formatters whose output the code reads back: ASCII digits, `.` and `-`. */
const PLAIN = 'en';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${tag}|${JSON.stringify(options)}`;
	let cached = formatters.get(key);
	if (!cached) {
		cached = new Intl.NumberFormat(tag, {
			roundingMode: 'halfExpand',
			signDisplay: 'negative',
			...options
		});
		formatters.set(key, cached);
	}
	return cached;
}

function assertCanonical(value: string): void {
	if (!CANONICAL.test(value)) throw new RangeError(`not a canonical decimal string: ${value}`);
}

/** A share × 100, exactly, by moving the decimal point 2 places: `0.125` → `12.5`. */
function percentOf(share: DecimalString): DecimalString {
	const negative = share.startsWith('-');
	const [integer = '', fraction = ''] = (negative ? share.slice(1) : share).split('.');
	const padded = fraction.padEnd(2, '0');
	const wholePart = (integer + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
	const fractionPart = padded.slice(2);
	return (negative ? '-' : '') + wholePart + (fractionPart ? `.${fractionPart}` : '');
}

/** Formats through Intl and puts in the locale's own group separator and minus sign. */
function render(value: DecimalString, locale: Locale, options: Intl.NumberFormatOptions): string {
	assertCanonical(value);
	return formatter(INTL_TAGS[locale], options)
		.formatToParts(value as Intl.StringNumericLiteral)
		.map((part) => {
			if (part.type === 'group') return GROUP[locale];
			if (part.type === 'minusSign') return MINUS[locale];
			return part.value;
		})
		.join('');
}

function fractionOptions(options: FractionDigits, defaultMaximum: number) {
	const minimumFractionDigits = options.minimumFractionDigits ?? 0;
	const maximumFractionDigits = Math.max(
		options.maximumFractionDigits ?? defaultMaximum,
		minimumFractionDigits
	);
	return { minimumFractionDigits, maximumFractionDigits };
}

/**
 * A plain number for display: `1234567.125` → nb `1 234 567,13` (U+00A0 groups), da
 * `1.234.567,13`, en `1,234,567.13`. At most 2 fraction digits unless told otherwise.
 */
export function formatNumber(
	value: DecimalString,
	locale: Locale,
	options: FractionDigits = {}
): string {
	return render(value, locale, fractionOptions(options, 2));
}

/** True when `value` rounded half-up to 2 decimals is whole: `1234.995` yes, `1234.005` no. */
function isWholeInCents(value: DecimalString): boolean {
	const cents = formatter(PLAIN, {
		useGrouping: false,
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	return cents.format(value as Intl.StringNumericLiteral).endsWith('.00');
}

/**
 * An amount of money in `currency`: no fraction digits when the amount is whole after rounding
 * to øre/cents, else 2 (`250000` → nb `250 000 kr`, `1234.5` → nb `1 234,50 kr`).
 * `fractionDigits` fixes the number of fraction digits instead.
 */
export function formatMoney(
	value: DecimalString,
	locale: Locale,
	currency: Currency,
	options: { fractionDigits?: number } = {}
): string {
	assertCanonical(value);
	const digits = options.fractionDigits ?? (isWholeInCents(value) ? 0 : 2);
	return render(value, locale, {
		style: 'currency',
		currency,
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

/**
 * A share (a fraction, `0.1`) as a percentage: nb and da `10 %` (U+00A0 before `%`), en `10%`.
 * The digit options apply to the percentage (default at most 2: `0.123456` → `12,35 %`).
 */
export function formatShare(
	value: DecimalString,
	locale: Locale,
	options: FractionDigits = {}
): string {
	assertCanonical(value);
	return formatNumber(percentOf(value), locale, options) + PERCENT_SUFFIX[locale];
}

/**
 * A headline figure: from 1 million on, 3 significant digits (half-up) and a scale word, e.g.
 * `3750000000` → nb `3,75 mrd. kr`, da `3,75 mia. kr.`, en `NOK 3.75 billion` (U+00A0 between
 * number, word and currency). The scale is chosen after rounding (`999 600 000` → `1 mrd. kr`),
 * and milliards are the largest scale (`3,75e12` → `3 750 mrd. kr`). Below 1 million, or without
 * a currency, it is `formatMoney` or `formatNumber`.
 */
export function formatCompact(value: DecimalString, locale: Locale, currency?: Currency): string {
	assertCanonical(value);
	const negative = value.startsWith('-');
	const magnitude = negative ? value.slice(1) : value;
	// Below 10^6 the integer part has at most 6 digits (leading zeros aside).
	const [integerPart = ''] = magnitude.split('.');
	if (integerPart.replace(/^0+/, '').length <= 6) {
		return currency ? formatMoney(value, locale, currency) : formatNumber(value, locale);
	}
	// 3 significant digits of a magnitude ≥ 10^6: an integer string, `3750000000`.
	const rounded = formatter(PLAIN, { useGrouping: false, maximumSignificantDigits: 3 }).format(
		magnitude as Intl.StringNumericLiteral
	);
	const milliards = rounded.length >= 10;
	// ÷ 10^9 or 10^6 by moving the decimal point: `3750000000` → `3.75`.
	const shift = milliards ? 9 : 6;
	const scaledFraction = rounded.slice(-shift).replace(/0+$/, '');
	const scaled = rounded.slice(0, -shift) + (scaledFraction ? `.${scaledFraction}` : '');
	const words = SCALE_WORDS[locale];
	const figure =
		formatNumber(scaled, locale) + NO_BREAK_SPACE + (milliards ? words.milliard : words.million);
	if (!currency) return (negative ? MINUS[locale] : '') + figure;
	// Intl's pattern for ±1 in this currency, with the figure put in place of the 1.
	const pattern = formatter(INTL_TAGS[locale], {
		style: 'currency',
		currency,
		maximumFractionDigits: 0
	}).formatToParts(negative ? '-1' : '1');
	return pattern
		.map((part) => {
			if (part.type === 'integer') return figure;
			if (part.type === 'minusSign') return MINUS[locale];
			return part.value;
		})
		.join('');
}

/** Shown where a figure does not exist (`bcr` without a cost): U+2014 EM DASH. */
export const NO_VALUE = '\u2014';

/**
 * A trail value by its unit: `persons` up to 2 fraction digits, `share` as a percentage, `money`
 * in `currency`, `ratio` up to 4 fraction digits, `years` whole, `factor` up to 6 fraction
 * digits; `null` (no such figure) as `—`.
 */
export function formatByUnit(
	value: DecimalString | null,
	unit: Unit,
	locale: Locale,
	currency: Currency
): string {
	if (value === null) return NO_VALUE;
	switch (unit) {
		case 'share':
			return formatShare(value, locale);
		case 'money':
			return formatMoney(value, locale, currency);
		case 'ratio':
			return formatNumber(value, locale, { maximumFractionDigits: 4 });
		case 'years':
			return formatNumber(value, locale, { maximumFractionDigits: 0 });
		case 'factor':
			return formatNumber(value, locale, { maximumFractionDigits: 6 });
		case 'persons':
			return formatNumber(value, locale, { maximumFractionDigits: 2 });
	}
}
