/**
 * What a simulation says of one result: the mean, the median and the 90 % interval of its draws,
 * as short decimals for display. Framework-free.
 *
 * Percentiles are the usual sample quantile (R's type 7, NumPy's default): the value at
 * position p × (n − 1) of the sorted draws, linearly between neighbours. Figures are given to
 * `SIGNIFICANT_DIGITS` significant digits: an interval from n draws is an estimate, and more
 * digits would claim a precision it does not have.
 */
import quickselect from 'quickselect';
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

/**
 * The p-quantile (0 ≤ p ≤ 1) of `draws` (without NaN), which it reorders in place: the two order
 * statistics it needs are found by selection (Floyd–Rivest, `quickselect`) in linear time, not
 * by sorting every draw — the same two values either way.
 */
export function quantile(draws: Float64Array, p: number): number {
	const position = p * (draws.length - 1);
	const below = Math.floor(position);
	// quickselect reads and swaps elements by index, which a Float64Array supports as an array does.
	quickselect(draws as unknown as number[], below);
	const lower = draws[below]!;
	if (below === position) return lower;
	// Every draw right of `below` is now ≥ lower: the next order statistic is the least of them.
	let upper = Infinity;
	for (let index = below + 1; index < draws.length; index++) {
		if (draws[index]! < upper) upper = draws[index]!;
	}
	return lower + (upper - lower) * (position - below);
}

/**
 * The summary of `draws` (modified: reordered in place), or null when any draw has no value (the
 * figure does not exist in some of the scenarios drawn, so no interval of it is honest). Draws
 * that are all the same (no input the result depends on varies) are the `exact` point estimate
 * itself, every figure of it to the digit.
 */
export function summarize(draws: Float64Array, exact: DecimalString | null): Summary | null {
	let sum = 0;
	let least = Infinity;
	let greatest = -Infinity;
	for (const value of draws) {
		if (Number.isNaN(value)) return null;
		sum += value;
		if (value < least) least = value;
		if (value > greatest) greatest = value;
	}
	if (least === greatest) {
		return exact === null ? null : { mean: exact, median: exact, p5: exact, p95: exact };
	}
	return {
		mean: shortDecimal(sum / draws.length),
		median: shortDecimal(quantile(draws, 0.5)),
		p5: shortDecimal(quantile(draws, 0.05)),
		p95: shortDecimal(quantile(draws, 0.95))
	};
}
