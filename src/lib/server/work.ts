/**
 * The work budget of one request (server only): the deterministic count of `WorkBudget`, and a
 * wall-clock deadline as the last guard on a machine so loaded that a bounded search is still
 * slow. An answer the deadline cut short is not what the URL always gives, so no cache may keep
 * it.
 */
import { WorkBudget } from '$lib/claims';

/** The longest the implied-assumption search of one request may take, in milliseconds. */
const DEADLINE_MS = 250;

export function requestBudget(): WorkBudget {
	return new WorkBudget(undefined, {
		now: () => performance.now(),
		until: performance.now() + DEADLINE_MS
	});
}

/** `cacheControl` as it is, or `no-store` when the deadline cut the search short. */
export function cacheControlFor(budget: WorkBudget, cacheControl: string): string {
	return budget.timedOut ? 'no-store' : cacheControl;
}
