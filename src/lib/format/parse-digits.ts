/**
 * Reads the digits of a typed number and decides which separator is the decimal one.
 * Framework-free.
 *
 * Input: the number's core, digit runs joined by single separators (`.`, `,` or a space), as
 * cut out by `parse-number.ts`. The rules:
 * - nb/da: the decimal separator is `,`; groups are separated by spaces or `.`.
 *   en: the decimal separator is `.`; groups are separated by spaces or `,`.
 * - Grouping: the first group has 1–3 digits and does not start with 0, every later group has
 *   exactly 3, and one number uses one kind of group separator (`1.50.000`, `1 500.000`: error).
 * - Both `.` and `,`: the last one must be the locale's decimal separator (`1.500,25` in nb,
 *   `1,500.25` in en); otherwise `mixed_separators`.
 * - Only the locale's decimal separator, once, after 1–3 digits not starting with 0 and followed
 *   by exactly 3 digits (`1,500` in nb, `1.500` in en): `ambiguous_separator`, because it could
 *   be a thousands group written the other language's way. `0,500`, `1500,250` and `1 500,250`
 *   are not ambiguous (a group cannot start with 0, follow 4 digits, or mix with spaces).
 * - Only the locale's group separator, where it cannot be grouping: when it is the last separator,
 *   the only one of its kind, and followed by other than 3 digits (`1.5`, `1 500.5` in nb; `1,5`
 *   in en) or preceded by nothing but zeros (`0.500` in nb), it can only be a decimal point
 *   written the other way and is read as one. Otherwise (`1.50.000`, `1500.000` in nb): error.
 * - Nothing may follow the decimal part: `1,5 5` or `1,500,000` in nb is `misplaced_separator`.
 */
import type { Locale } from './locale';

export type DigitsErrorCode =
	'mixed_separators' | 'ambiguous_separator' | 'bad_grouping' | 'misplaced_separator';

export type DigitsResult =
	| { ok: true; integer: string; fraction: string }
	| { ok: false; code: DigitsErrorCode; detail: string };

const DECIMAL_SEPARATOR: Record<Locale, string> = { nb: ',', da: ',', en: '.' };

function isValidGrouping(runs: string[], separators: string[]): boolean {
	if (separators.length === 0) return true;
	const [first = '', ...rest] = runs;
	return (
		separators.every((separator) => separator === separators[0]) &&
		first.length >= 1 &&
		first.length <= 3 &&
		!first.startsWith('0') &&
		rest.every((run) => run.length === 3)
	);
}

function indexesOf(separators: string[], wanted: string): number[] {
	return separators.flatMap((separator, index) => (separator === wanted ? [index] : []));
}

/** The integer and fraction digits of `core` (e.g. `1 500,25` → `1500`, `25` in nb). */
export function readDigits(core: string, locale: Locale): DigitsResult {
	const runs = core.split(/[., ]/);
	const separators = core.match(/[., ]/g) ?? [];
	const decimal = DECIMAL_SEPARATOR[locale];
	const group = decimal === ',' ? '.' : ',';
	const decimals = indexesOf(separators, decimal);
	const groups = indexesOf(separators, group);
	const fail = (code: DigitsErrorCode): DigitsResult => ({ ok: false, code, detail: core });

	let point: number | undefined;
	if (decimals.length > 0 && groups.length > 0) {
		const lastPunctuation = Math.max(...decimals, ...groups);
		if (separators[lastPunctuation] !== decimal) return fail('mixed_separators');
		if (decimals.length > 1) return fail('misplaced_separator');
		point = lastPunctuation;
	} else if (decimals.length > 0) {
		if (decimals.length > 1) return fail('misplaced_separator');
		const [integer = '', fraction = ''] = runs;
		const looksLikeGroup = integer.length >= 1 && integer.length <= 3 && !integer.startsWith('0');
		if (separators.length === 1 && looksLikeGroup && fraction.length === 3) {
			return fail('ambiguous_separator');
		}
		point = decimals[0];
	} else if (groups.length > 0 && !isValidGrouping(runs, separators)) {
		const [only] = groups;
		const isLast = groups.length === 1 && only === separators.length - 1;
		const before = runs[only ?? 0] ?? '';
		const after = runs[(only ?? 0) + 1] ?? '';
		if (!isLast || (after.length === 3 && !/^0*$/.test(before))) return fail('bad_grouping');
		point = only;
	}

	if (point === undefined) {
		return isValidGrouping(runs, separators)
			? { ok: true, integer: runs.join(''), fraction: '' }
			: fail('bad_grouping');
	}
	if (point !== separators.length - 1) return fail('misplaced_separator');
	const integerRuns = runs.slice(0, point + 1);
	if (!isValidGrouping(integerRuns, separators.slice(0, point))) return fail('bad_grouping');
	return { ok: true, integer: integerRuns.join(''), fraction: runs[point + 1] ?? '' };
}
