/**
 * Words around the charts: signed amounts and wrapped category labels. Framework-free, and free
 * of decimal.js: the server renders these words and the page reads them before chart.js (and the
 * arithmetic it needs, in `draw/`) is loaded, so signs are worked out on the exact decimal strings
 * themselves. Every amount arrives as a canonical decimal string (no exponent, no leading or
 * trailing zeros, never `-0`), as the model writes it.
 */
import type { DecimalString } from '../model/types';

/** Whether a part adds to the effect, takes away from it, or is the total. */
export type Sign = '+' | '−' | '=';

const CANONICAL_DECIMAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** `value` itself, after checking that it is a canonical decimal string (a RangeError if not). */
function canonical(value: DecimalString): DecimalString {
	if (!CANONICAL_DECIMAL.test(value) || value === '-0') {
		throw new RangeError(`not a canonical decimal string: ${value}`);
	}
	return value;
}

/** The negative of a canonical decimal string, exactly: `1.5` → `-1.5`, `-2` → `2`, `0` → `0`. */
export function negated(value: DecimalString): DecimalString {
	if (canonical(value) === '0') return value;
	return value.startsWith('-') ? value.slice(1) : `-${value}`;
}

/** Whether a canonical decimal string is greater than zero: `0.01` yes; `0` and `-3` no. */
export function isAboveZero(value: DecimalString): boolean {
	return canonical(value) !== '0' && !value.startsWith('-');
}

/** The amount a part adds (`+`), or its negative when it takes away (`−`); a total as it is. */
export function signedValue(value: DecimalString, sign: Sign): DecimalString {
	return sign === '−' ? negated(value) : canonical(value);
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
	return sign !== '=' && isAboveZero(signed) ? `+${text}` : text;
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
