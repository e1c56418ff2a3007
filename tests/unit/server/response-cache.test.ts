import { describe, expect, it } from 'vitest';
import { isCacheable, ResponseCache } from '../../../src/server/response-cache.js';

const response = (bytes: number) => ({ status: 200, headers: {}, body: Buffer.alloc(bytes) });

describe('ResponseCache', () => {
	it('keeps at most its number of entries, dropping the least recently used', () => {
		const cache = new ResponseCache(2, 1000);
		cache.set('a', response(1));
		cache.set('b', response(1));
		cache.get('a'); // a is now the most recently used
		cache.set('c', response(1));
		expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toStrictEqual([
			true,
			false,
			true
		]);
	});

	it('keeps at most its number of bytes', () => {
		const cache = new ResponseCache(100, 100);
		for (const key of ['a', 'b', 'c']) cache.set(key, response(10));
		cache.set('d', response(10));
		expect(cache.bytes).toBe(40);
		for (let index = 0; index < 10; index++) cache.set(`x${index}`, response(10));
		expect(cache.bytes).toBeLessThanOrEqual(100);
		expect(cache.get('a')).toBeUndefined();
	});

	it('does not keep a body larger than a tenth of its bytes', () => {
		const cache = new ResponseCache(100, 100);
		cache.set('big', response(11));
		expect([cache.size, cache.bytes]).toStrictEqual([0, 0]);
	});

	it('replaces an entry stored again under the same key, counting its bytes once', () => {
		const cache = new ResponseCache(100, 100);
		cache.set('a', response(5));
		cache.set('a', response(7));
		expect([cache.size, cache.bytes]).toStrictEqual([1, 7]);
	});
});

describe('isCacheable', () => {
	it.each([
		[200, 'public, max-age=300, s-maxage=86400', true],
		[400, 'public, max-age=300, s-maxage=3600', true],
		[404, 'public, s-maxage=60', true],
		[200, 'public, max-age=31536000, immutable', false],
		[200, 'no-store', false],
		[200, 'private, s-maxage=60', false],
		[303, 'public, s-maxage=60', false],
		[500, 'public, s-maxage=60', false],
		[200, undefined, false]
	])('status %s with %s: %s', (status, cacheControl, expected) => {
		expect(isCacheable(status, cacheControl)).toBe(expected);
	});
});
