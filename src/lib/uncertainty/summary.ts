/**
 * What a simulation says of one result: the mean, the median and the 90 % interval of its draws,
 * as short decimals for display. Framework-free.
 *
 * Percentiles are the usual sample quantile (R's type 7, NumPy's default): the value at
 * position p × (n − 1) of the sorted draws, linearly between neighbours. Figures are given to
 * `SIGNIFICANT_DIGITS` significant digits: an interval from n draws is an estimate, and more
 * digits would claim a precision it does not have.
 */
import { D, toCanonical } from '../model/decimal';
import type { DecimalString } from '../model/types';

export const SIGNIFICANT_DIGITS = 6;

export interface Summary {
	mean: DecimalString;
	median: DecimalString;
	/** The 5th and 95th percentiles: the 90 % interval. */
	p5: DecimalString;
	p95: DecimalString;
}

/** `value` as a canonical decimal of `SIGNIFICANT_DIGITS` digits. */
export function shortDecimal(value: number): DecimalString {
	return toCanonical(new D(value.toPrecision(SIGNIFICANT_DIGITS)));
}

/** The p-quantile (0 ≤ p ≤ 1) of `sorted`, ascending and without NaN. */
export function quantile(sorted: Float64Array, p: number): number {
	const position = p * (sorted.length - 1);
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	const lower = sorted[below]!;
	return lower + (sorted[above]! - lower) * (position - below);
}

/**
 * The summary of `draws` (modified: sorted in place), or null when any draw has no value (the
 * figure does not exist in some of the scenarios drawn, so no interval of it is honest). Draws
 * that are all the same (no input the result depends on varies) are the `exact` point estimate
 * itself, every figure of it to the digit.
 */
export function summarize(draws: Float64Array, exact: DecimalString | null): Summary | null {
	let sum = 0;
	for (const value of draws) {
		if (Number.isNaN(value)) return null;
		sum += value;
	}
	draws.sort();
	if (draws[0] === draws[draws.length - 1]) {
		return exact === null ? null : { mean: exact, median: exact, p5: exact, p95: exact };
	}
	return {
		mean: shortDecimal(sum / draws.length),
		median: shortDecimal(quantile(draws, 0.5)),
		p5: shortDecimal(quantile(draws, 0.05)),
		p95: shortDecimal(quantile(draws, 0.95))
	};
}
