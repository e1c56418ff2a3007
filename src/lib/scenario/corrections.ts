/**
 * The figures a seed article's sources give for its funnel steps instead of the article's own
 * (`corrects` on a preset's context note): what its claims page puts into scenario B, and what
 * the calculator names the source of while B still holds it. Plain data and a comparison of
 * strings, so the page can check it without loading the presets or decimal.js. Framework-free.
 */
import type { DecimalString, FunnelKey } from '../model/types';
import type { Localized } from './facts';
import type { Scenario } from './schema';

/** A sourced figure for one funnel step, and the article's figure it replaces. */
export interface Correction {
	key: FunnelKey;
	value: DecimalString;
	/** The step's figure as the article has it. */
	published: DecimalString;
	source: Localized;
}

/**
 * The corrections `scenario` holds as scenario B: A still has the article's figure for the step
 * and B the source's. A reader who changes either sees no source that is not the figure's own.
 */
export function correctionsInB(
	corrections: readonly Correction[],
	scenario: Scenario
): Correction[] {
	return corrections.filter(
		({ key, value, published }) => scenario[key] === published && scenario[`b_${key}`] === value
	);
}
