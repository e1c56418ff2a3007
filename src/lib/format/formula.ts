/**
 * The audit trail's formulas as text: in symbols (`pop × s1 × (1 − dead)`) and with the
 * scenario's numbers put in (`150 000 × 10 % × (1 − 0 %)`). Framework-free.
 *
 * Spacing: tokens are joined by single spaces, except none after `(`, before `)`, on either
 * side of `^`, and after a unary `−` (one that opens the formula or follows `(` or another
 * operator). A negative value put in after another token is bracketed (`5 − (−3)`), so the line
 * can be typed into a pocket calculator as it stands. Literal numbers (`num` tokens, the `1` of
 * `1 − dead`) are pure numbers whatever their unit: canonical in symbols unless a locale is
 * given, locale-formatted with up to 6 fraction digits when substituted.
 */
import type { FormulaToken } from '../model/types';
import type { Currency } from './currency';
import { formatByUnit, formatNumber, MINUS_SIGN } from './format-number';
import type { Locale } from './locale';

function isOperator(token: FormulaToken | undefined, text?: string): boolean {
	return token?.kind === 'op' && (text === undefined || token.text === text);
}

function isUnaryMinus(tokens: FormulaToken[], index: number): boolean {
	const previous = tokens[index - 1];
	return (
		isOperator(tokens[index], '−') &&
		(previous === undefined || (isOperator(previous) && !isOperator(previous, ')')))
	);
}

function spaceBefore(tokens: FormulaToken[], index: number): string {
	if (index === 0) return '';
	const previous = tokens[index - 1];
	const current = tokens[index];
	if (isOperator(previous, '(') || isOperator(current, ')')) return '';
	if (isOperator(previous, '^') || isOperator(current, '^')) return '';
	if (isUnaryMinus(tokens, index - 1)) return '';
	return ' ';
}

function join(tokens: FormulaToken[], texts: string[]): string {
	return texts.map((text, index) => spaceBefore(tokens, index) + text).join('');
}

function literal(value: string, locale: Locale | undefined): string {
	return locale ? formatNumber(value, locale, { maximumFractionDigits: 6 }) : value;
}

/**
 * The formula in symbols: ids, literal numbers and operators, e.g. `pop × s1 × (1 − dead)` or
 * `(1 + disc)^2`. With `locale`, literal numbers are written the locale's way (`0,5`).
 */
export function formulaSymbols(tokens: FormulaToken[], locale?: Locale): string {
	const texts = tokens.map((token) => {
		if (token.kind === 'ref') return token.id;
		if (token.kind === 'num') return literal(token.value, locale);
		return token.text;
	});
	return join(tokens, texts);
}

/**
 * The formula with each reference replaced by its value formatted by unit (`formatByUnit`), e.g.
 * nb `150 000 × 10 %` (U+00A0 inside both figures). Money is shown in `currency`.
 */
export function formulaSubstituted(
	tokens: FormulaToken[],
	locale: Locale,
	currency: Currency
): string {
	const texts = tokens.map((token, index) => {
		if (token.kind === 'op') return token.text;
		const text =
			token.kind === 'ref'
				? formatByUnit(token.value, token.unit, locale, currency)
				: literal(token.value, locale);
		const negative = text.startsWith(MINUS_SIGN) || text.startsWith('-');
		const bracket = negative && index > 0 && !isOperator(tokens[index - 1], '(');
		return bracket ? `(${text})` : text;
	});
	return join(tokens, texts);
}
