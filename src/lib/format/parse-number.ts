/**
 * Parses a number the way people write and paste it (DESIGN.md §4) into a canonical decimal
 * string. Framework-free; never throws, whatever the string.
 *
 * What it takes, case-insensitively:
 * - spaces of any width as group separators or padding: U+0020, U+00A0, U+202F, U+2009 and the
 *   other Unicode spaces; zero-width characters and soft hyphens are dropped;
 * - separators by locale (nb/da `,` decimal, spaces and `.` groups; en `.` decimal, spaces and `,`
 *   groups) — the exact rules, and when a separator is ambiguous, are in `parse-digits.ts`;
 * - a leading `+`; a minus (`-`, U+2212, U+2013) only through `parseSignedLocaleNumber`;
 * - scale words after the number (`3,75 mrd.`, `1,5 mio.`, `3.75bn`, `250k`; see
 *   `parse-words.ts`: `billion` is 10^12 in nb/da and 10^9 in en);
 * - for kind `money`: one currency before or after (`kr`, `kr.`, `NOK`, `€`, `US$`, …) and the
 *   no-øre mark `,-` right after the digits (`kr 250.000,-`);
 * - for kind `share`: a percent sign or word after (`10 %`, `10%`, `10 prosent` → 0.1); without
 *   one, the number is the fraction itself (`0,1` → 0.1).
 * Order: [sign] [currency] [sign] number [,-] [scale] [currency or percent].
 */
import { D, toCanonical } from '../model/decimal';
import type { DecimalString } from '../model/types';
import { withoutTrailingZeros } from './format-number';
import type { Locale } from './locale';
import { readDigits } from './parse-digits';
import { tokenize, type Token } from './parse-tokens';
import { wordMeaning, type WordMeaning } from './parse-words';

/** Why a text is not a number; in the order the parser checks them. */
export const PARSE_ERROR_CODES = [
	'empty',
	'too_long',
	'not_finite',
	'radix_prefix',
	'underscore',
	'exponent',
	'not_a_number',
	'unexpected',
	'unknown_word',
	'several_numbers',
	'percent_not_allowed',
	'currency_not_allowed',
	'scale_not_allowed',
	'negative',
	'mixed_separators',
	'ambiguous_separator',
	'bad_grouping',
	'misplaced_separator'
] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

/** What the number measures: a plain number, an amount of money, or a share (fraction). */
export type ParseKind = 'number' | 'money' | 'share';

/**
 * `value` is canonical (`3750000000`, `0.1`); `significantDigits` counts the digits written from
 * the first non-zero one, without the trailing zeros of a whole number (`150 000` → 2, `2,50` →
 * 3, `3,75 mrd.` → 3; a zero → 1); `unitWritten` says whether a scale word, currency or percent
 * came with the number (`3,75 mrd.`, `250 000 kr`, `10 %`: true; `3,75`: false). `detail` is a
 * fragment of the input to quote in a message.
 */
export type ParseResult =
	| { ok: true; value: DecimalString; significantDigits: number; unitWritten: boolean }
	| { ok: false; code: ParseErrorCode; detail?: string };

/** Longest text considered, after trimming; longer input is `too_long`. */
export const MAX_INPUT_LENGTH = 100;

type Meaning = WordMeaning | { type: 'sign'; negative: boolean } | { type: 'dash' };
interface Part {
	text: string;
	meaning: Meaning;
}

const fail = (code: ParseErrorCode, detail?: string): ParseResult =>
	detail === undefined ? { ok: false, code } : { ok: false, code, detail };

function precheck(text: string): ParseResult | undefined {
	if (/(^|[^\p{L}])(nan|inf|infinity)(?!\p{L})|∞/u.test(text)) return fail('not_finite');
	if (/(^|[^\d.,])0[xob][\da-f]/.test(text)) return fail('radix_prefix');
	if (/\d_|_\d/.test(text)) return fail('underscore');
	if (/\de[+\-−]?\d/.test(text)) return fail('exponent');
	if (!/\d/.test(text)) return fail('not_a_number');
	return undefined;
}

function meaningOf(token: Token, locale: Locale): Meaning | undefined {
	if (token.kind === 'sign') return { type: 'sign', negative: token.text !== '+' };
	if (token.kind === 'dash') return { type: 'dash' };
	return token.kind === 'word' ? wordMeaning(token.text, locale) : undefined;
}

/** Checks the words around the number against the grammar and the kind; returns the first fault. */
function checkParts(before: Part[], after: Part[], kind: ParseKind): ParseResult | undefined {
	for (const { meaning } of [...before, ...after]) {
		if (meaning.type === 'percent' && kind !== 'share') return fail('percent_not_allowed');
		if ((meaning.type === 'currency' || meaning.type === 'dash') && kind !== 'money') {
			return fail('currency_not_allowed');
		}
		if (meaning.type === 'scale' && kind === 'share') return fail('scale_not_allowed');
	}
	let currencies = 0;
	let signs = 0;
	for (const { text, meaning } of before) {
		if (meaning.type === 'sign') signs += 1;
		else if (meaning.type === 'currency') currencies += 1;
		else return fail('unexpected', text);
		if (signs > 1 || currencies > 1) return fail('unexpected', text);
	}
	const slots = ['dash', 'scale', 'unit'];
	let slot = 0;
	for (const { text, meaning } of after) {
		const type = meaning.type === 'currency' || meaning.type === 'percent' ? 'unit' : meaning.type;
		const found = slots.indexOf(type, slot);
		if (found < 0 || (meaning.type === 'currency' && currencies > 0)) {
			return fail('unexpected', text);
		}
		if (meaning.type === 'currency') currencies += 1;
		slot = found + 1;
	}
	return undefined;
}

function countSignificant(integer: string, fraction: string): number {
	const fromFirstNonZero = (integer + fraction).replace(/^0+/, '');
	if (fromFirstNonZero === '') return 1;
	return fraction === '' ? withoutTrailingZeros(fromFirstNonZero).length : fromFirstNonZero.length;
}

function parse(text: unknown, locale: Locale, kind: ParseKind, signed: boolean): ParseResult {
	if (typeof text !== 'string') return fail('not_a_number');
	const trimmed = text
		.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
		.replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
		.trim()
		.replace(/ {2,}/g, ' ')
		.toLowerCase();
	if (trimmed === '') return fail('empty');
	if (trimmed.length > MAX_INPUT_LENGTH) return fail('too_long');
	const early = precheck(trimmed);
	if (early) return early;

	const tokens = tokenize(trimmed);
	if (!Array.isArray(tokens)) return fail(tokens.code, tokens.detail);
	const numbers = tokens.filter((token) => token.kind === 'digits');
	const [core, second] = numbers;
	if (core === undefined) return fail('not_a_number');
	if (second !== undefined) return fail('several_numbers', second.text);

	const parts: Part[] = [];
	for (const token of tokens) {
		if (token === core) continue;
		const meaning = meaningOf(token, locale);
		if (meaning === undefined) return fail('unknown_word', token.text);
		parts.push({ text: token.text, meaning });
	}
	const coreIndex = tokens.indexOf(core);
	const fault = checkParts(parts.slice(0, coreIndex), parts.slice(coreIndex), kind);
	if (fault) return fault;
	const negative = parts.some((part) => part.meaning.type === 'sign' && part.meaning.negative);
	if (negative && !signed) return fail('negative');

	const digits = readDigits(core.text, locale);
	if (!digits.ok) return fail(digits.code, digits.detail);
	let exponent = 0;
	for (const { meaning } of parts) {
		if (meaning.type === 'scale') exponent += meaning.exponent;
		if (meaning.type === 'percent') exponent -= 2;
	}
	const written = `${digits.integer || '0'}.${digits.fraction || '0'}e${exponent}`;
	const value = new D(written);
	return {
		ok: true,
		value: toCanonical(negative ? value.negated() : value),
		significantDigits: countSignificant(digits.integer, digits.fraction),
		unitWritten: parts.some(({ meaning }) =>
			['scale', 'currency', 'percent'].includes(meaning.type)
		)
	};
}

/**
 * Parses a non-negative number as written in `locale` (`150 000`, `3,75 mrd.`, `10 %`): a
 * count for kind `number`, an amount in currency units for `money`, a fraction for `share`
 * (`10 %` → `0.1`). A minus gives the error `negative`.
 */
export function parseLocaleNumber(text: string, locale: Locale, kind: ParseKind): ParseResult {
	return parse(text, locale, kind, false);
}

/** As `parseLocaleNumber`, but a leading minus (`-`, U+2212, U+2013) is allowed: claim values. */
export function parseSignedLocaleNumber(
	text: string,
	locale: Locale,
	kind: ParseKind
): ParseResult {
	return parse(text, locale, kind, true);
}
