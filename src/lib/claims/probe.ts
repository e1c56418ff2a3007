/**
 * One probe of the implied-assumption search: the model re-run with a single input changed, and
 * what the claim says about the result. Framework-free.
 */
import { D, toCanonical } from '../model/decimal';
import { resultOf } from '../model/index';
import type { DecimalInputKey, DecimalString, ModelInput, RulesVersion } from '../model/types';
import { runCost, type WorkBudget } from './budget';
import type { Claim } from './types';
import { checkFigure } from './verdict';

/** Metrics this close (relative) are alike: a division's rounding at the 40th digit aside. */
const ALIKE = new D('1e-30');

/** The claim's metric, and whether the claim holds, with one input set to `x`. */
export interface Sample {
	x: D;
	/** The metric's value in its own unit, or `null` where it has none. */
	metric: D | null;
	holds: boolean;
}

export type Evaluate = (x: D) => Sample;

/** Where the claim holds relative to a boundary: `at` for `eq` and `approx`. */
export type Direction = 'above' | 'below' | 'at';

export interface Boundary {
	value: D;
	direction: Direction;
}

/** True for the inequality operators, whose holding set has an edge rather than a point. */
export function isInequality(op: Claim['op']): boolean {
	return op === 'gt' || op === 'ge' || op === 'lt' || op === 'le';
}

/** Reads a sample from the value of the claim's metric in a run at `x` (`null`: it has none). */
export function sampleOf(
	claim: Claim,
	x: D,
	text: DecimalString | null,
	version: RulesVersion
): Sample {
	return {
		x,
		metric: text === null ? null : new D(text),
		holds: checkFigure(claim, text, version).verdict !== 'does_not_hold'
	};
}

/**
 * A function that runs the model with `key` set to a given value (in that input's unit). It
 * remembers its runs, so a value probed twice (a grid point that was an affine probe) costs one.
 * Each run is paid for from `budget` (it throws `OutOfBudget` when that has run out).
 */
export function evaluatorFor(
	claim: Claim,
	input: ModelInput,
	key: DecimalInputKey,
	budget: WorkBudget
): Evaluate {
	const seen = new Map<string, Sample>();
	return (x) => {
		const text = toCanonical(x);
		const known = seen.get(text);
		if (known !== undefined) return known;
		const run = { ...input, [key]: text };
		budget.spend(runCost(run));
		const sample = sampleOf(claim, x, resultOf(run, claim.metric), input.version);
		seen.set(text, sample);
		return sample;
	};
}

/**
 * True when no sample holds and every sample with a metric has the same one: as far as these
 * runs show, the input does not move the claim (a ratio such as bcr is the same for every pop but
 * 0, where it has no value).
 */
export function allAlike(samples: readonly Sample[]): boolean {
	if (samples.some((sample) => sample.holds)) return false;
	const metrics = samples.flatMap((sample) => (sample.metric === null ? [] : [sample.metric]));
	const [first] = metrics;
	if (first === undefined) return true;
	const tolerance = D.max(...metrics.map((metric) => metric.abs())).times(ALIKE);
	return metrics.every((metric) => metric.minus(first).abs().lte(tolerance));
}
