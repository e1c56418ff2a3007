import { cardText, renderCard } from '$lib/server/og-image';
import { calculateOffThread } from '$lib/server/simulation';
import type { RequestHandler } from './$types';

/**
 * The card is a pure function of the URL: a day in a browser, a week at a shared cache (the
 * server's own cache among them), as a social network fetches it once per link.
 */
const CACHE_OK = 'public, max-age=86400, s-maxage=604800';
/** A bad address is just as deterministic, but kept for less time. */
const CACHE_ERROR = 'public, max-age=300, s-maxage=3600';

/**
 * GET `/og.png?<scenario query>`: the social card of the exact scenario, in the query's `lang`.
 * A bad query gets 400 and its messages as plain text, one per line. No implied-assumption
 * search: the card shows verdicts only.
 */
export const GET: RequestHandler = async ({ url }) => {
	const outcome = await calculateOffThread(url.search.slice(1), { implied: false });
	if (!outcome.ok) {
		return new Response(outcome.errors.map((error) => error.message).join('\n'), {
			status: 400,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE_ERROR }
		});
	}
	const png = await renderCard(cardText(outcome.report, outcome.scenario, outcome.lang));
	return new Response(png, {
		headers: { 'Content-Type': 'image/png', 'Cache-Control': CACHE_OK }
	});
};
