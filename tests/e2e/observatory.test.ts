/**
 * The MDN HTTP Observatory's grade for our pages, by its own scoring rules. The Observatory's
 * scanner cannot scan a local server (it fetches over HTTPS from the public internet, and its
 * npm package downloads a certificate bundle while it installs), so this applies the rules of
 * its analyzers (`@mdn/mdn-http-observatory` 1.4.8, src/analyzer/tests and grader/charts.js) to
 * our answers: every score modifier that can be earned or lost without TLS. The two that need
 * TLS — HTTPS redirection and HSTS — belong to the proxy in front (docs/deploy.md); the server
 * sends HSTS over HTTPS (tests/unit/server/headers.test.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { SEED_QUERY } from '../../bench/urls';

const base = inject('baseURL');

/** The directives of every policy in a Content-Security-Policy header (policies joined by `,`). */
function directives(header: string): Map<string, Set<string>> {
	const policy = new Map<string, Set<string>>();
	for (const part of header.split(/[;,]/)) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), new Set(sources));
	}
	return policy;
}

const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", 'data:', '*', 'http:', 'https:'];

/** The Observatory's modifiers for one answer, by test, with the expectation each met. */
function observatory(headers: Headers, html: string): Record<string, [string, number]> {
	const csp = directives(headers.get('content-security-policy') ?? '');
	const source = (name: string) => csp.get(name) ?? csp.get('default-src') ?? new Set(['*']);
	const scriptSrc = source('script-src');
	const styleSrc = source('style-src');
	const unsafeScript = [...scriptSrc].some((src) => UNSAFE.includes(src));
	const unsafeStyle = [...styleSrc].some((src) => UNSAFE.includes(src));
	const defaultNone = csp.get('default-src')?.size === 1 && csp.get('default-src')?.has("'none'");
	const cspResult: [string, number] =
		csp.size === 0
			? ['csp-not-implemented', -25]
			: unsafeScript
				? ['csp-implemented-with-unsafe-inline', -20]
				: unsafeStyle
					? ['csp-implemented-with-unsafe-inline-in-style-src-only', 0]
					: defaultNone
						? ['csp-implemented-with-no-unsafe-default-src-none', 10]
						: ['csp-implemented-with-no-unsafe', 5];
	const ancestors = csp.get('frame-ancestors');
	const frames: [string, number] =
		ancestors && !ancestors.has('*')
			? ['x-frame-options-implemented-via-csp', 5]
			: ['DENY', 'SAMEORIGIN'].includes(headers.get('x-frame-options') ?? '')
				? ['x-frame-options-sameorigin-or-deny', 0]
				: ['x-frame-options-not-implemented', -20];
	const referrer = headers.get('referrer-policy') ?? '';
	const privateReferrers = [
		'no-referrer',
		'same-origin',
		'strict-origin',
		'strict-origin-when-cross-origin'
	];
	const corp = headers.get('cross-origin-resource-policy');
	const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
	const external = scripts.filter((src) => /^(https?:)?\/\//.test(src) && !src.startsWith(base));
	return {
		csp: cspResult,
		'x-frame-options': frames,
		'x-content-type-options':
			headers.get('x-content-type-options') === 'nosniff'
				? ['x-content-type-options-nosniff', 0]
				: ['x-content-type-options-not-implemented', -5],
		'referrer-policy': privateReferrers.includes(referrer)
			? ['referrer-policy-private', 5]
			: ['referrer-policy-not-implemented', 0],
		'cross-origin-resource-policy':
			corp === 'same-origin'
				? ['corp-implemented-with-same-origin', 10]
				: corp === 'cross-origin'
					? ['corp-implemented-with-cross-origin', 0]
					: ['corp-not-implemented', 0],
		cookies: headers.get('set-cookie') === null ? ['cookies-not-found', 0] : ['cookies-set', 0],
		'subresource-integrity':
			external.length === 0
				? ['sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0]
				: ['sri-not-implemented-and-external-scripts-not-loaded-securely', -50],
		'cross-origin-resource-sharing':
			headers.get('access-control-allow-origin') === null
				? ['cross-origin-resource-sharing-not-implemented', 0]
				: ['cross-origin-resource-sharing-implemented-with-public-access', 0]
	};
}

/** The Observatory's grade chart: A+ from 100. */
function grade(score: number): string {
	const chart: [number, string][] = [
		[100, 'A+'],
		[90, 'A'],
		[85, 'A-'],
		[80, 'B+'],
		[70, 'B'],
		[65, 'B-'],
		[60, 'C+'],
		[50, 'C'],
		[45, 'C-'],
		[40, 'D+'],
		[30, 'D'],
		[25, 'D-']
	];
	return chart.find(([floor]) => score >= floor)?.[1] ?? 'F';
}

describe('the MDN HTTP Observatory’s rules', () => {
	it.each([
		['the empty calculator', '/'],
		['a scenario', `/?${SEED_QUERY}`],
		['the claims', '/claims'],
		['the method', '/method?lang=en']
	])('%s scores A+', async (_name, path) => {
		const response = await fetch(base + path);
		expect(response.status).toBe(200);
		const results = observatory(response.headers, await response.text());
		// with nothing lost: every test at its best, or neutral
		expect(Object.values(results).filter(([, modifier]) => modifier < 0)).toEqual([]);
		const score = 100 + Object.values(results).reduce((sum, [, modifier]) => sum + modifier, 0);
		expect(results.csp).toEqual(['csp-implemented-with-no-unsafe-default-src-none', 10]);
		expect(score).toBe(130);
		expect(grade(score)).toBe('A+');
	});
});
