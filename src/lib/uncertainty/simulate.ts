/**
 * Probabilistic sensitivity analysis: every input given as a range is drawn from its fitted
 * distribution (a beta for a share, a lognormal for money and persons, LOW and HIGH its 5th and
 * 95th percentiles), the model is run on each draw, and each result is summarised — mean,
 * median, 90 % interval — with the probability that the net present value is positive and that
 * each claim holds. A seeded generator makes it a pure function of the scenario: the same URL
 * gives the same intervals in the browser, on the server and in the CLI. Framework-free.
 *
 * Draws are taken input by input in the parameter table's order, n of each, from one stream.
 */
import { checkClaim, holdingInterval } from '../claims/verdict';
import type { Claim, ClaimKey } from '../claims/types';
import { D, toCanonical } from '../model/decimal';
import { PARAMETERS, type InputKey } from '../model/parameters';
import {
	RESULT_IDS,
	type DecimalString,
	type ModelInput,
	type ResultId,
	type Results
} from '../model/types';
import type { InputRange } from '../scenario/schema';
import { fitAmount, fitShare, type FitError } from './distributions';
import { drawInto, seededRandom } from './random';
import { floatModel } from './float-model';
import { summarizeResults, type Summary } from './summary';

export interface SimulationInput {
	/** The scenario's exact inputs (each range's BASE). */
	input: ModelInput;
	ranges: Partial<Record<InputKey, InputRange>>;
	claims: readonly Claim[];
	/** The exact model's results for `input`, for figures that do not vary. */
	exact: Results;
	n: number;
	seed: number;
}

export interface Simulation {
	n: number;
	seed: number;
	/** Each result's summary; null where the figure does not exist in some draws. */
	results: Record<ResultId, Summary | null>;
	/** The share of draws in which `pv_net` > 0. */
	pv_net_positive: DecimalString;
	/** For each claim, the share of draws in which it holds. */
	claims: { id: ClaimKey; holds: DecimalString }[];
}

export type SimulationOutcome =
	{ ok: true; simulation: Simulation } | { ok: false; key: InputKey; code: FitError };

/** The share `count ÷ n` as an exact canonical decimal. */
function share(count: number, n: number): DecimalString {
	return toCanonical(new D(count).div(n));
}

/**
 * How many of `draws` pass `test`. (An index loop: `for … of` over a typed array is ten times
 * slower in V8.)
 */
function countWhere(draws: Float64Array, test: (value: number) => boolean): number {
	let count = 0;
	for (let index = 0; index < draws.length; index++) if (test(draws[index]!)) count++;
	return count;
}

/** A test of one draw of a claim's metric, from the claim's holding interval. */
function holdsFor(claim: Claim, version: ModelInput['version']): (value: number) => boolean {
	const { low, high, lowIncluded, highIncluded } = holdingInterval(claim, version);
	const from = low === null ? -Infinity : low.toNumber();
	const to = high === null ? Infinity : high.toNumber();
	return (value) =>
		!Number.isNaN(value) &&
		(lowIncluded ? value >= from : value > from) &&
		(highIncluded ? value <= to : value < to);
}

export function simulate(given: SimulationInput): SimulationOutcome {
	const { input, ranges, claims, exact, n, seed } = given;
	const random = seededRandom(seed);
	const drawn = new Map<InputKey, Float64Array>();
	for (const row of PARAMETERS) {
		const range = ranges[row.key];
		if (range === undefined || row.distribution === undefined) continue;
		const base = Number(input[row.key as keyof ModelInput]);
		const fit = row.distribution === 'beta' ? fitShare : fitAmount;
		const fitted = fit(Number(range.low), base, Number(range.high));
		if (!fitted.ok) return { ok: false, key: row.key, code: fitted.code };
		// A collapsed range is its BASE in every draw, which the model takes it to be.
		if (fitted.distribution.kind === 'constant') continue;
		const draws = new Float64Array(n);
		drawInto(fitted.distribution, random, draws);
		drawn.set(row.key, draws);
	}

	if (drawn.size === 0) return { ok: true, simulation: pointSimulation(given) };
	const columns = floatModel(input, drawn, n);
	const claimShares = claims.map((claim) => ({
		id: claim.id,
		holds: share(countWhere(columns[claim.metric], holdsFor(claim, input.version)), n)
	}));
	const positive = countWhere(columns.pv_net, (value) => value > 0);

	const results = summarizeResults(columns, exact);
	return {
		ok: true,
		simulation: {
			n,
			seed,
			results,
			pv_net_positive: share(positive, n),
			claims: claimShares
		}
	};
}

/**
 * The simulation of a scenario in which nothing varies: every draw is the point estimate, so
 * every figure is the exact model's, and a claim holds in all draws or in none.
 */
function pointSimulation({ input, claims, exact, n, seed }: SimulationInput): Simulation {
	const point = (value: DecimalString | null): Summary | null =>
		value === null ? null : { mean: value, median: value, p5: value, p95: value };
	const results = Object.fromEntries(RESULT_IDS.map((id) => [id, point(exact[id])])) as Record<
		ResultId,
		Summary | null
	>;
	const always = (holds: boolean) => (holds ? '1' : '0');
	return {
		n,
		seed,
		results,
		pv_net_positive: always(exact.pv_net !== null && new D(exact.pv_net).gt(0)),
		claims: claims.map((claim) => ({
			id: claim.id,
			holds: always(checkClaim(claim, exact, input.version).verdict !== 'does_not_hold')
		}))
	};
}
