/**
 * Scenario B in the form: what a newly added override starts from, and the field that asks for
 * one without JavaScript. Framework-free.
 */
import { comparedKey, PERSPECTIVES, type ComparisonKey } from '../scenario/keys';

/** The choice of another input for B to change, sent by a form without JavaScript. */
export const COMPARISON_ADD_FIELD = 'b_add';

/**
 * The value an input B has just been given starts with: A's own (`valueOf` reads it, as a field
 * writes it or as the link does), to be edited, so B differs from A only where the reader makes
 * it; for the perspective, the other one, the only change there is. An input A leaves out (a
 * funnel step it does not have, no cost of public funds) starts blank and needs a value.
 */
export function startOfComparison(key: ComparisonKey, valueOf: (key: string) => string): string {
	const compared = comparedKey(key);
	if (compared !== 'persp') return valueOf(compared);
	const persp = valueOf('persp') || 'fiscal';
	return PERSPECTIVES.find((each) => each !== persp) ?? 'society';
}
