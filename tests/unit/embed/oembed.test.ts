import { describe, expect, it } from 'vitest';
import { oembedAnswer, oembedResponse, parseDimension } from '../../../src/lib/embed/oembed';
import { escapeAttribute } from '../../../src/lib/embed/snippet';

const ORIGIN = 'https://overslag.example';
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=2';

/** `/oembed`'s query for `url`, with any further pairs as written. */
function request(url: string, extra = ''): URLSearchParams {
	return new URLSearchParams(`url=${encodeURIComponent(url)}${extra}`);
}

describe('oembedResponse', () => {
	it('gives every field of a rich oEmbed 1.0 answer, 640 × 480 by default', () => {
		expect(
			oembedResponse({ origin: ORIGIN, canonical: 'pop=1&v=2', title: 'Mitt anslag' })
		).toEqual({
			version: '1.0',
			type: 'rich',
			provider_name: 'Overslag',
			provider_url: 'https://overslag.example/',
			title: 'Mitt anslag',
			html:
				'<iframe src="https://overslag.example/embed?pop=1&amp;v=2" title="Mitt anslag"' +
				' width="640" height="480" loading="lazy" frameborder="0"' +
				' style="border:0;max-width:100%"></iframe>',
			width: 640,
			height: 480,
			thumbnail_url: 'https://overslag.example/og.png?pop=1&v=2',
			thumbnail_width: 1200,
			thumbnail_height: 630,
			cache_age: 86400
		});
	});

	it.each([
		// [maxwidth, maxheight, width, height]
		[300, undefined, 300, 480],
		[undefined, 200, 640, 200],
		[300, 200, 300, 200],
		// a bound above the default leaves the default: oEmbed's are upper bounds, not sizes
		[1000, 900, 640, 480],
		[640, 480, 640, 480],
		[1, 1, 1, 1]
	])('clamps to maxwidth %s and maxheight %s: %s × %s', (maxwidth, maxheight, width, height) => {
		const answer = oembedResponse({
			origin: ORIGIN,
			canonical: 'pop=1',
			title: 'T',
			maxwidth,
			maxheight
		});
		expect([answer.width, answer.height]).toEqual([width, height]);
		expect(answer.html).toContain(` width="${width}" height="${height}" `);
	});

	it('makes a title that tries to break out of its attribute inert', () => {
		const answer = oembedResponse({
			origin: ORIGIN,
			canonical: 'pop=1',
			title: '"><script>alert(1)</script>'
		});
		expect(answer.title).toBe('"><script>alert(1)</script>');
		expect(answer.html).toBe(
			'<iframe src="https://overslag.example/embed?pop=1"' +
				' title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' +
				' width="640" height="480" loading="lazy" frameborder="0"' +
				' style="border:0;max-width:100%"></iframe>'
		);
		expect(answer.html).not.toContain('<script');
	});
});

describe('escapeAttribute', () => {
	it.each([
		['Tom & Jerry', 'Tom &amp; Jerry'],
		['"quoted"', '&quot;quoted&quot;'],
		["it's", 'it&#39;s'],
		['<b>', '&lt;b&gt;'],
		['&amp;', '&amp;amp;'],
		['150 000 kr – 10 %', '150 000 kr – 10 %'],
		['', '']
	])('%s → %s', (value, expected) => {
		expect(escapeAttribute(value)).toBe(expected);
	});
});

describe('parseDimension', () => {
	it.each([
		['300', 300],
		['1', 1],
		['0300', 300],
		['0', undefined],
		['-300', undefined],
		['300.5', undefined],
		['300px', undefined],
		[' 300', undefined],
		['1e3', undefined],
		['abc', undefined],
		['', undefined],
		[null, undefined]
	])('%s → %s', (value, expected) => {
		expect(parseDimension(value)).toBe(expected);
	});
});

describe('oembedAnswer', () => {
	it('answers the seed page with an iframe of its embed, titled with the nb tagline', () => {
		const answer = oembedAnswer(request(`${ORIGIN}/?${SEED}`), ORIGIN);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({
			title: 'Sjekk regnestykket bak et publisert helseøkonomisk tall',
			thumbnail_url:
				'https://overslag.example/og.png?pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=2'
		});
		expect(answer.body).toHaveProperty(
			'html',
			'<iframe src="https://overslag.example/embed?pop=150000&amp;s1=0.1&amp;ben=250000&amp;c1=benefit_saving:approx:3750000000:3&amp;c2=gross_effect:gt:4000000000&amp;v=2"' +
				' title="Sjekk regnestykket bak et publisert helseøkonomisk tall"' +
				' width="640" height="480" loading="lazy" frameborder="0"' +
				' style="border:0;max-width:100%"></iframe>'
		);
	});

	it("takes an embed URL, canonicalises it, keeps its language and leaves out the embed's keys", () => {
		const url = `${ORIGIN}/embed?lang=en&title=My%20estimate&pop=1.0&view=headline&theme=dark`;
		const answer = oembedAnswer(request(url, '&maxwidth=300&maxheight=big'), ORIGIN);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({
			title: 'My estimate',
			width: 300,
			height: 480,
			thumbnail_url: 'https://overslag.example/og.png?pop=1&title=My%20estimate&lang=en&v=1'
		});
		expect(answer.body).toHaveProperty(
			'html',
			expect.stringContaining(
				'src="https://overslag.example/embed?pop=1&amp;title=My%20estimate&amp;lang=en&amp;v=1"'
			)
		);
	});

	it('titles a scenario without a title with the tagline in its language', () => {
		const answer = oembedAnswer(request(`${ORIGIN}/?pop=1&lang=da&v=2`), ORIGIN);
		expect(answer.body).toHaveProperty(
			'title',
			'Tjek regnestykket bag et offentliggjort sundhedsøkonomisk tal'
		);
	});

	it('answers format=json like no format', () => {
		const answer = oembedAnswer(request(`${ORIGIN}/?${SEED}`, '&format=json'), ORIGIN);
		expect(answer.status).toBe(200);
	});

	it.each([
		['xml', `${ORIGIN}/?${SEED}`],
		['xml', 'https://elsewhere.example/'],
		['html', `${ORIGIN}/?${SEED}`]
	])('refuses format=%s with 501 (for %s)', (format, url) => {
		expect(oembedAnswer(request(url, `&format=${format}`), ORIGIN)).toEqual({
			status: 501,
			body: { error: 'Only format=json is implemented.' }
		});
	});

	it.each([
		[new URLSearchParams(''), 'No url given.'],
		[new URLSearchParams('url='), 'No url given.'],
		[request('/?pop=1'), 'The url is not an absolute URL.'],
		[request(`https://elsewhere.example/?${SEED}`), 'The url is not on https://overslag.example.'],
		[request(`http://overslag.example/?${SEED}`), 'The url is not on https://overslag.example.'],
		[
			request(`https://overslag.example:8443/?${SEED}`),
			'The url is not on https://overslag.example.'
		],
		[request(`${ORIGIN}/method?${SEED}`), 'The url is not a scenario page (/ or /embed).'],
		[request(`${ORIGIN}/api/v1/calc?${SEED}`), 'The url is not a scenario page (/ or /embed).'],
		[request(`${ORIGIN}/embed/?${SEED}`), 'The url is not a scenario page (/ or /embed).'],
		[request(`${ORIGIN}/?pop=abc`), 'The url holds no valid scenario.'],
		[request(`${ORIGIN}/`), 'The url holds no valid scenario.'],
		[request(`${ORIGIN}/?v=2`), 'The url holds no valid scenario.'],
		[request(`${ORIGIN}/?pop=150+000`), 'The url holds no valid scenario.']
	])('answers %s with 404: %s', (params, error) => {
		expect(oembedAnswer(params, ORIGIN)).toEqual({ status: 404, body: { error } });
	});
});
