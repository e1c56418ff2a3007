/**
 * The URL keys of a scenario (DESIGN.md §2), in the one canonical order that `encode` writes.
 * Framework-free: no Svelte, no DOM, no Node APIs.
 */
import { FUNNEL_KEYS } from '../model/types';
import { CLAIM_KEYS } from '../claims/types';

export const LABEL_KEYS = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** Optional funnel steps: present only when the scenario has that step. */
export const OPTIONAL_STEP_KEYS = ['s2', 's3', 's4', 's5', 's6', 's7', 's8'] as const;

export const MONEY_KEYS = ['ben', 'wage', 'health', 'cost'] as const;

export { CURRENCIES, type Currency } from '../format/currency';

export const PERSPECTIVES = ['fiscal', 'society'] as const;

/** Page locales. `lang` is a valid URL key but not part of the scenario (DESIGN.md §4). */
export { LOCALES, DEFAULT_LOCALE, type Locale } from '../format/locale';

/**
 * The keys of a scenario in canonical order: the order of DESIGN.md's input table, then the
 * claims. `encode` writes them in this order, then `lang` (when not nb), then `v` last.
 */
export const SCENARIO_KEYS = [
	'pop',
	...FUNNEL_KEYS,
	...LABEL_KEYS,
	'ben',
	'btax',
	'wage',
	'wtax',
	'emp',
	'work',
	'health',
	'cost',
	'success',
	'dead',
	'disp',
	'drop',
	'years',
	'disc',
	'persp',
	'cur',
	'title',
	...CLAIM_KEYS
] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

/** Every key a query may carry; anything else (`utm_source`, `fbclid`, …) is ignored. */
export const URL_KEYS = [...SCENARIO_KEYS, 'lang', 'v'] as const;
export type UrlKey = (typeof URL_KEYS)[number];

const URL_KEY_SET: ReadonlySet<string> = new Set(URL_KEYS);

/** Whether `key` is one of the URL keys (case-sensitive: `POP` is not `pop`). */
export function isUrlKey(key: string): key is UrlKey {
	return URL_KEY_SET.has(key);
}
