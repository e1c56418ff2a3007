/**
 * How a form field writes a value: which keys hold numbers, how a person writes each kind
 * (`10 %`, `250 000` with the unit beside the field), and a canonical value as the field shows
 * it. Shared by the reading of the form (`./read`) and the page, which needs it before the
 * calculation engine has loaded, so it imports neither the parser nor decimal.js.
 * Framework-free.
 */
import type { Currency } from '../format/currency';
import { formatMoney, formatNumber, formatShare } from '../format/format-number';
import type { Locale } from '../format/locale';
import type { ParseKind } from '../format/parse-number';
import { isUrlKey } from '../scenario/keys';
import { RULES } from '../scenario/rules';
import { inputUnit } from '../report/units';

/** The claim editor's fields as a form sent without JavaScript names them. */
export const CLAIM_TEXT_FIELD = 'claim';
export const CLAIM_METRIC_FIELD = 'claim_metric';

/** As `encode` writes numbers: no leading zeros, no trailing zeros after the point. */
export const CANONICAL_DECIMAL = /^(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** How a person writes the value of `key`: shares as `10 %` or `0,1`, money with `kr`. */
export function parseKind(key: string): ParseKind {
	const unit = inputUnit(key);
	return unit === 'money' || unit === 'share' ? unit : 'number';
}

/** Whether `key` holds a number (decimal or whole). */
export function isNumeric(key: string): boolean {
	if (!isUrlKey(key)) return false;
	const kind = RULES[key].kind;
	return kind === 'decimal' || kind === 'whole';
}

/**
 * A canonical value as a person reads it in a form field: `150000` → `150 000`, a share
 * `0.1` → `10 %`, money without its currency (the field shows the unit), a range
 * `0.1:0.05:0.15` → `10 % (5 %–15 %)`. Lossless: reading the text back with `readField` gives
 * the same value.
 */
export function fieldText(key: string, value: string, locale: Locale): string {
	const range = value.split(':');
	if (range.length === 3 && isNumeric(key) && range.every((part) => CANONICAL_DECIMAL.test(part))) {
		const [base, low, high] = range.map((part) => fieldText(key, part, locale));
		return `${base} (${low}–${high})`;
	}
	if (!isNumeric(key) || !CANONICAL_DECIMAL.test(value)) return value;
	const fractionDigits = (value.split('.')[1] ?? '').length;
	const exact = { maximumFractionDigits: Math.min(20, fractionDigits + 2) };
	if (fractionDigits > 18) return value;
	if (inputUnit(key) === 'calendar_year') return value;
	if (parseKind(key) === 'share') return formatShare(value, locale, exact);
	return formatNumber(value, locale, exact);
}

/** A range as a person types it, `10 % (5–15 %)`: BASE, then LOW and HIGH in brackets. */
const RANGE_TEXT = /^\s*(.+?)\s*\(\s*(.+?)\s*[–—-]\s*(.+?)\s*\)\s*$/u;
/** A range as a person types it, `10 % ± 5 %`: BASE, then how far either side of it. */
const PLUS_MINUS_TEXT = /^\s*(.+?)\s*±\s*(.+?)\s*$/u;
/** A number with no unit or scale word after it (`5`, `1,5`, `200 000`). */
const BARE_NUMBER = /^[\d\s.,\u00a0\u202f]+$/u;

/** What is written after the number: its unit or scale word (`%`, `mrd.`, `kr`), or ''. */
function unitOf(text: string): string {
	return text.replace(/^[\d\s.,\u00a0\u202f]+/u, '');
}

/**
 * `texts` with each bare number given the unit or scale word written after another of them, as a
 * person writes `10 % (5–15)`, `5–15 %` or `10 % ± 5` for all of them: the first of `texts`
 * read right to left that has one.
 */
function sharedUnit(texts: string[]): string[] {
	const unit = texts.map(unitOf).findLast((written) => written !== '') ?? '';
	if (unit === '') return texts;
	return texts.map((text) => (BARE_NUMBER.test(text) ? `${text.trim()} ${unit}` : text));
}

/**
 * The three texts of a range typed `BASE (LOW–HIGH)`, or null for anything else. Bare numbers
 * take the unit or scale word written with another part (`shared unit`).
 */
export function rangeTexts(text: string): [string, string, string] | null {
	const match = RANGE_TEXT.exec(text);
	if (!match) return null;
	const [, base = '', low = '', high = ''] = match;
	return sharedUnit([base, low, high]) as [string, string, string];
}

/**
 * The two texts of a range typed `BASE ± SPREAD` (LOW = BASE − SPREAD, HIGH = BASE + SPREAD), or
 * null for anything else. A bare number takes the unit or scale word of the other part.
 */
export function plusMinusTexts(text: string): [string, string] | null {
	const match = PLUS_MINUS_TEXT.exec(text);
	if (!match) return null;
	const [, base = '', spread = ''] = match;
	return sharedUnit([base, spread]) as [string, string];
}

/**
 * A canonical value with its unit, as a message quotes it: a share as a percentage (`110 %`),
 * money with its currency (`1 000 000 000 000 kr`), a count as a number. A value that is not a
 * canonical decimal is quoted as it is.
 */
export function valueInUnits(
	key: string,
	value: string,
	locale: Locale,
	currency: Currency
): string {
	if (!CANONICAL_DECIMAL.test(value)) return value;
	if (parseKind(key) === 'money') return formatMoney(value, locale, currency);
	return fieldText(key, value, locale);
}
