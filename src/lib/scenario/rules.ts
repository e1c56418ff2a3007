/**
 * What each URL key allows: the "allowed" column of DESIGN.md §2's input table as data, so the
 * schema, the issue messages and the form's input attributes read the same bounds.
 * Framework-free: no Svelte, no DOM, no Node APIs.
 */
import { PARAMETERS, type InputKey, type Parameter } from '../model/parameters';
import { RESULT_IDS } from '../model/types';
import { CLAIM_KEYS, CLAIM_OPS } from '../claims/types';
import {
	CURRENCIES,
	LABEL_KEYS,
	LOCALES,
	PERSPECTIVES,
	STEP_KIND_KEYS,
	STEP_KINDS,
	type UrlKey
} from './keys';

/** Bounds are decimal strings compared as `D`, never as JavaScript numbers. */
export type Rule =
	| { kind: 'decimal'; min: string; max: string; minExclusive?: true }
	| { kind: 'whole'; min: number; max: number }
	| { kind: 'choice'; allowed: readonly string[] }
	| { kind: 'text'; maxLength: number }
	| { kind: 'claim' }
	| { kind: 'version' };

/** The claim syntax of DESIGN.md §3, as shown in messages. */
export const CLAIM_FORMAT = 'METRIC:OP:VALUE[:SIG]';
/**
 * Significant digits a number in a URL may have. Far beyond any figure worth quoting (money to
 * the øre in the trillions has 15), and a bound on the work one value can cause: decimal.js works
 * on every digit it is given.
 */
export const MAX_DIGITS = 30;
/**
 * Decimal places a number in a URL may have, the zeros that end it not counted: the smallest
 * share is 10⁻⁴⁰. A bound on the size of every figure: `0.` and 7 500 zeros and a 1 has one
 * significant digit, but every result computed from it is written out in thousands of digits
 * (a 5 MB answer, a second of work).
 */
export const MAX_DECIMALS = 40;
export const SIG_MIN = 1;
/**
 * Draws a simulation of ranges may take: enough for a stable 90 % interval, few enough that one
 * URL is a bounded amount of work (100 000 draws of the model take tens of milliseconds).
 */
export const SIMULATION_DRAWS = { min: 100, max: 100_000, fallback: 10_000 } as const;
/** The year whose prices a scenario's amounts are in (CHEERS 2022, item 15). */
export const PRICE_YEARS = { min: 1900, max: 2100 } as const;
/** The PRNG takes a 32-bit seed. */
export const SEED_MAX = 4_294_967_295;
export const SIG_MAX = 40;

function each<K extends string>(keys: readonly K[], rule: Rule): Record<K, Rule> {
	return Object.fromEntries(keys.map((key) => [key, rule])) as Record<K, Rule>;
}

/** The rule of a numeric input, from its row of the parameter table. */
function numberRule(row: Parameter): Rule {
	if (row.kind === 'whole') return { kind: 'whole', min: Number(row.min), max: Number(row.max) };
	const bounds = { kind: 'decimal' as const, min: row.min, max: row.max };
	return row.minExclusive ? { ...bounds, minExclusive: true } : bounds;
}

const NUMBER_RULES = Object.fromEntries(
	PARAMETERS.map((row) => [row.key, numberRule(row)])
) as Record<InputKey, Rule>;

export const RULES: Readonly<Record<UrlKey, Rule>> = {
	...NUMBER_RULES,
	...each(LABEL_KEYS, { kind: 'text', maxLength: 80 }),
	...each(STEP_KIND_KEYS, { kind: 'choice', allowed: STEP_KINDS }),
	persp: { kind: 'choice', allowed: PERSPECTIVES },
	cur: { kind: 'choice', allowed: CURRENCIES },
	py: { kind: 'whole', min: PRICE_YEARS.min, max: PRICE_YEARS.max },
	title: { kind: 'text', maxLength: 120 },
	...each(CLAIM_KEYS, { kind: 'claim' }),
	n: { kind: 'whole', min: SIMULATION_DRAWS.min, max: SIMULATION_DRAWS.max },
	seed: { kind: 'whole', min: 0, max: SEED_MAX },
	lang: { kind: 'choice', allowed: LOCALES },
	v: { kind: 'version' },
	// Scenario B's overrides take what the keys of A they override take (a single value: B has
	// no ranges).
	...(Object.fromEntries(
		PARAMETERS.map((row) => [`b_${row.key}`, NUMBER_RULES[row.key]])
	) as Record<`b_${InputKey}`, Rule>),
	b_persp: { kind: 'choice', allowed: PERSPECTIVES }
};

/** The most characters text key `key` takes (title, step labels), or undefined for others. */
export function textLimit(key: string): number | undefined {
	const rule = (RULES as Record<string, Rule | undefined>)[key];
	return rule?.kind === 'text' ? rule.maxLength : undefined;
}

/** Lists in issue params are joined with this separator (`fiscal, society`). */
export const LIST_SEPARATOR = ', ';

/**
 * What a rule allows, as issue params: `{ min, max }` (plus `minExclusive: 'true'`),
 * `{ allowed }`, `{ maxLength }` or `{ format }`. Every issue on a key carries these, so a
 * message can always say what would be accepted.
 */
export function ruleParams(rule: Rule): Record<string, string> {
	switch (rule.kind) {
		case 'decimal':
			return rule.minExclusive
				? { min: rule.min, max: rule.max, minExclusive: 'true' }
				: { min: rule.min, max: rule.max };
		case 'whole':
			return { min: String(rule.min), max: String(rule.max) };
		case 'choice':
			return { allowed: rule.allowed.join(LIST_SEPARATOR) };
		case 'text':
			return { maxLength: String(rule.maxLength) };
		case 'claim':
			return { format: CLAIM_FORMAT };
		case 'version':
			return {};
	}
}

/** The allowed metrics and operators of a claim, as issue params. */
export const CLAIM_ALLOWED = {
	metrics: RESULT_IDS.join(LIST_SEPARATOR),
	ops: CLAIM_OPS.join(LIST_SEPARATOR)
} as const;
