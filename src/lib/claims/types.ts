/**
 * Claims (DESIGN.md §3): a published figure stated about one result. Framework-free.
 */
import type { DecimalString, DecimalInputKey, ResultId } from '../model/types';

export const CLAIM_KEYS = ['c1', 'c2', 'c3', 'c4'] as const;
export type ClaimKey = (typeof CLAIM_KEYS)[number];

export const CLAIM_OPS = ['eq', 'approx', 'gt', 'ge', 'lt', 'le'] as const;
export type ClaimOp = (typeof CLAIM_OPS)[number];

/** `cN=METRIC:OP:VALUE[:SIG]` parsed. `sig` only with `approx` (1 … 40 significant digits). */
export interface Claim {
	id: ClaimKey;
	metric: ResultId;
	op: ClaimOp;
	/** Canonical decimal string; may be negative (a `pv_net` can be). */
	value: DecimalString;
	sig?: number;
}

export type Verdict = 'holds' | 'holds_after_rounding' | 'does_not_hold';

/**
 * For a claim that does not hold: the value one input alone would need for it to hold.
 * `direction` says on which side of `value` the claim holds (`above`, `below`), or `at` when
 * only (about) that value makes it hold (`eq`, `approx`). `value` is `null` where no allowed
 * value of that input makes the claim hold; `direction` is then absent. `searched: false` (with
 * `value` null) says the input was not searched at all: the request's work budget ran out first.
 */
export interface ImpliedAssumption {
	key: DecimalInputKey | 'years';
	value: DecimalString | null;
	direction?: 'above' | 'below' | 'at';
	searched?: false;
}

/**
 * For a claim on gross_effect, net_effect, pv_gross or pv_net that does not hold: what the gains
 * besides the benefits (`parts`, per person-year in work) would have to come to together for it
 * to hold, and what they come to now; money per person-year.
 */
export interface CombinedAssumption {
	parts: ResultId[];
	value: DecimalString;
	current: DecimalString;
	direction: 'above' | 'below' | 'at';
}

export interface ClaimResult extends Claim {
	verdict: Verdict;
	/** computed − claimed; `null` when the metric has no value (e.g. `bcr` with no cost). */
	difference: DecimalString | null;
	/** (computed − claimed) ÷ |claimed|; `null` when claimed is 0 or the metric has no value. */
	relative_difference: DecimalString | null;
	/** Empty unless the verdict is `does_not_hold`. */
	implied: ImpliedAssumption[];
	/** Present only for a claim that does not hold and where it applies (`combined.ts`). */
	combined?: CombinedAssumption;
}
