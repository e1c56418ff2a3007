/**
 * Every response passes here for two things the routes should not each repeat:
 * - the page's `<html lang>` and a status a page asked for (a bad scenario renders with 400);
 * - security headers. SvelteKit writes the page's Content-Security-Policy (svelte.config.js, with
 *   hashes for its inline scripts); this adds a second policy deciding who may frame us: nobody,
 *   except `/embed`, which exists to be framed by articles.
 */
import type { Handle } from '@sveltejs/kit';
import { localeFromSearch } from '$lib/i18n';
// Every language's messages, for pages, the API and the CSV in any locale.
import '$lib/i18n/all-locales';

function mayBeFramed(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

function secure(headers: Headers, pathname: string): void {
	const framed = mayBeFramed(pathname);
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (!framed) headers.set('X-Frame-Options', 'DENY');
	const frameAncestors = framed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	const isPage = (headers.get('content-type') ?? '').startsWith('text/html');
	// Anything but a page (JSON, CSV) gets a policy that allows nothing at all.
	headers.append(
		'Content-Security-Policy',
		isPage ? frameAncestors : `default-src 'none'; ${frameAncestors}`
	);
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
	try {
		secure(response.headers, event.url.pathname);
	} catch {
		// Immutable headers (a static file): copy once so they can carry ours too.
		response = new Response(response.body, response);
		secure(response.headers, event.url.pathname);
	}
	return response;
};
