import { describe, expect, it } from 'vitest';
import { frameAncestors, securityHeaders } from '../../../src/server/headers.js';

describe('securityHeaders', () => {
	it('forbids framing everywhere but /embed, and allows nothing else to a non-page', () => {
		expect(securityHeaders('/', false)).toStrictEqual({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Cross-Origin-Opener-Policy': 'same-origin',
			'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
			'Content-Security-Policy':
				"default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
			'Cross-Origin-Resource-Policy': 'same-origin',
			'X-Frame-Options': 'DENY'
		});
	});

	it.each([
		['/embed', 'cross-origin', undefined],
		['/embed.js', 'cross-origin', '*'],
		['/og.png', 'cross-origin', '*'],
		['/oembed', 'cross-origin', '*'],
		['/api/v1/calc', 'cross-origin', '*'],
		['/api/v1/trail.csv', 'cross-origin', '*'],
		['/_app/immutable/entry/start.js', 'cross-origin', '*'],
		['/', 'same-origin', undefined],
		['/method', 'same-origin', undefined],
		['/claims/x', 'same-origin', undefined]
	])('%s: other sites may load it (%s), read it (%s)', (path, corp, cors) => {
		const headers = securityHeaders(path, false);
		expect(headers['Cross-Origin-Resource-Policy']).toBe(corp);
		expect(headers['Access-Control-Allow-Origin']).toBe(cors);
	});

	it('lets a web worker load its own modules and nothing else', () => {
		expect(
			securityHeaders('/_app/immutable/workers/simulation.worker-abc.js', false)[
				'Content-Security-Policy'
			]
		).toBe(
			"default-src 'none'; base-uri 'none'; form-action 'none'; script-src 'self'; frame-ancestors 'none'"
		);
		expect(
			securityHeaders('/_app/immutable/entry/start.js', false)['Content-Security-Policy']
		).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
	});

	it('lets any site frame /embed and what is under it, and /embedded is not /embed', () => {
		for (const path of ['/embed', '/embed/x']) {
			expect(securityHeaders(path, false)['X-Frame-Options']).toBeUndefined();
			expect(frameAncestors(path)).toBe('frame-ancestors *');
		}
		expect(frameAncestors('/embedded')).toBe("frame-ancestors 'none'");
	});

	it('sends HSTS only over HTTPS', () => {
		expect(securityHeaders('/', true)['Strict-Transport-Security']).toBe('max-age=31536000');
		expect(securityHeaders('/', false)['Strict-Transport-Security']).toBeUndefined();
	});
});
