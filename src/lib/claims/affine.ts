/**
 * The exact path of the implied-assumption search: when a metric is affine in one input (most
 * are: benefit_saving in pop, ben, s1 …), the line through two runs of the model gives the
 * boundary exactly, in `D`. The line is checked against further runs, so a metric that is not
 * affine in the input is never reported as exact, unless the trail shows it is (`dependencies.ts`).
 * Framework-free.
 */
import { D } from '../model/decimal';
import { inRange, type InputRange } from './input-ranges';
import { isInequality, type Boundary, type Evaluate, type Sample } from './probe';
import type { Claim } from './types';

/** How far a run may stray from the line and still count as on it, relative to the figures. */
const ON_LINE = new D('1e-30');
/** A solution this close to a range end (relative to the range) is that end: the rest is rounding. */
const SNAP = new D('1e-30');
/** The step past a boundary that shows which side a strict inequality holds on, relative. */
const HAIR = new D('1e-20');

/**
 * The boundary of `claim` in one input when the metric is affine in it: the exact solution
 * with its direction, `null` when the solution lies outside the allowed range (no allowed value
 * makes the claim hold), or `undefined` when affinity could not be confirmed (the caller then
 * searches numerically). `current` is the sample at the scenario's own value of the input.
 * `affine` says the trail shows the metric is affine in the input: the line needs no third point.
 */
export function solveAffine(
	claim: Claim,
	evaluate: Evaluate,
	range: InputRange,
	current: Sample,
	affine = false
): Boundary | null | undefined {
	const [first, second] = [evaluate(range.probes[0]), evaluate(range.probes[1])];
	if (first.metric === null || second.metric === null || current.metric === null) return undefined;
	const slope = second.metric.minus(first.metric).div(second.x.minus(first.x));
	if (slope.isZero()) return undefined;
	const target = new D(claim.value);
	const origin = first.metric;
	const line = (x: D) => origin.plus(slope.times(x.minus(first.x)));
	const onLine = (sample: Sample) => {
		if (sample.metric === null) return false;
		const scale = D.max(sample.metric.abs(), origin.abs(), second.metric!.abs(), target.abs());
		return sample.metric.minus(line(sample.x)).abs().lte(scale.times(ON_LINE));
	};
	if (!affine && (!onLine(evaluate(range.probes[2])) || !onLine(current))) return undefined;

	const root = snapped(first.x.plus(target.minus(origin).div(slope)), range);
	const risesWithInput = slope.isPositive() === (claim.op === 'gt' || claim.op === 'ge');
	const direction = isInequality(claim.op) ? (risesWithInput ? 'above' : 'below') : 'at';
	if (!inRange(root, range)) return outsideRange(root, direction, range);

	const atRoot = evaluate(root);
	if (!onLine(atRoot)) return undefined;
	if (direction === 'at') return { value: root, direction };
	if (atRoot.holds) return { value: root, direction };
	// A strict inequality (or a non-strict one the 40th digit tipped) holds a hair beyond.
	const hair = (root.isZero() ? range.hi : root.abs()).times(HAIR);
	const beyond = direction === 'above' ? root.plus(hair) : root.minus(hair);
	const strict = claim.op === 'gt' || claim.op === 'lt';
	if (!inRange(beyond, range)) return strict ? null : undefined;
	return evaluate(beyond).holds ? { value: root, direction } : undefined;
}

/**
 * A confirmed line whose solution is outside the range: either the claim holds on no allowed
 * value (null), or on all of them, which contradicts the scenario's own value not holding, so
 * the numeric search gets the last word (undefined).
 */
function outsideRange(root: D, direction: Boundary['direction'], range: InputRange) {
	if (direction === 'at') return null;
	const beyondHigh = root.gt(range.hi);
	if (direction === 'above') return beyondHigh ? null : undefined;
	return beyondHigh ? undefined : null;
}

/** `root`, or the range end it lies within SNAP of (0.0…04 from a line through 0 is 0). */
function snapped(root: D, range: InputRange): D {
	const near = range.hi.minus(range.lo).times(SNAP);
	if (root.minus(range.lo).abs().lte(near)) return range.lo;
	if (root.minus(range.hi).abs().lte(near)) return range.hi;
	return root;
}
