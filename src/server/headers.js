/**
 * The security headers of every response, in one place: the server entry (`./index.js`) sets
 * them on everything it answers, static files, early errors and cached answers included, and
 * the SvelteKit hook (`src/hooks.server.ts`) on the responses SvelteKit makes, whose own
 * Content-Security-Policy it completes with the framing rule.
 *
 * Only `/embed` may be framed by other sites (DESIGN.md §6).
 */

/** @param {string} pathname */
export function mayBeFramed(pathname) {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** The CSP directive saying who may frame `pathname`. @param {string} pathname */
export function frameAncestors(pathname) {
	return mayBeFramed(pathname) ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

/**
 * What other sites may load (DESIGN.md §5): the embed and its two scripts, the social card
 * image, oEmbed, the public read-only API and CSV, and the built assets an embed in a sandboxed
 * frame (whose origin is opaque, so every load is cross-origin) needs. Everything else stays
 * same-origin.
 * @param {string} pathname
 */
export function isPublic(pathname) {
	return (
		mayBeFramed(pathname) ||
		['/embed.js', '/embed-frame.js', '/og.png', '/oembed', '/favicon.png'].includes(pathname) ||
		pathname.startsWith('/api/') ||
		pathname.startsWith('/_app/')
	);
}

/** A policy that allows nothing at all: for anything but a page (JSON, CSV, images, scripts). */
export const LOCKED_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * A web worker runs under the policy of its own script, not of the page that starts it: the
 * calculator's simulation worker may load its own modules (its language's messages), and
 * nothing else.
 */
export const WORKER_POLICY = `${LOCKED_POLICY}; script-src 'self'`;

/** Where the build puts web workers and the modules they import. */
const WORKERS = '/_app/immutable/workers/';

/** One year, as browsers expect for HSTS; subdomains are the operator's to decide. */
const HSTS = 'max-age=31536000';

/**
 * The headers every response carries, whoever makes it. `https` says whether the client reached
 * us over HTTPS (directly or through a proxy that says so): only then is HSTS sent, since a
 * browser ignores it over plain HTTP anyway and a local server must stay reachable.
 * @param {string} pathname
 * @param {boolean} https
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname, https) {
	/** @type {Record<string, string>} */
	const headers = {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'Content-Security-Policy': `${pathname.startsWith(WORKERS) ? WORKER_POLICY : LOCKED_POLICY}; ${frameAncestors(pathname)}`,
		'Cross-Origin-Resource-Policy': isPublic(pathname) ? 'cross-origin' : 'same-origin'
	};
	// Public, read-only and pure: any site's script may read them (the embed's own modules too).
	if (isPublic(pathname) && !mayBeFramed(pathname)) headers['Access-Control-Allow-Origin'] = '*';
	if (!mayBeFramed(pathname)) headers['X-Frame-Options'] = 'DENY';
	if (https) headers['Strict-Transport-Security'] = HSTS;
	return headers;
}
