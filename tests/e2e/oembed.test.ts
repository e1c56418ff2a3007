/**
 * oEmbed over HTTP against the built server: the endpoint itself, and a real oEmbed client
 * finding it from a scenario page's discovery link, as a CMS does with a pasted link.
 */
import { extract, hasProvider } from '@extractus/oembed-extractor';
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseURL');
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=2';
const SEED_PAGE = `${base}/?${SEED}`;
/** The nb tagline: the seed has no title of its own. */
const TAGLINE = 'Sjekk regnestykket bak et publisert helseøkonomisk tall';

function oembed(url: string, extra = '') {
	return fetch(`${base}/oembed?url=${encodeURIComponent(url)}${extra}`);
}

describe('GET /oembed', () => {
	it('answers the seed page with a rich oEmbed of its embed', async () => {
		const response = await oembed(SEED_PAGE);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('cache-control')).toBe('public, max-age=3600, s-maxage=86400');
		expect(await response.json()).toEqual({
			version: '1.0',
			type: 'rich',
			provider_name: 'Overslag',
			provider_url: `${base}/`,
			title: TAGLINE,
			html:
				`<iframe src="${base}/embed?pop=150000&amp;s1=0.1&amp;ben=250000` +
				'&amp;c1=benefit_saving:approx:3750000000:3&amp;c2=gross_effect:gt:4000000000&amp;v=2"' +
				` title="${TAGLINE}" width="640" height="480" loading="lazy" frameborder="0"` +
				' style="border:0;max-width:100%"></iframe>',
			width: 640,
			height: 480,
			thumbnail_url: `${base}/og.png?${SEED}`,
			thumbnail_width: 1200,
			thumbnail_height: 630,
			cache_age: 86400
		});
	});

	it('fits maxwidth=300, and answers format=json like no format', async () => {
		const response = await oembed(SEED_PAGE, '&maxwidth=300&format=json');
		expect(response.status).toBe(200);
		const body = await response.json();
		expect([body.width, body.height]).toEqual([300, 480]);
		expect(body.html).toContain(' width="300" height="480" ');
	});

	it('ignores a maxheight that is no positive whole number', async () => {
		const body = await (await oembed(SEED_PAGE, '&maxheight=-5&maxwidth=abc')).json();
		expect([body.width, body.height]).toEqual([640, 480]);
	});

	it('gives the iframe of a titled scenario that title, escaped', async () => {
		const title = '"><script>alert(1)</script>';
		const page = `${base}/embed?pop=10&title=${encodeURIComponent(title)}&v=2`;
		const body = await (await oembed(page)).json();
		expect(body.title).toBe(title);
		expect(body.html).not.toContain('<script');
		expect(body.html).toContain(' title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" ');
	});

	it.each([
		['another origin', `https://example.com/?${SEED}`],
		['another page', `${base}/method?${SEED}`],
		['an invalid scenario', `${base}/?pop=abc`],
		['no scenario', `${base}/`]
	])('answers 404 with a JSON error for %s', async (_what, url) => {
		const response = await oembed(url);
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=3600');
		expect(typeof (await response.json()).error).toBe('string');
	});

	it('answers 404 without a url', async () => {
		const response = await fetch(`${base}/oembed`);
		expect(response.status).toBe(404);
	});

	it('answers format=xml with 501', async () => {
		const response = await oembed(SEED_PAGE, '&format=xml');
		expect(response.status).toBe(501);
		expect(response.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=3600');
		expect((await response.json()).error).toBe('Only format=json is implemented.');
	});
});

describe('an oEmbed client (@extractus/oembed-extractor)', () => {
	it('finds the endpoint from the page and reads it, as a CMS does with a pasted link', async () => {
		// No provider list knows a local server, so the client must discover the endpoint from
		// the page's <link rel="alternate" type="application/json+oembed">.
		expect(hasProvider(SEED_PAGE)).toBe(false);
		const data = await extract(SEED_PAGE, { maxwidth: 300 });
		expect(data).toMatchObject({
			method: 'auto-discovery',
			version: '1.0',
			type: 'rich',
			provider_name: 'Overslag',
			title: TAGLINE,
			width: 300,
			height: 480,
			thumbnail_url: `${base}/og.png?${SEED}`
		});
		expect(data.html).toContain(`<iframe src="${base}/embed?pop=150000&amp;s1=0.1&amp;`);
	});
});
