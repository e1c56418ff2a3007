/**
 * The social card image, over HTTP against the built server.
 */
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseURL');
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=2';

function card(query: string, init?: RequestInit) {
	return fetch(`${base}/og.png?${query}`, init);
}

/** The big-endian uint32 at `offset`. */
function uint32(bytes: Uint8Array, offset: number): number {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

describe('GET /og.png', () => {
	it('draws the seed as a 1200×630 PNG that any cache may keep', async () => {
		const response = await card(SEED);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
		const png = new Uint8Array(await response.arrayBuffer());
		expect([...png.subarray(0, 8)]).toStrictEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
		expect(uint32(png, 16)).toBe(1200);
		expect(uint32(png, 20)).toBe(630);
	});

	it('may be loaded by other sites and is never sniffed as anything but an image', async () => {
		const response = await card(SEED);
		expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('draws the same bytes for the same URL', async () => {
		const [first, second] = await Promise.all([card(`${SEED}&lang=en`), card(`${SEED}&lang=en`)]);
		const bytes = await Promise.all([first.arrayBuffer(), second.arrayBuffer()]);
		expect(Buffer.from(bytes[0]).equals(Buffer.from(bytes[1]))).toBe(true);
	});

	it('answers a bad query with 400 and its messages as plain text', async () => {
		const response = await card('pop=abc');
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
		const body = await response.text();
		expect(body).toContain('(pop)');
		expect(body).toContain('«abc»');
	});
});
