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

/** The dashes between a typed range's LOW and HIGH: en dash, em dash, hyphen. */
const DASH = /[–—-]/u;
/** A number with no unit or scale word after it (`5`, `1,5`, `200 000`). */
const BARE_NUMBER = /^\d[\d\s.,\u00a0\u202f]*$/u;
/** The number a part begins with, and the spaces after it. */
const LEADING_NUMBER = /^\d[\d\s.,\u00a0\u202f]*/u;
/** A bare number written as a fraction of one: `0,05`, `0.5`. */
const FRACTION = /^0[.,]/u;

/*
 * The two ways of typing a range are split by position (the first `(`, `±` or dash), not by a
 * pattern that backtracks: their time is linear in the text, whatever it holds.
 */

/**
 * The three texts of a range typed `BASE (LOW–HIGH)`, trimmed, or null for anything else: BASE
 * before the first `(`, `)` last, and between them LOW and HIGH either side of the first dash
 * after LOW's first character (so that `-5–15` splits after `-5`, which the parser then refuses).
 */
export function rangeTexts(text: string): [string, string, string] | null {
	const trimmed = text.trim();
	const open = trimmed.indexOf('(');
	if (open < 1 || !trimmed.endsWith(')')) return null;
	const inside = trimmed.slice(open + 1, -1).trim();
	const dash = inside.slice(1).search(DASH) + 1;
	if (dash < 1) return null;
	const parts = [trimmed.slice(0, open), inside.slice(0, dash), inside.slice(dash + 1)];
	return nonEmpty(parts.map((part) => part.trim())) as [string, string, string] | null;
}

/**
 * `±`, or as it is written without the sign on the keyboard (`+/-`, `+-`). One quantifier, so
 * a `+` followed by 100 000 spaces is read in linear time.
 */
const PLUS_MINUS = /±|\+[\s/]*[-−–]/u;

/**
 * The two texts of a range typed `BASE ± SPREAD` (LOW = BASE − SPREAD, HIGH = BASE + SPREAD),
 * the sign also written `+/-` or `+-` as on a keyboard without it, trimmed, or null for anything
 * else. Split at the first such sign.
 */
export function plusMinusTexts(text: string): [string, string] | null {
	const sign = PLUS_MINUS.exec(text);
	if (sign === null) return null;
	const parts = [text.slice(0, sign.index).trim(), text.slice(sign.index + sign[0].length).trim()];
	return nonEmpty(parts) as [string, string] | null;
}

function nonEmpty(parts: string[]): string[] | null {
	return parts.every((part) => part !== '') ? parts : null;
}

export type SharedUnit = { ok: true; parts: string[] } | { ok: false; part: string };

/**
 * The parts of a typed range with each bare number given the unit or scale word written after
 * another part (the last one that has one), as a person writes `10 % (5–15)`, `10 (5–15 %)`,
 * `3,75 mrd. (1,9–5,6)` or `10 % ± 5`. A unit written before the number (`kr 250 000`) is not
 * shared: it does not change what a bare number means. In a share's field a bare `0,05` beside a
 * `%` could be a share (5 %) or a percentage (0,05 %): that part comes back, to be asked about.
 */
export function shareUnit(parts: string[], kind: ParseKind): SharedUnit {
	const unit =
		parts
			.map((part) => part.replace(LEADING_NUMBER, ''))
			.findLast((written, index) => {
				return written !== '' && written !== parts[index];
			}) ?? '';
	if (unit === '') return { ok: true, parts };
	const bare = parts.filter((part) => BARE_NUMBER.test(part));
	const ambiguous = kind === 'share' && unit === '%' && bare.find((part) => FRACTION.test(part));
	if (ambiguous) return { ok: false, part: ambiguous };
	return {
		ok: true,
		parts: parts.map((part) => (BARE_NUMBER.test(part) ? `${part} ${unit}` : part))
	};
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
