/**
 * Display formatting of numbers, money and shares for nb, da and en. Framework-free.
 *
 * Every figure arrives as a canonical decimal string and is formatted by string arithmetic on its
 * digits, without `Intl`: a browser's first `Intl` object sets up ICU's locale data, 40–80 ms of
 * main-thread time on a phone, and the page formats its figures while it hydrates. Working on the
 * digits also keeps every one of them (a `number` loses digits past 15 significant figures).
 * Rounding is half-expand (half away from zero: 0.125 → 0.13, −0.125 → −0.13). The module needs
 * no decimal.js either, so a page can format figures before it loads it: besides rounding, the
 * only arithmetic (a share × 100, the ÷ 10^6 or 10^9 of `formatCompact`) moves the decimal point.
 *
 * The output is what Intl's `NumberFormat` writes for the tags of `INTL_TAGS` (CLDR's symbols and
 * patterns), with the group separator and minus sign that the earlier Intl-based version put in
 * place of Intl's. Written out here, the characters cannot drift with a browser's ICU version:
 *
 * | locale | group separator          | decimal | minus                 |
 * |--------|--------------------------|---------|-----------------------|
 * | nb     | U+00A0 NO-BREAK SPACE    | `,`     | U+2212 MINUS SIGN     |
 * | da     | `.`                      | `,`     | U+2212 MINUS SIGN (Intl gives `-`) |
 * | en     | `,`                      | `.`     | `-` HYPHEN-MINUS      |
 *
 * All three locales group from 4 integer digits on (`1 234`, `1.234`, `1,234`). A value that
 * rounds to zero is shown without a sign (never `−0`). Money takes Intl's currency placement and
 * symbol (`250 000 kr`, `250.000 kr.`, `NOK 250,000`, `€250,000`, `US$250,000`), with a no-break
 * space where Intl puts one. A value that is not a canonical decimal string (`1e5`, `abc`) throws
 * a RangeError: it can only come from a programming error, since values come from the model or
 * the parser. So does a count of fraction digits outside Intl's bounds, 0–100. The module holds
 * no state.
 */
import type { DecimalString, Unit } from '../model/types';
import type { Currency } from './currency';
import type { Locale } from './locale';

/**
 * How a value is rounded to the digits shown, with Intl's names: half away from zero (the
 * default), or towards +∞ (`ceil`) or −∞ (`floor`) — for a bound a sentence must keep on its
 * side, "above 16 666,67 kr" where the exact bound is 16 666,666….
 */
export type RoundingMode = 'halfExpand' | 'ceil' | 'floor';

/** How many digits after the decimal separator to show (defaults: 0 … 2), and how to round. */
export interface FractionDigits {
	maximumFractionDigits?: number;
	minimumFractionDigits?: number;
	roundingMode?: RoundingMode;
}

export const NO_BREAK_SPACE = '\u00a0';
export const MINUS_SIGN = '\u2212';

const GROUP: Record<Locale, string> = { nb: NO_BREAK_SPACE, da: '.', en: ',' };
const DECIMAL: Record<Locale, string> = { nb: ',', da: ',', en: '.' };
const MINUS: Record<Locale, string> = { nb: MINUS_SIGN, da: MINUS_SIGN, en: '-' };
const PERCENT_SUFFIX: Record<Locale, string> = { nb: '\u00a0%', da: '\u00a0%', en: '%' };
/** Scale words of headline figures; never `billion` in nb/da, where it means 10^12. */
const SCALE_WORDS: Record<Locale, { million: string; milliard: string }> = {
	nb: { million: 'mill.', milliard: 'mrd.' },
	da: { million: 'mio.', milliard: 'mia.' },
	en: { million: 'million', milliard: 'billion' }
};

/** The text before and after the figure of an amount of money. */
interface CurrencyAffixes {
	prefix: string;
	suffix: string;
}

/**
 * What Intl (CLDR's currency patterns and symbols; ICU 78, CLDR 48) writes around an amount in
 * each locale and currency: `1 234,50 kr`, `NOK 1,234.50`, `€1,234.50`. Each space is the U+00A0
 * Intl puts there, which the Intl-based version passed through as it came. The minus sign of a
 * negative amount comes before both, as in Intl: `−1 234,50 kr`, `-NOK 1,234.50`, `-€1,234.50`.
 */
const CURRENCY_AFFIXES: Record<Locale, Record<Currency, CurrencyAffixes>> = {
	nb: {
		NOK: { prefix: '', suffix: '\u00a0kr' },
		DKK: { prefix: '', suffix: '\u00a0DKK' },
		SEK: { prefix: '', suffix: '\u00a0SEK' },
		EUR: { prefix: '', suffix: '\u00a0€' },
		USD: { prefix: '', suffix: '\u00a0USD' },
		GBP: { prefix: '', suffix: '\u00a0£' }
	},
	da: {
		NOK: { prefix: '', suffix: '\u00a0NOK' },
		DKK: { prefix: '', suffix: '\u00a0kr.' },
		SEK: { prefix: '', suffix: '\u00a0SEK' },
		EUR: { prefix: '', suffix: '\u00a0€' },
		USD: { prefix: '', suffix: '\u00a0US$' },
		GBP: { prefix: '', suffix: '\u00a0£' }
	},
	en: {
		NOK: { prefix: 'NOK\u00a0', suffix: '' },
		DKK: { prefix: 'DKK\u00a0', suffix: '' },
		SEK: { prefix: 'SEK\u00a0', suffix: '' },
		EUR: { prefix: '€', suffix: '' },
		USD: { prefix: 'US$', suffix: '' },
		GBP: { prefix: '£', suffix: '' }
	}
};

/** The sign of `currency` as an amount in `locale` carries it: `kr`, `kr.`, `NOK`, `€`, `USD`. */
export function currencySign(locale: Locale, currency: Currency): string {
	const { prefix, suffix } = CURRENCY_AFFIXES[locale][currency];
	return (prefix + suffix).replace(/\u00a0/g, '');
}

const CANONICAL = /^-?\d+(\.\d+)?$/;
/** The most fraction digits Intl accepts (ECMA-402 since 2023). */
const MAX_FRACTION_DIGITS = 100;

/** The digits of a magnitude either side of the decimal point. */
interface Magnitude {
	integer: string;
	fraction: string;
}

/** A decimal as its sign and the digits of its magnitude, without leading zeros. */
interface SplitDecimal extends Magnitude {
	negative: boolean;
}

function assertCanonical(value: string): void {
	if (!CANONICAL.test(value)) throw new RangeError(`not a canonical decimal string: ${value}`);
}

/** `-007.50` → negative, `7`, `50`. */
function splitDecimal(value: DecimalString): SplitDecimal {
	assertCanonical(value);
	const negative = value.startsWith('-');
	const [integer = '', fraction = ''] = (negative ? value.slice(1) : value).split('.');
	return { negative, integer: integer.replace(/^0+(?=\d)/, ''), fraction };
}

/** A string of digits plus one: `1299` → `1300`, `999` → `1000`. */
function plusOne(digits: string): string {
	const head = digits.replace(/9+$/, '');
	const zeros = '0'.repeat(digits.length - head.length);
	if (head === '') return `1${zeros}`;
	return head.slice(0, -1) + String(Number(head.slice(-1)) + 1) + zeros;
}

/**
 * A magnitude rounded to `digits` fraction digits, with exactly that many in the fraction:
 * (`2`, `345`), 2 → (`2`, `35`); (`9`, `995`), 2 → (`10`, `00`). Half away from zero by
 * default; `away` rounds any dropped digit away from zero, `toward` drops them (the magnitude's
 * side of `ceil` and `floor`, which depends on the sign).
 */
function roundToFraction(
	{ integer, fraction }: Magnitude,
	digits: number,
	mode: 'halfExpand' | 'away' | 'toward' = 'halfExpand'
): Magnitude {
	const kept = integer + fraction.slice(0, digits).padEnd(digits, '0');
	const dropped = fraction.slice(digits);
	const up =
		mode === 'halfExpand'
			? dropped.charAt(0) >= '5' // the first dropped digit alone decides
			: mode === 'away' && /[1-9]/.test(dropped);
	const rounded = up ? plusOne(kept) : kept;
	const integerLength = rounded.length - digits;
	return { integer: rounded.slice(0, integerLength), fraction: rounded.slice(integerLength) };
}

/**
 * A whole number of 3 or more digits rounded half-expand to 3 significant digits: `3745000` →
 * `3750000`, `9996000` → `10000000`. The digits past the third are rounded off as a fraction.
 */
function roundToThreeSignificant(integer: string): string {
	const leading = roundToFraction({ integer: integer.slice(0, 3), fraction: integer.slice(3) }, 0);
	return leading.integer + '0'.repeat(integer.length - 3);
}

/**
 * `digits` without the zeros that end it, keeping at least `keep` digits: (`500`) → `5`,
 * (`500`, 2) → `50`. A loop: `/0+$/` tries every zero as the start of the run, quadratic in a
 * long run of zeros that does not end the text.
 */
export function withoutTrailingZeros(digits: string, keep = 0): string {
	let end = digits.length;
	while (end > keep && digits[end - 1] === '0') end--;
	return digits.slice(0, end);
}

/**
 * Integer digits in groups of 3 from the right: (`1234567`, `.`) → `1.234.567`. Sliced, not a
 * lookahead to the end at every digit, which is quadratic in a long number.
 */
function grouped(integer: string, separator: string): string {
	const groups = [integer.slice(0, integer.length % 3 || 3)];
	for (let start = groups[0]!.length; start < integer.length; start += 3) {
		groups.push(integer.slice(start, start + 3));
	}
	return groups.join(separator);
}

/** The fewest and most fraction digits to show, and how to round to them. */
interface FractionRange {
	minimum: number;
	maximum: number;
	roundingMode?: RoundingMode;
}

/** A rounding mode as it acts on the magnitude of a value with this sign. */
function magnitudeMode(mode: RoundingMode | undefined, negative: boolean) {
	if (mode === undefined || mode === 'halfExpand') return 'halfExpand';
	return (mode === 'ceil') !== negative ? 'away' : 'toward';
}

/** A value rounded and written without its sign, and whether that sign is a minus. */
interface Figure {
	negative: boolean;
	text: string;
}

/**
 * `value` rounded to `range.maximum` fraction digits and written with the locale's separators:
 * (`-1234.5`, nb) → negative, `1 234,5`. A value that rounds to zero is not negative (no `−0`).
 */
function figureOf(value: DecimalString, locale: Locale, range: FractionRange): Figure {
	const split = splitDecimal(value);
	const mode = magnitudeMode(range.roundingMode, split.negative);
	const rounded = roundToFraction(split, range.maximum, mode);
	const shownFraction = withoutTrailingZeros(rounded.fraction, range.minimum);
	const text =
		grouped(rounded.integer, GROUP[locale]) +
		(shownFraction ? DECIMAL[locale] + shownFraction : '');
	const isZero = /^0+$/.test(rounded.integer + rounded.fraction);
	return { negative: split.negative && !isZero, text };
}

function signOf(negative: boolean, locale: Locale): string {
	return negative ? MINUS[locale] : '';
}

/** A figure with its sign and the currency where Intl puts them: `−1 234,50 kr`, `-€1,234.50`. */
function moneyText(figure: Figure, locale: Locale, currency: Currency): string {
	const { prefix, suffix } = CURRENCY_AFFIXES[locale][currency];
	return signOf(figure.negative, locale) + prefix + figure.text + suffix;
}

/** A count of fraction digits checked as Intl checks it: 0 to 100, a fractional count floored. */
function digitCount(count: number): number {
	if (!(count >= 0 && count <= MAX_FRACTION_DIGITS)) {
		throw new RangeError(`fraction digits out of range: ${count}`);
	}
	return Math.floor(count);
}

function fractionRange(options: FractionDigits, defaultMaximum: number): FractionRange {
	const minimum = options.minimumFractionDigits ?? 0;
	const maximum = Math.max(options.maximumFractionDigits ?? defaultMaximum, minimum);
	const range = { minimum: digitCount(minimum), maximum: digitCount(maximum) };
	return options.roundingMode === undefined
		? range
		: { ...range, roundingMode: options.roundingMode };
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

/**
 * A plain number for display: `1234567.125` → nb `1 234 567,13` (U+00A0 groups), da
 * `1.234.567,13`, en `1,234,567.13`. At most 2 fraction digits unless told otherwise.
 */
export function formatNumber(
	value: DecimalString,
	locale: Locale,
	options: FractionDigits = {}
): string {
	const figure = figureOf(value, locale, fractionRange(options, 2));
	return signOf(figure.negative, locale) + figure.text;
}

/**
 * 0 when `value` rounded to 2 decimals is whole (`1234.995`), else 2 (`1234.005`): half-up, or
 * in `mode` (`1234.001` towards +∞ is `1234.01`).
 */
function moneyFractionDigits(value: DecimalString, mode?: RoundingMode): number {
	const split = splitDecimal(value);
	const cents = roundToFraction(split, 2, magnitudeMode(mode, split.negative));
	return cents.fraction === '00' ? 0 : 2;
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
	options: { fractionDigits?: number; roundingMode?: RoundingMode } = {}
): string {
	const { roundingMode } = options;
	const digits =
		options.fractionDigits === undefined
			? moneyFractionDigits(value, roundingMode)
			: digitCount(options.fractionDigits);
	const range = { minimum: digits, maximum: digits, roundingMode };
	const figure = figureOf(value, locale, range);
	return moneyText(figure, locale, currency);
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
	const { negative, integer } = splitDecimal(value);
	// Below 10^6 the integer part has at most 6 digits.
	if (integer.length <= 6) {
		return currency ? formatMoney(value, locale, currency) : formatNumber(value, locale);
	}
	// 3 significant digits of a magnitude ≥ 10^6: an integer string, `3750000000`.
	const rounded = roundToThreeSignificant(integer);
	const milliards = rounded.length >= 10;
	// ÷ 10^9 or 10^6 by moving the decimal point: `3750000000` → `3.75`.
	const shift = milliards ? 9 : 6;
	const scaledFraction = withoutTrailingZeros(rounded.slice(-shift));
	const scaled = rounded.slice(0, -shift) + (scaledFraction ? `.${scaledFraction}` : '');
	const words = SCALE_WORDS[locale];
	const text =
		formatNumber(scaled, locale) + NO_BREAK_SPACE + (milliards ? words.milliard : words.million);
	const figure = { negative, text };
	return currency ? moneyText(figure, locale, currency) : signOf(negative, locale) + text;
}

/** Shown where a figure does not exist (`bcr` without a cost): U+2014 EM DASH. */
export const NO_VALUE = '\u2014';

/**
 * A trail value by its unit: `persons` up to 2 fraction digits, `share` as a percentage, `money`
 * in `currency`, `ratio` up to 4 fraction digits, `years` whole, `factor` up to 6 fraction
 * digits; `null` (no such figure) as `—`. Rounded half away from zero unless `roundingMode` says.
 */
export function formatByUnit(
	value: DecimalString | null,
	unit: Unit,
	locale: Locale,
	currency: Currency,
	roundingMode?: RoundingMode
): string {
	if (value === null) return NO_VALUE;
	const rounding = roundingMode === undefined ? {} : { roundingMode };
	switch (unit) {
		case 'share':
			return formatShare(value, locale, rounding);
		case 'money':
			return formatMoney(value, locale, currency, rounding);
		case 'ratio':
			return formatNumber(value, locale, { maximumFractionDigits: 4, ...rounding });
		case 'years':
		case 'count':
			return formatNumber(value, locale, { maximumFractionDigits: 0, ...rounding });
		case 'calendar_year':
			return value;
		case 'factor':
			return formatNumber(value, locale, { maximumFractionDigits: 6, ...rounding });
		case 'persons':
			return formatNumber(value, locale, { maximumFractionDigits: 2, ...rounding });
	}
}
