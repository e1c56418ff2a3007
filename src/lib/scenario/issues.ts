/**
 * Issues: what is wrong with one key of a query, in data (code + params), never in prose — the UI
 * and the API turn them into messages per locale. Framework-free: no Svelte, no DOM, no Node APIs.
 */
import * as z from 'zod/mini';
import { isUrlKey, URL_KEYS } from './keys';
import { RULES, ruleParams } from './rules';

export const ISSUE_CODES = [
	'too_long',
	'bad_encoding',
	'duplicate',
	'required',
	'empty',
	'not_decimal',
	'not_rate_or_schedule',
	'empty_rate_or_schedule',
	'too_many_digits',
	'too_many_decimals',
	'bad_range',
	'range_order',
	'range_from_zero',
	'not_whole',
	'out_of_range',
	'out_of_range_exclusive_min',
	'not_allowed',
	'text_too_long',
	'control_char',
	'bad_claim',
	'unknown_metric',
	'unknown_op',
	'bad_claim_value',
	'bad_sig',
	'sig_without_approx',
	'unsupported_version',
	'invalid'
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * One bad key. `key` is a URL key, or `query` for the query as a whole (too long, or a key that
 * cannot be decoded). `value` is the value as the user wrote it (decoded when it could be).
 * `params` says what is allowed: `min`/`max`, `allowed` (comma-separated), `maxLength`,
 * `format`, `supported` …, see the codes in `ISSUE_CODES`.
 */
export interface Issue {
	key: string;
	value: string;
	code: IssueCode;
	params: Record<string, string>;
}

const CODE_SET: ReadonlySet<string> = new Set(ISSUE_CODES);

/** Marker param under which a field transform stores its issue code inside a zod issue. */
const CODE_PARAM = 'issue';

/**
 * Records an issue from inside a zod transform and returns `z.NEVER`, so a field reads
 * `return fail(ctx, raw, 'not_decimal', params)`. Zod mini hands a transform the parse payload
 * itself (no `addIssue`), so the raw issue is pushed as classic zod's `addIssue` would build it.
 */
export function fail(
	ctx: z.core.ParsePayload,
	raw: string,
	code: IssueCode,
	params: Record<string, string>
): never {
	ctx.issues.push({
		code: 'custom',
		message: code,
		input: raw,
		params: { ...params, [CODE_PARAM]: code }
	});
	return z.NEVER;
}

/**
 * Turns a zod issue of the scenario schema into an `Issue`. `given` is the object that was
 * parsed (URL key → raw string). A key missing from it is `required`; anything zod reports that
 * no field transform raised (a non-string value handed to the schema directly) is `invalid`.
 */
export function fromZodIssue(issue: z.core.$ZodIssue, given: Record<string, unknown>): Issue {
	const first = issue.path[0];
	const key = typeof first === 'string' ? first : 'query';
	const rawValue = given[key];
	const value = typeof rawValue === 'string' ? rawValue : '';
	const params: Record<string, string> = { ...(issue.code === 'custom' ? issue.params : {}) };
	const code = params[CODE_PARAM];
	delete params[CODE_PARAM];
	if (issue.code === 'custom' && code !== undefined && CODE_SET.has(code)) {
		return { key, value, code: code as IssueCode, params };
	}
	if (issue.code === 'invalid_type' && rawValue === undefined && isUrlKey(key)) {
		return { key, value, code: 'required', params: ruleParams(RULES[key]) };
	}
	return { key, value, code: 'invalid', params: {} };
}

const KEY_ORDER = new Map<string, number>([
	['query', -1],
	...URL_KEYS.map((key, i) => [key, i] as const)
]);

/**
 * One issue per key (the first one raised wins: an encoding problem before a range problem),
 * sorted by the canonical key order, `query` first.
 */
export function onePerKey(issues: readonly Issue[]): Issue[] {
	const byKey = new Map<string, Issue>();
	for (const issue of issues) if (!byKey.has(issue.key)) byKey.set(issue.key, issue);
	const rank = (key: string) => KEY_ORDER.get(key) ?? URL_KEYS.length;
	return [...byKey.values()].sort((a, b) => rank(a.key) - rank(b.key));
}
