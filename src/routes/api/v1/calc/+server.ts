import { json } from '@sveltejs/kit';
import { localeFromSearch, t } from '$lib/i18n';
import { answerOf } from '$lib/report/calculate';
import { calculateOffThread } from '$lib/server/simulation';
import { cacheControlFor, requestBudget } from '$lib/server/work';
import type { RequestHandler } from './$types';

/**
 * The response is a pure function of the URL, so any shared cache may keep it: a day at a CDN,
 * an hour in a browser. Error responses are just as deterministic but kept for less time.
 */
const CACHE_OK = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800';
const CACHE_ERROR = 'public, max-age=300, s-maxage=3600';

/** GET, and HEAD (which SvelteKit answers from GET without a body: no search for it). */
export const GET: RequestHandler = async ({ url, request }) => {
	const budget = requestBudget();
	const implied = request.method !== 'HEAD';
	const outcome = await calculateOffThread(url.search.slice(1), { implied, budget });
	if (!outcome.ok) {
		const headers = { 'Cache-Control': CACHE_ERROR };
		return json({ errors: outcome.errors }, { status: 400, headers });
	}
	const headers = { 'Cache-Control': cacheControlFor(budget, CACHE_OK) };
	return json(answerOf(outcome), { headers });
};

/** Only GET (and HEAD): the API reads, it never writes. */
export const fallback: RequestHandler = ({ request, url }) => {
	const message = t(localeFromSearch(url.searchParams), 'issue.method_not_allowed', {
		value: request.method
	});
	return json(
		{ errors: [{ key: 'method', value: request.method, message }] },
		{ status: 405, headers: { Allow: 'GET, HEAD' } }
	);
};
