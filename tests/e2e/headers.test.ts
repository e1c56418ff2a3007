/**
 * The server's own rules over HTTP: the security headers of every answer (static files, the
 * cache, errors Node and SvelteKit write before any route), the methods static files answer,
 * the time a client has to send its headers, and the cache of whole answers.
 */
import { connect } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { SEED_QUERY } from '../../bench/urls';

const base = inject('baseURL');
const { hostname, port } = new URL(base);
const LOCKED = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A raw HTTP/1.1 exchange, for what `fetch` will not send; resolves with what came back. */
function raw(request: string, waitMs = 2000): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname);
		let answer = '';
		socket.setEncoding('latin1');
		socket.on('data', (chunk) => (answer += chunk));
		socket.on('close', () => resolve(answer));
		socket.on('error', reject);
		socket.write(request);
		setTimeout(() => socket.destroy(), waitMs);
	});
}

/** The headers of a raw answer, lower-cased names. */
function headersOf(answer: string): Map<string, string> {
	const lines = answer.split('\r\n\r\n')[0]!.split('\r\n').slice(1);
	return new Map(
		lines.map((line) => {
			const colon = line.indexOf(':');
			return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
		})
	);
}

async function firstImmutableFile(): Promise<string> {
	const html = await (await fetch(`${base}/?${SEED_QUERY}`)).text();
	const match = /\/_app\/immutable\/[^"']+\.js/.exec(html);
	if (match === null) throw new Error('no /_app/immutable file in the page');
	return match[0];
}

function expectSecure(headers: { get(name: string): string | null | undefined }, page = false) {
	expect(headers.get('x-content-type-options')).toBe('nosniff');
	expect(headers.get('x-frame-options')).toBe('DENY');
	expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	const csp = headers.get('content-security-policy') ?? '';
	if (page) expect(csp).toContain("frame-ancestors 'none'");
	else expect(csp).toBe(LOCKED);
}

describe('security headers on every answer', () => {
	it.each([
		['/favicon.png', 200],
		['/robots.txt', 200],
		['/api/v1/calc?pop=abc', 400],
		['/api/v1/calc?pop=1', 200],
		['/api/v1/trail.csv?pop=1', 200]
	])('GET %s (%i)', async (path, status) => {
		const response = await fetch(base + path);
		expect(response.status).toBe(status);
		expectSecure(response.headers);
	});

	it('a file under /_app/immutable', async () => {
		const response = await fetch(base + (await firstImmutableFile()));
		expect(response.status).toBe(200);
		expectSecure(response.headers);
	});

	it.each([
		['/finnes-ikke', 404],
		['/?pop=abc', 400],
		[`/?${SEED_QUERY}`, 200]
	])('the page %s (%i)', async (path, status) => {
		const response = await fetch(base + path);
		expect(response.status).toBe(status);
		expectSecure(response.headers, true);
	});

	it('the cross-site form POST SvelteKit refuses (403)', async () => {
		const response = await fetch(`${base}/`, {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'a=1'
		});
		expect(response.status).toBe(403);
		expectSecure(response.headers);
	});

	it('TRACE', async () => {
		const answer = await raw(`TRACE / HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
		expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
		expectSecure(headersOf(answer));
	});

	it('headers too large for Node to read (431)', async () => {
		const big = 'x'.repeat(20_000);
		const answer = await raw(`GET / HTTP/1.1\r\nHost: ${hostname}\r\nX-Big: ${big}\r\n\r\n`);
		expect(answer).toMatch(/^HTTP\/1\.1 431 /);
		expectSecure(headersOf(answer));
	});
});

describe('methods', () => {
	it.each(['DELETE', 'PUT', 'POST', 'PATCH'])(
		'static files refuse %s with 405 naming GET and HEAD',
		async (method) => {
			for (const path of ['/favicon.png', '/robots.txt', await firstImmutableFile()]) {
				const response = await fetch(base + path, { method });
				expect(response.status).toBe(405);
				expect(response.headers.get('allow')).toBe('GET, HEAD');
				expectSecure(response.headers);
			}
		}
	);

	it('a page names every method it allows', async () => {
		const response = await fetch(`${base}/?pop=1`, { method: 'DELETE' });
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')?.split(', ').sort()).toStrictEqual([
			'GET',
			'HEAD',
			'OPTIONS'
		]);
	});
});

describe('time limits', () => {
	it('closes a connection that has not sent its headers within 10 s, with 408', async () => {
		const started = Date.now();
		const answer = await raw(`GET / HTTP/1.1\r\nHost: ${hostname}\r\n`, 15_000);
		const waited = Date.now() - started;
		expect(answer).toMatch(/^HTTP\/1\.1 408 /);
		expectSecure(headersOf(answer));
		expect(waited).toBeGreaterThanOrEqual(9_000);
		expect(waited).toBeLessThan(14_000);
	}, 20_000);
});

describe('the cache of whole answers', () => {
	it('answers a URL asked again with the same bytes and headers', async () => {
		// A query of its own, so no other test has filled the cache with it.
		const url = `${base}/api/v1/calc?${SEED_QUERY}&utm_source=cache-test`;
		const first = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
		const again = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
		expect(await again.text()).toBe(await first.text());
		for (const name of ['content-type', 'cache-control', 'content-security-policy', 'etag']) {
			expect(again.headers.get(name)).toBe(first.headers.get(name));
		}
		expect(again.status).toBe(200);
	});

	it('keeps gzipped and plain answers apart', async () => {
		const path = `/api/v1/calc?${SEED_QUERY}&utm_source=gzip-test`;
		const url = base + path;
		const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
		const zipped = await raw(
			`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`
		);
		const plainAgain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(headersOf(zipped).get('content-encoding')).toBe('gzip');
		expect(plainAgain.headers.get('content-encoding')).toBeNull();
		expect(await plainAgain.text()).toBe(await plain.text());
	});

	it('answers HEAD from a cached GET, without a body', async () => {
		const url = `${base}/api/v1/calc?${SEED_QUERY}&utm_source=head-test`;
		const get = await fetch(url);
		const head = await fetch(url, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(await head.text()).toBe('');
		expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
	});
});

describe('the header table of DESIGN §6 and the embed issue', () => {
	const SEED_V2 = SEED_QUERY.replace('v=1', 'v=2');
	it.each([
		['/', 200, 'page', false],
		[`/?${SEED_V2}`, 200, 'page', false],
		[`/embed?${SEED_V2}`, 200, 'page', true],
		[`/api/v1/calc?${SEED_V2}`, 200, 'other', false],
		[`/oembed?url=${encodeURIComponent(`${base}/?${SEED_V2}`)}`, 200, 'other', false],
		[`/og.png?${SEED_V2}`, 200, 'other', false],
		['/finnes-ikke', 404, 'page', false],
		['/?pop=abc', 400, 'page', false]
	] as const)('%s (%i)', async (path, status, kind, framable) => {
		const response = await fetch(base + path);
		expect(response.status).toBe(status);
		const headers = response.headers;
		const csp = headers.get('content-security-policy') ?? '';
		expect(csp).not.toContain('unsafe-inline');
		if (kind === 'page') {
			expect(csp).toContain("default-src 'none'");
			expect(csp).toContain("base-uri 'none'");
			expect(csp).toContain("form-action 'self'");
		} else expect(csp).toContain(LOCKED);
		expect(csp).toContain(framable ? 'frame-ancestors *' : "frame-ancestors 'none'");
		expect(headers.get('x-frame-options')).toBe(framable ? null : 'DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('permissions-policy')).toContain('camera=()');
		const publicPath = framable || /^\/(api|oembed|og\.png)/.test(path);
		expect(headers.get('cross-origin-resource-policy')).toBe(
			publicPath ? 'cross-origin' : 'same-origin'
		);
		if (status === 200 && path !== '/') {
			expect(headers.get('cache-control')).toMatch(/s-maxage=\d+/);
			expect(headers.get('etag')).toMatch(/^"[\w-]+"$/);
		}
	});

	it('answers 304 to a client that holds the answer already', async () => {
		const url = `${base}/api/v1/calc?${SEED_V2}&utm_source=etag-test`;
		const first = await fetch(url);
		const etag = first.headers.get('etag')!;
		const again = await fetch(url, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(again.headers.get('etag')).toBe(etag);
	});
});

describe('a title with markup in it', () => {
	it('is plain text in every meta tag of the page', async () => {
		const title = '<script>alert(1)</script>"';
		const query = `pop=150000&s1=0.1&ben=250000&title=${encodeURIComponent(title)}&v=2`;
		const html = await (await fetch(`${base}/?${query}`)).text();
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).not.toContain('<script>alert(1)');
		expect(head).toContain('content="&lt;script>alert(1)&lt;/script>&quot;"');
		expect(head).toMatch(
			/<meta property="og:title" content="&lt;script>alert\(1\)&lt;\/script>&quot;"/
		);
	});
});
