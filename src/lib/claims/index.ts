/**
 * Claims (DESIGN.md §3): verdicts on published figures, the assumptions a failing figure
 * implies, and claims read from text. Framework-free; the entry point of `src/lib/claims`.
 */
import type { ModelInput, ModelOutput } from '../model/types';
import { impliedAssumptions } from './implied';
import type { Claim, ClaimResult } from './types';
import { checkClaim } from './verdict';

export * from './types';
export { checkClaim, roundSignificant, significantDigitsOf, type ClaimCheck } from './verdict';
export { impliedAssumptions } from './implied';
export { SEARCH_DIGITS } from './search';
export { parseClaimText, type ClaimTextErrorCode, type ClaimTextResult } from './claim-text';

/**
 * Checks each claim against `output` (the model's run on `input`) and, for each that does not
 * hold, works out the implied assumptions by re-running the model on `input` with one input
 * changed at a time. Results come back in the order of `claims`.
 */
export function evaluateClaims(
	claims: readonly Claim[],
	input: ModelInput,
	output: ModelOutput
): ClaimResult[] {
	return claims.map((claim) => {
		const check = checkClaim(claim, output.results);
		const implied = check.verdict === 'does_not_hold' ? impliedAssumptions(claim, input) : [];
		return { ...claim, ...check, implied };
	});
}
