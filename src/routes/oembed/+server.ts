import { json } from '@sveltejs/kit';
import { oembedAnswer } from '$lib/embed/oembed';
import type { RequestHandler } from './$types';

/**
 * Every answer is a pure function of the URL, so any shared cache may keep it: a day at a CDN,
 * an hour in a browser. A 404 or 501 is just as deterministic, but kept for less time: a new
 * release may read a link (a newer `v`, a new key) that this one refuses.
 */
const CACHE_OK = 'public, max-age=3600, s-maxage=86400';
const CACHE_ERROR = 'public, max-age=300, s-maxage=3600';

/** oEmbed 1.0 for a scenario link of this server (`$lib/embed/oembed`); HEAD is answered too. */
export const GET: RequestHandler = ({ url }) => {
	const answer = oembedAnswer(url.searchParams, url.origin);
	const cacheControl = answer.status === 200 ? CACHE_OK : CACHE_ERROR;
	return json(answer.body, { status: answer.status, headers: { 'Cache-Control': cacheControl } });
};
