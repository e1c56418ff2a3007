/**
 * Claims (DESIGN.md §3): verdicts on published figures, the assumptions a failing figure
 * implies, and claims read from text. Framework-free; the entry point of `src/lib/claims`.
 */
import type { ModelInput, ModelOutput } from '../model/types';
import { WorkBudget } from './budget';
import { combinedAssumption } from './combined';
import { impliedAssumptions } from './implied';
import type { Claim, ClaimResult } from './types';
import { checkClaim } from './verdict';

export * from './types';
export {
	approxTolerance,
	checkClaim,
	roundSignificant,
	significantDigitsOf,
	type ClaimCheck
} from './verdict';
export { impliedAssumptions, type ImpliedOptions } from './implied';
export { COMBINED_PARTS } from './combined';
export { IMPLIED_WORK_UNITS, WorkBudget, type Deadline } from './budget';
export { SEARCH_DIGITS } from './search';
export { parseClaimText, type ClaimTextErrorCode, type ClaimTextResult } from './claim-text';

export interface EvaluateOptions {
	/**
	 * `false` skips the implied assumptions (every `implied` comes back empty): the search runs
	 * the model a few hundred times, so the live calculator shows the verdicts first and works
	 * the implied values out just after.
	 */
	implied?: boolean;
	/** What the implied-assumption search of all the claims together may spend. */
	budget?: WorkBudget;
}

/**
 * Checks each claim against `output` (the model's run on `input`) and, for each that does not
 * hold, works out the implied assumptions by re-running the model on `input` with one input
 * changed at a time, from one work budget for all of them (a fresh `WorkBudget` unless given).
 * Results come back in the order of `claims`.
 */
export function evaluateClaims(
	claims: readonly Claim[],
	input: ModelInput,
	output: ModelOutput,
	options: EvaluateOptions = {}
): ClaimResult[] {
	const withImplied = options.implied ?? true;
	const budget = options.budget ?? new WorkBudget();
	return claims.map((claim) => {
		const check = checkClaim(claim, output.results, input.version);
		if (check.verdict !== 'does_not_hold') return { ...claim, ...check, implied: [] };
		const implied = withImplied ? impliedAssumptions(claim, input, { output, budget }) : [];
		const combined = combinedAssumption(claim, output, input.persp);
		return { ...claim, ...check, implied, ...(combined ? { combined } : {}) };
	});
}
