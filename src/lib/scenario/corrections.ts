/**
 * The figures a seed article's sources give for its funnel steps, or for the deadweight it leaves
 * at 0, instead of the article's own (`corrects` on a preset's context note): what its claims
 * page puts into scenario B, and what the calculator names the source of while A is still that
 * seed's funnel and B holds the figure.
 * Plain data and a comparison of strings, so the page can check it as the reader types without
 * loading the presets or decimal.js. Framework-free.
 */
import type { DecimalString, FunnelKey } from '../model/types';
import type { Localized } from './facts';
import type { Scenario } from './schema';

/** The inputs a seed's source may give a figure for: a funnel step's share, or deadweight. */
export type CorrectedKey = FunnelKey | 'dead';

/** A sourced figure for one input of a seed. */
export interface Correction {
	key: CorrectedKey;
	value: DecimalString;
	source: Localized;
}

/** A seed's funnel and its corrections, as the server finds them for a page (`presets.ts`). */
export interface SeedCorrections {
	/** The seed's population, every share and every kind (`null` where it has none). */
	funnel: Record<string, string | null>;
	corrections: Correction[];
}

/**
 * The corrections `scenario` holds as scenario B: A is still the seed's funnel (its population,
 * shares and kinds) and B has the source's figure. A reader who changes either sees no source
 * that is not the figure's own.
 */
export function correctionsInB(seed: SeedCorrections | null, scenario: Scenario): Correction[] {
	if (seed === null || !hasFunnel(scenario, seed.funnel)) return [];
	const values = scenario as unknown as Record<string, unknown>;
	return seed.corrections.filter(({ key, value }) => values[`b_${key}`] === value);
}

/** Whether A of `scenario` has exactly `funnel`'s values (a `null` one absent). */
export function hasFunnel(scenario: Scenario, funnel: SeedCorrections['funnel']): boolean {
	const values = scenario as unknown as Record<string, unknown>;
	return Object.entries(funnel).every(([key, value]) => (values[key] ?? null) === value);
}
