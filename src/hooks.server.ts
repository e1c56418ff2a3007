/**
 * Every response passes here for what the routes should not each repeat:
 * - the page's `<html lang>` and `data-theme`, and a status a page asked for (a bad scenario
 *   renders with 400);
 * - gzip for pages, JSON and CSV when the client accepts it (adapter-node compresses only the
 *   static files, ahead of time; a page is about 50 KB raw and 13 KB gzipped), an ETag of every
 *   answer that is a pure function of its URL, and 304 for a client that holds it already;
 * - security headers (`src/server/headers.js`, the rules the server entry applies to every other
 *   answer). SvelteKit writes a page's Content-Security-Policy itself (svelte.config.js, with
 *   hashes for its inline scripts); this adds a second policy deciding who may frame it: nobody,
 *   except `/embed`, which exists to be framed by articles. Anything but a page gets a policy
 *   that allows nothing at all.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Handle } from '@sveltejs/kit';
import { embedOptions } from '$lib/embed/options';
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
/** What a validator is given for: every answer whose body is a pure function of its URL. */
const VALIDATED = /^(text\/html|text\/csv|text\/plain|application\/json|image\/png)\b/;

/** Whether an `If-None-Match` header names `etag` (or is `*`). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (ifNoneMatch === null) return false;
	return ifNoneMatch.split(',').some((tag) => ['*', etag, `W/${etag}`].includes(tag.trim()));
}

/**
 * `response` as sent: gzipped when the client accepts gzip and it is text, with a strong ETag of
 * exactly the bytes sent (a page, an API answer, a CSV, an image are each a pure function of
 * their URL), and `304 Not Modified` for a client that already holds them. Small bodies (pages
 * are ~50 KB raw) are compressed whole, which is quicker than a stream.
 */
async function finished(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (response.body === null || response.headers.has('content-encoding')) return response;
	if (!VALIDATED.test(type)) return response;
	const raw = new Uint8Array(await response.arrayBuffer());
	const gzip =
		COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	const body = gzip ? gzipSync(raw) : raw;
	const headers = new Headers(response.headers);
	const digest = createHash('sha256').update(raw).digest('base64url').slice(0, 27);
	const etag = `"${digest}${gzip ? '-gzip' : ''}"`;
	headers.set('etag', etag);
	headers.delete('content-length');
	if (COMPRESSIBLE.test(type)) headers.append('vary', 'Accept-Encoding');
	if (gzip) headers.set('content-encoding', 'gzip');
	if (response.status === 200 && matches(request.headers.get('if-none-match'), etag)) {
		headers.delete('content-encoding');
		return new Response(null, { status: 304, headers });
	}
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

export const handle: Handle = async ({ event, resolve }) => {
	const lang = localeFromSearch(event.url.searchParams);
	// Only the embed chooses its colours (`theme`); every other page follows the reader's.
	const theme =
		event.url.pathname === '/embed' ? embedOptions(event.url.searchParams).theme : 'auto';
	let response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%theme%', theme)
	});
	const status = event.locals.status;
	if (status !== undefined && response.status === 200) {
		response = new Response(response.body, { status, headers: response.headers });
	}
	response = await finished(event.request, response);
	try {
		secure(response.headers, event.url);
	} catch {
		// Immutable headers (a `fetch`ed response): copy once so they can carry ours too.
		response = new Response(response.body, response);
		secure(response.headers, event.url);
	}
	return response;
};
