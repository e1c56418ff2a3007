/**
 * Implied assumptions (DESIGN.md §3): for a claim that does not hold, the value each numeric
 * input alone would need for it to hold, or `null` where no allowed value gets there.
 * Framework-free.
 *
 * Per decimal input: first the exact path (`affine.ts`: the line through two runs, confirmed by
 * more runs), else a grid scan refined numerically (`search.ts`, boundary rounded to 12
 * significant digits). `years` is a whole number and is tried at every value 1 … 50. Each input
 * costs 4–5 runs of the model on the exact path, 9–12 when it does not move the metric, 45–90 on
 * the numeric path (at most ≈ 190); a claim typically 100–250 in all.
 */
import { D, toCanonical } from '../model/decimal';
import { runModel } from '../model/index';

/** The search reads one result of each run: no trail, no by-year rows. */
const RESULTS_ONLY = { trail: false } as const;
import {
	RESULT_IDS,
	type DecimalInputKey,
	type ModelInput,
	type ResultId,
	type Results
} from '../model/types';
import { solveAffine } from './affine';
import { impliedKeys, rangeOf, YEARS_MAX, YEARS_MIN } from './input-ranges';
import { allAlike, evaluatorFor, isInequality, sampleOf } from './probe';
import { searchGrid } from './search';
import type { Claim, ImpliedAssumption } from './types';
import { checkClaim } from './verdict';

/** Results that are figures of year 1 (or of no year): the same whatever the horizon. */
const YEAR_ONE_METRICS: ReadonlySet<ResultId> = new Set(
	RESULT_IDS.slice(0, RESULT_IDS.indexOf('pv_gross'))
);

/**
 * The implied assumption of every numeric input (pop, each funnel step present, ben … drop,
 * years, disc) for `claim` on the scenario `input`; `[]` when the claim already holds. Values are
 * in the input's own unit (persons, money, share as a fraction, whole years).
 */
export function impliedAssumptions(claim: Claim, input: ModelInput): ImpliedAssumption[] {
	const results = runModel(input, RESULTS_ONLY).results;
	if (checkClaim(claim, results).verdict !== 'does_not_hold') return [];
	return impliedKeys(input).map((key) =>
		key === 'years' ? impliedYears(claim, input) : impliedDecimal(claim, input, key, results)
	);
}

function impliedDecimal(
	claim: Claim,
	input: ModelInput,
	key: DecimalInputKey,
	results: Results
): ImpliedAssumption {
	const range = rangeOf(key);
	const evaluate = evaluatorFor(claim, input, key);
	const current = sampleOf(claim, new D(input[key] ?? '0'), results);
	// An input that moves nothing at four points is checked on a coarse grid only (a monotone
	// metric — every one of §2 is, in each input alone — cannot flip between points that agree).
	const inert = allAlike([current, ...range.probes.map(evaluate)]);
	const exact = inert ? undefined : solveAffine(claim, evaluate, range, current);
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
function impliedYears(claim: Claim, input: ModelInput): ImpliedAssumption {
	// Per-year figures are year-1 values (model/types.ts): the horizon cannot move them.
	if (YEAR_ONE_METRICS.has(claim.metric)) return { key: 'years', value: null };
	const holdsIn = (years: number) =>
		checkClaim(claim, runModel({ ...input, years }, RESULTS_ONLY).results).verdict !==
		'does_not_hold';
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
