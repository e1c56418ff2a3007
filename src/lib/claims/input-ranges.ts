/**
 * The numeric inputs as the implied-assumption search sees them: which ones it varies, the range
 * each may take (DESIGN.md §2, input table), the points that test whether a metric is affine in
 * it and the grid it is scanned on. Framework-free.
 */
import { countsPublicFunds } from '../model/fiscal';
import { D } from '../model/decimal';
import { PARAMETERS, parameter, type SearchScale } from '../model/parameters';
import type { DecimalInputKey, ModelInput } from '../model/types';

export type ImpliedKey = DecimalInputKey | 'years';

/** The allowed values of one decimal input. */
export interface InputRange {
	lo: D;
	hi: D;
	/** True when `lo` itself is not allowed (`success` > 0). */
	lowOpen: boolean;
	/**
	 * Two points defining a line through the metric, as far apart as the range allows and a power
	 * of ten (or a half) apart so the slope divides exactly, and a third that checks the line.
	 */
	probes: readonly [D, D, D];
	/** Scan points in increasing order, spanning the range (33–38 of them). */
	grid: readonly D[];
	/** Every fourth scan point and the last: the check on an input that seems not to matter. */
	coarseGrid: readonly D[];
}

/** The bounds of a numeric input, by its key in the parameter table. */
function bounds(key: string): { min: string; max: string } {
	const row = parameter(key);
	if (row === undefined) throw new Error(`${key} is not a numeric input`);
	return row;
}

/** Horizon limits, whole years. */
export const YEARS_MIN = Number(bounds('years').min);
export const YEARS_MAX = Number(bounds('years').max);

/** 1, 2, 5, 10, 20, 50, … up to 10^maxExponent: even coverage of a range spanning decades. */
function oneTwoFive(maxExponent: number): D[] {
	const points: D[] = [];
	for (let exponent = 0; exponent < maxExponent; exponent++) {
		for (const mantissa of [1, 2, 5]) points.push(new D(mantissa).times(new D(10).pow(exponent)));
	}
	points.push(new D(10).pow(maxExponent));
	return points;
}

/** 33 evenly spaced points from 0 to `hi` (a step of hi ÷ 32, exact in decimals). */
function linear(hi: D): D[] {
	return Array.from({ length: 33 }, (_, k) => hi.times(k).div(32));
}

const ZERO = new D(0);
const ONE = new D(1);

function withCoarseGrid(range: Omit<InputRange, 'coarseGrid'>): InputRange {
	const { grid } = range;
	const coarseGrid = grid.filter((_, index) => index % 4 === 0 || index === grid.length - 1);
	return { ...range, coarseGrid };
}

/** 0 … `max` (a power of ten) in decades. */
function wide(max: string): InputRange {
	const hi = new D(max);
	const maxExponent = hi.log(10).toNumber();
	if (!new D(10).pow(maxExponent).eq(hi)) throw new Error(`${max} is not a power of ten`);
	return withCoarseGrid({
		lo: ZERO,
		hi,
		lowOpen: false,
		probes: [ZERO, hi, ONE],
		grid: [ZERO, ...oneTwoFive(maxExponent)]
	});
}

const PERSONS = wide(bounds('pop').max);
const MONEY = wide(bounds('ben').max);
const SHARE = withCoarseGrid({
	lo: ZERO,
	hi: ONE,
	lowOpen: false,
	probes: [ZERO, ONE, new D('0.5')],
	grid: linear(ONE)
});
/** success > 0: the grid reaches down to 10⁻¹², where a programme must take in 10¹² per helped. */
const SUCCESS = withCoarseGrid({
	lo: ZERO,
	hi: ONE,
	lowOpen: true,
	probes: [new D('0.5'), ONE, new D('0.125')],
	grid: [
		...['1e-12', '1e-9', '1e-6', '0.001', '0.01'].map((x) => new D(x)),
		...linear(ONE).slice(1)
	]
});
const DISCOUNT_MAX = new D(bounds('disc').max);
const DISCOUNT = withCoarseGrid({
	lo: ZERO,
	hi: DISCOUNT_MAX,
	lowOpen: false,
	probes: [ZERO, DISCOUNT_MAX, DISCOUNT_MAX.div(2)],
	grid: linear(DISCOUNT_MAX)
});

const RANGES: Readonly<Record<Exclude<SearchScale, 'years'>, InputRange>> = {
	persons: PERSONS,
	money: MONEY,
	share: SHARE,
	success: SUCCESS,
	discount: DISCOUNT
};

/** The allowed range of a decimal input, by its row's `search` in the parameter table. */
export function rangeOf(key: DecimalInputKey): InputRange {
	const scale = parameter(key)?.search;
	if (scale === undefined || scale === 'years') throw new Error(`${key} is not a decimal input`);
	return RANGES[scale];
}

/** True when `x` is an allowed value of an input with range `range`. */
export function inRange(x: D, range: InputRange): boolean {
	const aboveLow = range.lowOpen ? x.gt(range.lo) : x.gte(range.lo);
	return aboveLow && x.lte(range.hi);
}

/**
 * The inputs an implied assumption is reported for, in the order of the parameter table: every
 * numeric input the scenario has (a funnel step only when present), but the discount rate of a
 * scenario that follows a country's schedule, which sets its rates, and a cost of public funds
 * the perspective does not count, which changes nothing.
 */
export function impliedKeys(input: ModelInput): ImpliedKey[] {
	return PARAMETERS.map((row) => row.key).filter(
		(key) =>
			input[key] !== undefined &&
			!(key === 'disc' && input.schedule !== undefined) &&
			!(key === 'mcpf' && !countsPublicFunds(input))
	);
}
