/**
 * The verdict on one claim (DESIGN.md §3): does the computed figure bear out what was published,
 * and by how much does it miss. Framework-free; exact decimal arithmetic in `D`.
 */
import { withoutTrailingZeros } from '../format/format-number';
import { D, toCanonical } from '../model/decimal';
import type { DecimalString, Results, RulesVersion } from '../model/types';
import type { Claim, ClaimResult } from './types';

export type ClaimCheck = Pick<ClaimResult, 'verdict' | 'difference' | 'relative_difference'>;

/**
 * Significant digits of a canonical decimal as written, trailing zeros not counted:
 * `4000000000` → 1, `3750000000` → 3, `0.105` → 3, `15000` → 2. Zero counts as 1.
 */
export function significantDigitsOf(value: DecimalString): number {
	const digits = withoutTrailingZeros(value.replace(/^-/, '').replace('.', '').replace(/^0+/, ''));
	return Math.max(digits.length, 1);
}

/**
 * `value` rounded to `sig` significant digits, half-up (ties away from zero, so the rounding is
 * the same for a negative figure as for its magnitude): 3 745 000 000 at 3 → 3 750 000 000.
 */
export function roundSignificant(value: D, sig: number): D {
	return value.toSignificantDigits(sig, D.ROUND_HALF_UP);
}

/** True when `computed` stands in relation `op` to `claimed` (exactly, no rounding). */
export function satisfies(computed: D, op: Claim['op'], claimed: D): boolean {
	switch (op) {
		case 'eq':
		case 'approx':
			return computed.eq(claimed);
		case 'gt':
			return computed.gt(claimed);
		case 'ge':
			return computed.gte(claimed);
		case 'lt':
			return computed.lt(claimed);
		case 'le':
			return computed.lte(claimed);
	}
}

/**
 * Half a unit in the last significant digit of `claimed` written with `sig` digits: how far an
 * `approx` claim may be from the computed figure (version 2). «about 1 milliard» (1 digit):
 * 500 000 000; «3,75 milliarder» (3 digits): 5 000 000. Zero has no last digit: none.
 */
export function approxTolerance(claimed: D, sig: number): D {
	if (claimed.isZero()) return new D(0);
	const lastDigit = claimed.abs().e - sig + 1;
	return new D(10).pow(lastDigit).div(2);
}

/** Whether an `approx` claim of `claimed` at `sig` digits holds after rounding for `computed`. */
function approximately(computed: D, claimed: D, sig: number, version: RulesVersion): boolean {
	// Version 1 rounded both to `sig` digits: «about 1 milliard» held at +49 % but not at −6 %.
	if (version === 1) return roundSignificant(computed, sig).eq(roundSignificant(claimed, sig));
	// Version 2: within half a unit of the claim's last digit, either side, both ends included.
	return computed.minus(claimed).abs().lte(approxTolerance(claimed, sig));
}

/**
 * Checks a claim against the results of one model run, by the rules of `version`.
 * `difference` is computed − claimed (in the metric's unit), `relative_difference` is that ÷
 * |claimed| (a fraction; `null` when the claimed value is 0). Both are `null`, and the claim does
 * not hold, when the metric has no value. An `approx` claim without `sig` is read at the
 * significant digits of its value as written.
 */
export function checkClaim(claim: Claim, results: Results, version: RulesVersion): ClaimCheck {
	return checkFigure(claim, results[claim.metric], version);
}

/** `checkClaim` given the value of the claim's metric alone (`null` where it has none). */
export function checkFigure(
	claim: Claim,
	text: DecimalString | null,
	version: RulesVersion
): ClaimCheck {
	if (text === null)
		return { verdict: 'does_not_hold', difference: null, relative_difference: null };
	const computed = new D(text);
	const claimed = new D(claim.value);
	const difference = computed.minus(claimed);
	const relative = claimed.isZero() ? null : toCanonical(difference.div(claimed.abs()));
	const measured = { difference: toCanonical(difference), relative_difference: relative };
	if (satisfies(computed, claim.op, claimed)) return { verdict: 'holds', ...measured };
	if (claim.op === 'approx') {
		const sig = claim.sig ?? significantDigitsOf(claim.value);
		if (approximately(computed, claimed, sig, version)) {
			return { verdict: 'holds_after_rounding', ...measured };
		}
	}
	return { verdict: 'does_not_hold', ...measured };
}

/**
 * The values of a claim's metric for which the claim holds (`holds` or `holds_after_rounding`),
 * by the rules of `version`: an interval whose ends are `null` when unbounded, each included or
 * not. What `checkClaim` decides one figure at a time, as bounds a simulation can compare many
 * figures with.
 */
export interface HoldingInterval {
	low: D | null;
	lowIncluded: boolean;
	high: D | null;
	highIncluded: boolean;
}

export function holdingInterval(claim: Claim, version: RulesVersion): HoldingInterval {
	const claimed = new D(claim.value);
	const point = { low: claimed, lowIncluded: true, high: claimed, highIncluded: true };
	switch (claim.op) {
		case 'eq':
			return point;
		case 'gt':
		case 'ge':
			return { low: claimed, lowIncluded: claim.op === 'ge', high: null, highIncluded: false };
		case 'lt':
		case 'le':
			return { low: null, lowIncluded: false, high: claimed, highIncluded: claim.op === 'le' };
		case 'approx': {
			const sig = claim.sig ?? significantDigitsOf(claim.value);
			if (version === 1) return roundingInterval(claimed, sig);
			const tolerance = approxTolerance(claimed, sig);
			return { ...point, low: claimed.minus(tolerance), high: claimed.plus(tolerance) };
		}
	}
}

/**
 * Version 1's `approx`: the figures that round, half-up at `sig` significant digits, to what
 * `claimed` rounds to. Below a power of ten the digits are a tenth as wide (at 1 digit,
 * 950 … 1 499 round to 1 000), which is why version 1 was lopsided.
 */
function roundingInterval(claimed: D, sig: number): HoldingInterval {
	const rounded = roundSignificant(claimed, sig);
	if (rounded.isZero()) {
		return { low: rounded, lowIncluded: true, high: rounded, highIncluded: true };
	}
	const magnitude = rounded.abs();
	const unit = new D(10).pow(magnitude.e - sig + 1);
	const power = magnitude.eq(new D(10).pow(magnitude.e));
	// Towards zero the neighbour may have one digit fewer before the point (1 000 ← 950).
	const inner = (power ? unit.div(10) : unit).div(2);
	const outer = unit.div(2);
	if (rounded.isPositive()) {
		return {
			low: rounded.minus(inner),
			lowIncluded: true,
			high: rounded.plus(outer),
			highIncluded: false
		};
	}
	return {
		low: rounded.minus(outer),
		lowIncluded: false,
		high: rounded.plus(inner),
		highIncluded: true
	};
}
