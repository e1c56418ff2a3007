/**
 * The combined implied assumption (DESIGN.md §3): several inputs that act together, said as one
 * figure. Every euro a person in work brings counts the same in the gross effect, so a claim on
 * it (or on the net effect, or their present values) that does not hold says how much the gains
 * besides the benefits — tax gain plus health saving, or in the society perspective production
 * gain plus health saving — would have to come to per person-year in work: "holds if tax gain
 * plus health saving are above 16 666,67 kr per person-year in work (now 0 kr)". Framework-free.
 *
 * The metric M is a straight line in that per-person sum S, with slope W (persons in work in
 * year 1, or for a present value each year's persons in work discounted): M = M₀ + (S − S₀) × W.
 * So the S that makes M the claimed value is S₀ + (claimed − M₀) ÷ W, exactly.
 */
import { D, toCanonical } from '../model/decimal';
import type { ModelOutput, Perspective, ResultId } from '../model/types';
import { isInequality } from './probe';
import type { Claim, CombinedAssumption } from './types';

const YEAR_ONE: ReadonlySet<ResultId> = new Set(['gross_effect', 'net_effect']);
const HORIZON: ReadonlySet<ResultId> = new Set(['pv_gross', 'pv_net']);

/** The per-person-year gains besides the benefits, by perspective. */
export const COMBINED_PARTS: Record<Perspective, readonly ResultId[]> = {
	fiscal: ['tax_gain', 'health_saving'],
	society: ['production_gain', 'health_saving']
};

/**
 * The combined assumption of a claim that does not hold, or undefined where there is none: a
 * metric other than the four, nobody in work, or a sum it would take that cannot be (below 0).
 */
export function combinedAssumption(
	claim: Claim,
	output: ModelOutput,
	persp: Perspective
): CombinedAssumption | undefined {
	const { results, byYear } = output;
	const metric = results[claim.metric];
	const active = results.active === null ? null : new D(results.active);
	if (metric === null || active === null || active.isZero()) return undefined;
	let weight: D;
	if (YEAR_ONE.has(claim.metric)) weight = active;
	else if (HORIZON.has(claim.metric) && byYear.length > 0) {
		weight = byYear.reduce(
			(sum, year) => sum.plus(new D(year.active).times(year.discount_factor)),
			new D(0)
		);
	} else return undefined;
	if (weight.isZero()) return undefined;
	const parts = COMBINED_PARTS[persp];
	const current = parts.reduce((sum, part) => sum.plus(results[part] ?? '0'), new D(0)).div(active);
	const needed = current.plus(new D(claim.value).minus(metric).div(weight));
	if (needed.isNegative()) return undefined;
	const rises = claim.op === 'gt' || claim.op === 'ge';
	const direction = isInequality(claim.op) ? (rises ? 'above' : 'below') : 'at';
	return {
		parts: [...parts],
		value: toCanonical(needed),
		current: toCanonical(current),
		direction
	};
}
