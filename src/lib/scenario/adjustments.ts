/**
 * Honest adjustments: the sourced figures a published claim often leaves out, which the
 * calculator and the claims pages put into scenario B in one click (`b_KEY`), so a reader sees
 * the claim and the same claim with them side by side. Only an input the scenario leaves at its
 * silent value is adjusted, and only where a source gives a typical figure (`adjustmentSource`):
 * deadweight, and the tax on a Norwegian benefit, worked out for B's own benefit under the 2025
 * rules. Drop-off and part-time work have no such source yet; B keeps them as A has them.
 * Framework-free.
 */
import { inputWorksNobody } from '../model/funnel';
import type { DecimalString } from '../model/types';
import { referenceValue } from './fact-text';
import { DEADWEIGHT_SOURCE } from './facts';
import { averageTaxRate2025, taxOnBenefitFact } from './norwegian-tax';
import type { ReferenceValue } from './preset-types';
import { toModelInput, type Scenario } from './schema';

/** The inputs an honest adjustment sets, in the parameter table's order (as its sources are). */
const ADJUSTED_KEYS = ['btax', 'dead'] as const;
export type AdjustedKey = (typeof ADJUSTED_KEYS)[number];

/** The benefit B's tax is on: A's, unless B overrides it. */
function benefitOfB(scenario: Scenario): DecimalString {
	return String(scenario.b_ben ?? scenario.ben);
}

/** The figure adjustment `key` gives scenario B of `scenario` (`adjustmentSource`'s value). */
function adjustmentValue(key: AdjustedKey, scenario: Scenario): DecimalString {
	return key === 'dead' ? DEADWEIGHT_SOURCE.value : averageTaxRate2025(benefitOfB(scenario));
}

/**
 * The sourced figure adjustment `key` gives scenario B of `scenario`, with its source: for the
 * tax, the average tax on B's benefit under Norway's 2025 rules, with its working.
 */
export function adjustmentSource(key: AdjustedKey, scenario: Scenario): ReferenceValue {
	if (key === 'dead') return DEADWEIGHT_SOURCE;
	return referenceValue(taxOnBenefitFact(benefitOfB(scenario)));
}

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
		scenario.cur === 'NOK' &&
		// A benefit too small to be taxed leaves nothing to adjust.
		adjustmentValue('btax', scenario) !== '0'
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
	).map((key) => ({ key, value: adjustmentValue(key, scenario) }));
}

/**
 * The inputs scenario B sets to an honest adjustment's sourced figure, each with that figure and
 * its source, which the page shows.
 */
export function adjustedSources(scenario: Scenario): Partial<Record<AdjustedKey, ReferenceValue>> {
	const sources: Partial<Record<AdjustedKey, ReferenceValue>> = {};
	for (const key of ADJUSTED_KEYS) {
		if (scenario[`b_${key}`] !== adjustmentValue(key, scenario)) continue;
		// Norway's tax is B's source only for a benefit in kroner, in the public budget's view.
		const fiscal = (scenario.b_persp ?? scenario.persp) === 'fiscal';
		if (key === 'btax' && (scenario.cur !== 'NOK' || !fiscal)) continue;
		sources[key] = adjustmentSource(key, scenario);
	}
	return sources;
}
