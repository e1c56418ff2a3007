/**
 * Honest adjustments: the sourced figures a published claim often leaves out, which the
 * calculator and the claims pages put into scenario B in one click (`b_KEY`), so a reader sees
 * the claim and the same claim with them side by side. Only an input the scenario leaves at its
 * silent value is adjusted, and only where a source gives a typical figure
 * (`HONEST_ADJUSTMENT_SOURCES`): deadweight, and the tax on a Norwegian benefit. Drop-off and
 * part-time work have no such source yet; B keeps them as A has them. Framework-free.
 */
import { inputWorksNobody } from '../model/funnel';
import type { DecimalString } from '../model/types';
import { HONEST_ADJUSTMENT_SOURCES } from './facts';
import { toModelInput, type Scenario } from './schema';

export type AdjustedKey = keyof typeof HONEST_ADJUSTMENT_SOURCES;

/** The inputs an honest adjustment sets, in the parameter table's order (as its sources are). */
const ADJUSTED_KEYS = Object.keys(HONEST_ADJUSTMENT_SOURCES) as AdjustedKey[];

export interface Adjustment {
	key: AdjustedKey;
	value: DecimalString;
}

/** Whether scenario A leaves the input of each adjustment silent. */
const APPLIES: Record<AdjustedKey, (scenario: Scenario) => boolean> = {
	// Nobody would have returned without the programme.
	dead: (scenario) => scenario.dead === '0',
	// A Norwegian benefit counted gross, in the public budget's view.
	btax: (scenario) =>
		scenario.btax === '0' &&
		scenario.ben !== '0' &&
		scenario.persp === 'fiscal' &&
		scenario.cur === 'NOK'
};

/**
 * The honest adjustments `scenario` leaves out and its B does not set, in table order; none
 * where the rules count nobody in work (a response-only funnel from version 3), since there is
 * no saving for them to change.
 */
export function honestAdjustments(scenario: Scenario): Adjustment[] {
	if (inputWorksNobody(toModelInput(scenario))) return [];
	return ADJUSTED_KEYS.filter(
		(key) => scenario[`b_${key}`] === undefined && APPLIES[key](scenario)
	).map((key) => ({ key, value: HONEST_ADJUSTMENT_SOURCES[key].value }));
}

/** The inputs scenario B sets to an honest adjustment's sourced figure, whose source it shows. */
export function adjustedKeys(scenario: Scenario): AdjustedKey[] {
	return ADJUSTED_KEYS.filter(
		(key) => scenario[`b_${key}`] === HONEST_ADJUSTMENT_SOURCES[key].value
	);
}
