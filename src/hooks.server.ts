/**
 * Every response passes here for two things the routes should not each repeat:
 * - the page's `<html lang>` and a status a page asked for (a bad scenario renders with 400);
 * - gzip for pages, JSON and CSV when the client accepts it (adapter-node compresses only the
 *   static files, ahead of time; a page is about 33 KB raw and 7 KB gzipped);
 * - security headers (`src/server/headers.js`, the rules the server entry applies to every other
 *   answer). SvelteKit writes a page's Content-Security-Policy itself (svelte.config.js, with
 *   hashes for its inline scripts); this adds a second policy deciding who may frame it: nobody,
 *   except `/embed`, which exists to be framed by articles. Anything but a page gets a policy
 *   that allows nothing at all.
 */
import type { Handle } from '@sveltejs/kit';
import { localeFromSearch } from '$lib/i18n';
// Every language's messages, for pages, the API and the CSV in any locale.
import '$lib/i18n/all-locales';
import { frameAncestors, securityHeaders } from './server/headers.js';

function secure(headers: Headers, url: URL): void {
	const isPage = (headers.get('content-type') ?? '').startsWith('text/html');
	const own = securityHeaders(url.pathname, url.protocol === 'https:');
	for (const [name, value] of Object.entries(own)) {
		if (name === 'Content-Security-Policy' && isPage) {
			headers.append(name, frameAncestors(url.pathname));
		} else headers.set(name, value);
	}
}

/** What is worth compressing: text, JSON and CSV (JavaScript, CSS and images come precompressed). */
const COMPRESSIBLE = /^(text\/html|text\/csv|application\/json)\b/;

/** `response` gzipped on the fly when the client accepts gzip and it is compressible text. */
function compressed(request: Request, response: Response): Response {
	const type = response.headers.get('content-type') ?? '';
	if (response.body === null || response.headers.has('content-encoding')) return response;
	if (!COMPRESSIBLE.test(type)) return response;
	if (!/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	const body = response.body.pipeThrough(new CompressionStream('gzip'));
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

export const handle: Handle = async ({ event, resolve }) => {
	const lang = localeFromSearch(event.url.searchParams);
	let response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	const status = event.locals.status;
	if (status !== undefined && response.status === 200) {
		response = new Response(response.body, { status, headers: response.headers });
	}
	response = compressed(event.request, response);
	try {
		secure(response.headers, event.url);
	} catch {
		// Immutable headers (a `fetch`ed response): copy once so they can carry ours too.
		response = new Response(response.body, response);
		secure(response.headers, event.url);
	}
	return response;
};
