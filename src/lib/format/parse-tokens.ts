/**
 * Splits a trimmed, lower-cased input with single U+0020 spaces into the pieces the number
 * parser reasons about. Framework-free.
 *
 * - `digits`: the number itself, digit runs joined by single `.`, `,` or space (`150 000`,
 *   `1.500,25`, `,5`); spaces between digits belong to it, spaces next to letters do not;
 * - `dash`: the no-øre mark `,-` / `.-` (any dash);
 * - `sign`: `+`, `-`, U+2212 MINUS SIGN, U+2013 EN DASH;
 * - `word`: letters with an optional trailing `.` or `$` (`mrd.`, `kr.`, `us$`), or one of
 *   `%`, `€`, `$`, `£`.
 * A `.` or `,` that starts none of these (`5.`, `1,5,`) is `misplaced_separator`; any other
 * character is `unexpected`.
 */

export interface Token {
	kind: 'digits' | 'dash' | 'sign' | 'word';
	text: string;
}

export interface TokenError {
	code: 'misplaced_separator' | 'unexpected';
	detail: string;
}

const PATTERNS: ReadonlyArray<readonly [Token['kind'], RegExp]> = [
	['digits', /^(?:\d+|[.,]\d+)(?:[., ]\d+)*/],
	['dash', /^[.,][-−–—]/],
	['sign', /^[+\-−–]/],
	['word', /^(?:\p{L}+[.$]?|[%€$£])/u]
];

/** The tokens of `text`, or the first character that fits none of them. */
export function tokenize(text: string): Token[] | TokenError {
	const tokens: Token[] = [];
	let position = 0;
	while (position < text.length) {
		if (text[position] === ' ') {
			position += 1;
			continue;
		}
		const rest = text.slice(position);
		const match = PATTERNS.map(([kind, pattern]) => ({ kind, found: pattern.exec(rest) })).find(
			({ found }) => found !== null
		);
		if (!match?.found) {
			const character = String.fromCodePoint(rest.codePointAt(0) ?? 0);
			const separator = character === '.' || character === ',';
			return { code: separator ? 'misplaced_separator' : 'unexpected', detail: character };
		}
		tokens.push({ kind: match.kind, text: match.found[0] });
		position += match.found[0].length;
	}
	return tokens;
}
