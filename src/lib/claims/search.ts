/**
 * The numeric path of the implied-assumption search, for metrics that are not affine in an input
 * (pv_net in drop or disc, programme_cost in success, bcr in cost …): scan the allowed range on a
 * grid, take the place nearest the scenario's own value where the claim flips, and narrow it down
 * in `D` by regula falsi (Illinois variant) guarded by bisection. Framework-free.
 */
import { D } from '../model/decimal';
import type { InputRange } from './input-ranges';
import { isInequality, type Boundary, type Evaluate, type Sample } from './probe';
import type { Claim } from './types';

/**
 * A smooth metric's bracket is narrowed to this width relative to its ends (≈ 30 significant
 * digits, a handful of regula falsi steps); a jumping one's (or one with no value on one side),
 * by bisection alone, to 16 digits. Both are far beyond the SEARCH_DIGITS reported. A bracket
 * whose lower end is the bottom of the range stops at the floor, relative to the whole range.
 */
const SMOOTH_WIDTH = new D('1e-30');
const SMOOTH_FLOOR = new D('1e-30');
const JUMPY_WIDTH = new D('1e-16');
const JUMPY_FLOOR = new D('1e-16');
/** A boundary this close to a range end (relative to the range) is that end. */
const SNAP = JUMPY_FLOOR;
/** A metric still this far from the target (relative) when the bracket has closed jumped past it. */
const JUMP = new D('1e-12');
/** Significant digits of a boundary found numerically: far below any figure worth quoting. */
export const SEARCH_DIGITS = 12;
/** A last guard: falsi needs a handful of steps, bisection alone about 55 for 16 digits. */
const MAX_STEPS = 150;

type Side = (sample: Sample) => boolean;

/**
 * Scans `grid` (plus the scenario's own value `current`) for the boundary of `claim` nearest
 * to `current` and refines it. For an inequality the boundary is where the claim starts to hold
 * (`above` or `below` it); for `eq`/`approx` it is where the metric equals the claimed value
 * (`at`). The value is rounded to SEARCH_DIGITS significant digits; `null` when no scanned
 * value makes the claim hold.
 */
export function searchGrid(
	claim: Claim,
	evaluate: Evaluate,
	range: InputRange,
	grid: readonly D[],
	current: Sample
): Boundary | null {
	const target = new D(claim.value);
	const others = grid.filter((x) => !x.eq(current.x)).map(evaluate);
	const samples = [...others, current].sort((a, b) => a.x.comparedTo(b.x));
	const here = samples.indexOf(current);
	const excess = (sample: Sample) => sample.metric?.minus(target) ?? null;

	if (isInequality(claim.op)) {
		const bracket = nearestFlip(samples, here);
		if (bracket === null) return null;
		const refined = refine(bracket, evaluate, (sample) => sample.holds, excess, range);
		if (refined === null) return null;
		const [lower, upper] = refined;
		const holdsAbove = upper.holds;
		const value = rounded(holdsAbove ? upper.x : lower.x, range);
		return { value, direction: holdsAbove ? 'above' : 'below' };
	}

	const crosses = (lower: Sample, upper: Sample) => {
		const [below, above] = [excess(lower), excess(upper)];
		if (below === null || above === null) return false;
		return above.isZero() || below.isZero() || below.isNegative() !== above.isNegative();
	};
	const bracket = [...outwards(samples, here)].find(([lower, upper]) => crosses(lower, upper));
	if (bracket === undefined) return null;
	const zero = bracket.find((sample) => excess(sample)!.isZero());
	if (zero !== undefined) return { value: zero.x, direction: 'at' };
	const positive: Side = (sample) => excess(sample)!.isPositive();
	const result = refine(bracket, evaluate, positive, excess, range, target);
	if (result === null) return null;
	const [lower, upper] = result;
	// A sign change that is a jump (payback_year going from 2 to 4) is no value giving the target.
	const miss = D.min(excess(lower)!.abs(), excess(upper)!.abs());
	const scale = D.max(target.abs(), lower.metric!.abs(), upper.metric!.abs());
	if (miss.gt(scale.times(JUMP))) return null;
	return { value: rounded(lower.x.plus(upper.x).div(2), range), direction: 'at' };
}

/** Adjacent pairs of samples, nearest to index `here` first (upwards first on a tie). */
function* outwards(samples: readonly Sample[], here: number): Generator<[Sample, Sample]> {
	for (let step = 1; step < samples.length; step++) {
		const up = here + step;
		if (up < samples.length) yield [samples[up - 1]!, samples[up]!];
		const down = here - step;
		if (down >= 0) yield [samples[down]!, samples[down + 1]!];
	}
}

/**
 * The pair nearest to `here` on which the claim flips. A flip to or from a run where the metric
 * has no value (bcr at cost 0) is taken only when there is no other: "bcr > 2 holds for cost
 * below 17 000" says more than "for cost above 0".
 */
function nearestFlip(samples: readonly Sample[], here: number): [Sample, Sample] | null {
	let fallback: [Sample, Sample] | null = null;
	for (const pair of outwards(samples, here)) {
		const [lower, upper] = pair;
		if (lower.holds === upper.holds) continue;
		if (lower.metric !== null && upper.metric !== null) return pair;
		fallback ??= pair;
	}
	return fallback;
}

/**
 * Narrows a bracket whose ends lie on different sides of the boundary. While the metric behaves
 * smoothly the next point is the regula falsi point (the weight of an end that has stayed put
 * twice halved, as the Illinois variant does: superlinear), with a bisection whenever three steps
 * have not halved the bracket. A falsi point that lands no nearer the target than both ends
 * shows a jump (payback_year): from then on it bisects, to fewer digits. With `target` given
 * (eq/approx), a run that hits it exactly ends the search, and one with no metric abandons it.
 */
function refine(
	bracket: [Sample, Sample],
	evaluate: Evaluate,
	side: Side,
	excess: (sample: Sample) => D | null,
	range: InputRange,
	target?: D
): [Sample, Sample] | null {
	let [lower, upper] = bracket;
	// Illinois weights: the excess of each end, halved while that end stays put.
	let [lowerWeight, upperWeight] = [excess(lower), excess(upper)];
	let kept: 'lower' | 'upper' | null = null;
	let smooth = true;
	const widths: D[] = [];
	const span = range.hi.minus(range.lo);
	for (let step = 0; step < MAX_STEPS; step++) {
		const width = upper.x.minus(lower.x);
		const scale = D.max(lower.x.abs(), upper.x.abs());
		const [relative, floor] = smooth ? [SMOOTH_WIDTH, SMOOTH_FLOOR] : [JUMPY_WIDTH, JUMPY_FLOOR];
		if (width.lte(scale.times(relative))) break;
		// A boundary closing in on 0 (the bottom of the range) has no relative width to reach.
		if (lower.x.eq(range.lo) && width.lte(span.times(floor))) break;
		widths.push(width);
		const stalled = widths.length > 3 && width.gt(widths[widths.length - 4]!.div(2));
		const falsi = smooth ? falsiPoint(lower, upper, lowerWeight, upperWeight) : null;
		// No chord (an end with no metric, or on the target): bisection only from here on.
		if (falsi === null) smooth = false;
		const sample = evaluate(falsi !== null && !stalled ? falsi : lower.x.plus(upper.x).div(2));
		if (target !== undefined) {
			if (sample.metric === null) return null;
			if (sample.metric.eq(target)) return [sample, sample];
		}
		if (falsi !== null && !stalled && !nearer(excess(sample), excess(lower), excess(upper))) {
			smooth = false;
		}
		if (side(sample) === side(lower)) {
			lower = sample;
			lowerWeight = excess(sample);
			if (kept === 'upper' && upperWeight !== null) upperWeight = upperWeight.div(2);
			kept = 'upper';
		} else {
			upper = sample;
			upperWeight = excess(sample);
			if (kept === 'lower' && lowerWeight !== null) lowerWeight = lowerWeight.div(2);
			kept = 'lower';
		}
	}
	return [lower, upper];
}

/** Where the chord between the ends, weighted, crosses zero; null if it does not inside. */
function falsiPoint(lower: Sample, upper: Sample, lowerWeight: D | null, upperWeight: D | null) {
	if (lowerWeight === null || upperWeight === null) return null;
	if (lowerWeight.isNegative() === upperWeight.isNegative()) return null;
	const rise = upperWeight.minus(lowerWeight);
	if (rise.isZero()) return null;
	const x = lower.x.minus(lowerWeight.times(upper.x.minus(lower.x)).div(rise));
	return x.gt(lower.x) && x.lt(upper.x) ? x : null;
}

/** True when `found` is strictly nearer zero than both ends' excesses, as on a monotone curve. */
function nearer(found: D | null, lower: D | null, upper: D | null): boolean {
	if (found === null || lower === null || upper === null) return false;
	return found.abs().lt(D.max(lower.abs(), upper.abs()));
}

/** A boundary rounded to SEARCH_DIGITS significant digits, or the range end it all but touches. */
function rounded(value: D, range: InputRange): D {
	const near = range.hi.minus(range.lo).times(SNAP);
	if (!range.lowOpen && value.minus(range.lo).abs().lte(near)) return range.lo;
	if (value.minus(range.hi).abs().lte(near)) return range.hi;
	return value.toSignificantDigits(SEARCH_DIGITS);
}
