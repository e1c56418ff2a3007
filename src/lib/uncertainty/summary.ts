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
import { RESULT_IDS, type DecimalString, type ResultId, type Results } from '../model/types';

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
 * by sorting every draw — the same two values either way. The selection looks only at the draws
 * from `left` to `right`, where the caller knows the draw of rank ⌊p × (n − 1)⌋ to be, with no
 * draw before `left` greater than it and none after `right` smaller.
 */
export function quantile(
	draws: Float64Array,
	p: number,
	left = 0,
	right = draws.length - 1
): number {
	const position = p * (draws.length - 1);
	const below = Math.floor(position);
	// quickselect reads and swaps elements by index, which a Float64Array supports as an array does.
	quickselect(draws as unknown as number[], below, left, right);
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
	// An index loop: `for … of` over a typed array is ten times slower in V8.
	for (let index = 0; index < draws.length; index++) {
		const value = draws[index]!;
		if (Number.isNaN(value)) return null;
		sum += value;
		if (value < least) least = value;
		if (value > greatest) greatest = value;
	}
	if (least === greatest) {
		return exact === null ? null : { mean: exact, median: exact, p5: exact, p95: exact };
	}
	const median = quantile(draws, 0.5);
	// After the median's selection no draw before `middle` is greater than the median and none
	// from `middle` on is smaller: the 95th percentile's draw is among those from `middle` on, the
	// 5th's among those up to it (the 95th's selection only reorders draws from `middle` on).
	const middle = Math.floor(0.5 * (draws.length - 1));
	const p95 = quantile(draws, 0.95, middle);
	const p5 = quantile(draws, 0.05, 0, middle);
	return {
		mean: shortDecimal(sum / draws.length),
		median: shortDecimal(median),
		p5: shortDecimal(p5),
		p95: shortDecimal(p95)
	};
}

/**
 * Each result's summary of its draws (which it reorders). A result with the same draws and the
 * same exact value as one before it has that one's summary, worked out once: in a simple scenario
 * many do (over one year without a cost, `pv_net` is `net_effect` is `gross_effect`).
 */
export function summarizeResults(
	columns: Record<ResultId, Float64Array>,
	exact: Results
): Record<ResultId, Summary | null> {
	// Which earlier result each repeats, found before any summary reorders its draws.
	const repeats = RESULT_IDS.map((id, index) =>
		RESULT_IDS.slice(0, index).find(
			(earlier) => exact[earlier] === exact[id] && sameDraws(columns[earlier], columns[id])
		)
	);
	const results = {} as Record<ResultId, Summary | null>;
	RESULT_IDS.forEach((id, index) => {
		const earlier = repeats[index];
		results[id] = earlier === undefined ? summarize(columns[id], exact[id]) : results[earlier];
	});
	return results;
}

/** Whether two results have the same value in every draw. */
function sameDraws(a: Float64Array, b: Float64Array): boolean {
	for (let index = 0; index < a.length; index++) {
		const x = a[index]!;
		const y = b[index]!;
		// NaN is the same as NaN: a figure that does not exist in both.
		if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
	}
	return true;
}
