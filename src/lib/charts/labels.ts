/**
 * Numbers and words on and around the charts: chart coordinates, signed amounts, axis ticks and
 * wrapped category labels. Framework-free.
 *
 * This is the one place a figure becomes a JavaScript `number`, because chart.js places its
 * marks by number. Every figure a reader can read (table, text alternative, ticks, tooltips) is
 * formatted from an exact decimal string by `format/`.
 */
import { formatCompact } from '../format';
import type { Currency } from '../format/currency';
import type { Locale } from '../format/locale';
import { D, toCanonical } from '../model/decimal';
import type { DecimalString } from '../model/types';

/** Whether a part adds to the effect, takes away from it, or is the total. */
export type Sign = '+' | '−' | '=';

/** The position of a mark on a money axis, in currency units (a `number`: chart.js needs one). */
export function coordinate(value: D | DecimalString): number {
	return new D(value).toNumber();
}

/** The amount a part adds (`+`), or its negative when it takes away (`−`); a total as it is. */
export function signedValue(value: DecimalString, sign: Sign): DecimalString {
	return sign === '−' ? toCanonical(new D(value).neg()) : value;
}

/**
 * An amount with its sign written out: `+3 750 000 000 kr`, `−750 000 000 kr`, `0 kr` (no sign
 * on zero, none added to a total). `format` formats the signed value (exact or compact money).
 */
export function signedText(
	value: DecimalString,
	sign: Sign,
	format: (value: DecimalString) => string
): string {
	const signed = signedValue(value, sign);
	const text = format(signed);
	return sign !== '=' && new D(signed).gt(0) ? `+${text}` : text;
}

/** A money axis tick: compact money for the locale (`3,75 mrd. kr`, `500 000 kr`, `0 kr`). */
export function moneyTick(tickValue: number | string, locale: Locale, currency: Currency): string {
	if (typeof tickValue === 'string') return tickValue;
	return formatCompact(toCanonical(new D(tickValue)), locale, currency);
}

/**
 * A category label broken into lines of at most `width` characters at spaces (a longer word
 * keeps its own line), so the labels fit beside the bars on a 360 px screen.
 */
export function wrapLabel(text: string, width = 22): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line === '') line = word;
		else if (line.length + 1 + word.length <= width) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	lines.push(line);
	return lines;
}
