/**
 * Implied assumptions (DESIGN.md §3): for a claim that does not hold, the value each numeric
 * input alone would need for it to hold, or `null` where no allowed value gets there.
 * Framework-free.
 *
 * Per decimal input: first the exact path (`affine.ts`: the line through two runs, confirmed by
 * more runs), else a grid scan refined numerically (`search.ts`, boundary rounded to 12
 * significant digits). `years` is a whole number and is tried at every value 1 … 50. Each input
 * costs 4–5 runs of the model on the exact path, 9–12 when it does not move the metric, 45–90 on
 * the numeric path (at most ≈ 190); a claim typically 100–250 in all. An input the trail shows
 * the metric does not depend on costs no run at all.
 *
 * Every run is paid for from a `WorkBudget` shared by a request's claims. Once it is spent, the
 * inputs not yet searched come back as `searched: false`: an honest "not worked out", never a
 * guess, and never a slow answer.
 */
import { D, toCanonical } from '../model/decimal';
import { resultOf, runModel } from '../model/index';
import {
	RESULT_IDS,
	type DecimalInputKey,
	type ModelInput,
	type ModelOutput,
	type ResultId,
	type Results
} from '../model/types';
import { solveAffine } from './affine';
import { OutOfBudget, runCost, WorkBudget } from './budget';
import { degreesOf } from './dependencies';
import { impliedKeys, rangeOf, YEARS_MAX, YEARS_MIN } from './input-ranges';
import { allAlike, evaluatorFor, isInequality, sampleOf } from './probe';
import { searchGrid } from './search';
import type { Claim, ImpliedAssumption } from './types';
import { checkClaim, checkFigure } from './verdict';

/** Results that are figures of year 1 (or of no year): the same whatever the horizon. */
const YEAR_ONE_METRICS: ReadonlySet<ResultId> = new Set(
	RESULT_IDS.slice(0, RESULT_IDS.indexOf('pv_gross'))
);

export interface ImpliedOptions {
	/** The model's run on `input` with its trail, when the caller has it (saves a run). */
	output?: ModelOutput;
	/** What the search may spend; a fresh `WorkBudget` when not given. */
	budget?: WorkBudget;
}

/**
 * The implied assumption of every numeric input (pop, each funnel step present, ben … drop,
 * years, disc) for `claim` on the scenario `input`; `[]` when the claim already holds. Values are
 * in the input's own unit (persons, money, share as a fraction, whole years).
 */
export function impliedAssumptions(
	claim: Claim,
	input: ModelInput,
	options: ImpliedOptions = {}
): ImpliedAssumption[] {
	const output = options.output ?? runModel(input);
	const budget = options.budget ?? new WorkBudget();
	if (checkClaim(claim, output.results, input.version).verdict !== 'does_not_hold') return [];
	const degrees = degreesOf(output.trail, claim.metric);
	return impliedKeys(input).map((key): ImpliedAssumption => {
		// An input the metric does not depend on cannot make the claim hold.
		if (key !== 'years' && degrees !== null && !degrees.has(key)) return { key, value: null };
		try {
			if (key === 'years') return impliedYears(claim, input, budget);
			const affine = degrees?.get(key) === 1;
			return impliedDecimal(claim, input, key, output.results, budget, affine);
		} catch (error) {
			if (error instanceof OutOfBudget) return { key, value: null, searched: false };
			throw error;
		}
	});
}

function impliedDecimal(
	claim: Claim,
	input: ModelInput,
	key: DecimalInputKey,
	results: Results,
	budget: WorkBudget,
	affine: boolean
): ImpliedAssumption {
	const range = rangeOf(key);
	const evaluate = evaluatorFor(claim, input, key, budget);
	const current = sampleOf(claim, new D(input[key] ?? '0'), results[claim.metric], input.version);
	// A line through two points that agree with the scenario's own is flat: nothing to find.
	const [first, second] = range.probes;
	if (affine && allAlike([current, evaluate(first), evaluate(second)])) return { key, value: null };
	// An input that moves nothing at four points is checked on a coarse grid only (a monotone
	// metric — every one of §2 is, in each input alone — cannot flip between points that agree).
	const inert = !affine && allAlike([current, ...range.probes.map(evaluate)]);
	const exact = inert ? undefined : solveAffine(claim, evaluate, range, current, affine);
	const grid = inert ? range.coarseGrid : range.grid;
	const boundary = exact === undefined ? searchGrid(claim, evaluate, range, grid, current) : exact;
	if (boundary === null) return { key, value: null };
	return { key, value: toCanonical(boundary.value), direction: boundary.direction };
}

/**
 * The horizon nearest to the scenario's own at which the claim holds: for an inequality the
 * smallest such year above it (`above`) or the largest below it (`below`), upwards first on a tie;
 * for `eq`/`approx` that year itself (`at`).
 */
function impliedYears(claim: Claim, input: ModelInput, budget: WorkBudget): ImpliedAssumption {
	// Per-year figures are year-1 values (model/types.ts): the horizon cannot move them.
	if (YEAR_ONE_METRICS.has(claim.metric)) return { key: 'years', value: null };
	const holdsIn = (years: number) => {
		const run = { ...input, years };
		budget.spend(runCost(run));
		const value = resultOf(run, claim.metric);
		return checkFigure(claim, value, input.version).verdict !== 'does_not_hold';
	};
	for (let step = 1; step <= YEARS_MAX - YEARS_MIN; step++) {
		for (const years of [input.years + step, input.years - step]) {
			if (years < YEARS_MIN || years > YEARS_MAX || !holdsIn(years)) continue;
			const above = years > input.years;
			const direction = isInequality(claim.op) ? (above ? 'above' : 'below') : 'at';
			return { key: 'years', value: String(years), direction };
		}
	}
	return { key: 'years', value: null };
}
