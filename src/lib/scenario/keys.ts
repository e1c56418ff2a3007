/**
 * The URL keys of a scenario (DESIGN.md §2), in the one canonical order that `encode` writes.
 * Framework-free: no Svelte, no DOM, no Node APIs.
 */
import { PARAMETERS, type InputKey } from '../model/parameters';
import { CLAIM_KEYS, type ClaimKey } from '../claims/types';

export const LABEL_KEYS = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** What each funnel step measures (`STEP_KINDS`); a step without one is `other`. */
export const STEP_KIND_KEYS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'] as const;
export type StepKindKey = (typeof STEP_KIND_KEYS)[number];
export { STEP_KINDS, type StepKind } from '../model/types';

/** Optional funnel steps: present only when the scenario has that step. */
export { OPTIONAL_STEP_KEYS } from '../model/parameters';

export { CURRENCIES, type Currency } from '../format/currency';

export const PERSPECTIVES = ['fiscal', 'society'] as const;

/** Page locales. `lang` is a valid URL key but not part of the scenario (DESIGN.md §4). */
export { LOCALES, DEFAULT_LOCALE, type Locale } from '../format/locale';

/** How a scenario with ranges is simulated: the number of draws and the PRNG's seed. */
export const SIMULATION_KEYS = ['n', 'seed'] as const;
export type SimulationKey = (typeof SIMULATION_KEYS)[number];

/**
 * A second scenario B, side by side with this one (A): `b_KEY` overrides KEY of A, for every
 * numeric input and the perspective (DESIGN.md §2).
 */
export const COMPARISON_KEYS = [
	...PARAMETERS.map((row) => `b_${row.key}` as const),
	'b_persp'
] as const;
export type ComparisonKey = `b_${InputKey}` | 'b_persp';

/** Whether `key` is a `b_KEY` of scenario B. */
export function isComparisonKey(key: string): key is ComparisonKey {
	return COMPARISON_KEY_SET.has(key);
}
const COMPARISON_KEY_SET: ReadonlySet<string> = new Set(COMPARISON_KEYS);

/** The key of A that `b_KEY` overrides. */
export function comparedKey(key: ComparisonKey): InputKey | 'persp' {
	return key.slice(2) as InputKey | 'persp';
}

export type ScenarioKey =
	| InputKey
	| LabelKey
	| StepKindKey
	| 'persp'
	| 'cur'
	| 'py'
	| 'title'
	| ClaimKey
	| SimulationKey
	| ComparisonKey;

const INPUT_KEYS: readonly InputKey[] = PARAMETERS.map((row) => row.key);
/** The funnel's labels and kinds follow its steps. */
const AFTER_FUNNEL = INPUT_KEYS.indexOf('s8') + 1;

/**
 * The keys of a scenario in canonical order: the numeric inputs in the order of the parameter
 * table (DESIGN.md's input table), the funnel's labels and kinds after its steps, then the perspective,
 * currency and title, then the claims, then how ranges are simulated, then scenario B's
 * overrides. `encode` writes them in
 * this order, then `lang` (when not nb), then `v` last.
 */
export const SCENARIO_KEYS: readonly ScenarioKey[] = [
	...INPUT_KEYS.slice(0, AFTER_FUNNEL),
	...LABEL_KEYS,
	...STEP_KIND_KEYS,
	...INPUT_KEYS.slice(AFTER_FUNNEL),
	'persp',
	'cur',
	'py',
	'title',
	...CLAIM_KEYS,
	...SIMULATION_KEYS,
	...COMPARISON_KEYS
];

export type UrlKey = ScenarioKey | 'lang' | 'v';
/** Every key a query may carry; anything else (`utm_source`, `fbclid`, …) is ignored. */
export const URL_KEYS: readonly UrlKey[] = [...SCENARIO_KEYS, 'lang', 'v'];

const URL_KEY_SET: ReadonlySet<string> = new Set(URL_KEYS);

/** Whether `key` is one of the URL keys (case-sensitive: `POP` is not `pop`). */
export function isUrlKey(key: string): key is UrlKey {
	return URL_KEY_SET.has(key);
}
