/**
 * The JSON API and the server-rendered page, over HTTP against the built server.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import '$lib/i18n/all-locales';
import { answerOf, calculate } from '$lib/report/calculate';
import { SEED_QUERY, WORST_RANGES_QUERY } from '../../bench/urls';

const base = inject('baseURL');
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000';

function api(query: string, init?: RequestInit) {
	return fetch(`${base}/api/v1/calc?${query}`, init);
}

function page(query: string) {
	return fetch(`${base}/?${query}`, { redirect: 'manual' });
}

describe('GET /api/v1/calc', () => {
	it('answers the seed: c1 holds, c2 does not, with the implied values', async () => {
		const response = await api(SEED);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
		const body = await response.json();
		expect(body.results.benefit_saving).toBe('3750000000');
		expect(body.claims[0].verdict).toBe('holds');
		expect(body.claims[1].verdict).toBe('does_not_hold');
		expect(body.claims[1].implied).toContainEqual({
			key: 'health',
			value: '16666.66666666666666666666666666666666667',
			direction: 'above'
		});
	});

	it('gives the headline, with its 90 % interval where ranges vary it', async () => {
		const plain = await (await api(SEED)).json();
		expect(plain.headline).toBe(
			'15\u00a0000 personer tilbake i arbeid sparer 3,75\u00a0mrd.\u00a0kr i trygdeytelser per år.'
		);
		const ranged = await (await api('pop=150000&s1=0.1:0.05:0.15&ben=250000&lang=en&v=3')).json();
		expect(ranged.headline).toMatch(
			/^15,000 people back in work save NOK\u00a03\.75\u00a0billion \(90% interval NOK\u00a0[\d.]+\u00a0billion–NOK\u00a0[\d.]+\u00a0billion\) in benefits per year\.$/
		);
	});

	it('adds the keys of DESIGN.md §5 for ranges and a scenario B', async () => {
		const body = await (await api('pop=1000&s1=0.1:0.05:0.15&ben=100000&b_dead=0.5&v=3')).json();
		// By hand: 1 000 × 0.05 × 100 000 and 1 000 × 0.15 × 100 000; B: 1 000 × 0.1 × 0.5 × 100 000.
		expect(body.tornado).toEqual([
			{
				key: 's1',
				metric: 'pv_net',
				range: { low: '0.05', high: '0.15' },
				low: '5000000',
				high: '15000000',
				swing: '10000000'
			}
		]);
		expect(body.probabilities).toEqual({ pv_net_positive: '1' });
		expect(Object.keys(body.intervals.pv_net)).toEqual(['mean', 'median', 'p5', 'p95']);
		expect(body.b.canonical).toBe('pop=1000&s1=0.1&ben=100000&dead=0.5&v=3');
		expect(body.b.results.pv_net).toBe('5000000');
		expect(body.b.difference.pv_net).toBe('-5000000');
		expect(body).not.toHaveProperty('uncertainty');
		expect(body).not.toHaveProperty('comparison');
	});

	it('answers HEAD like GET, without a body', async () => {
		const response = await api(SEED, { method: 'HEAD' });
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('');
	});

	it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405 and Allow', async (method) => {
		const response = await api('pop=1', { method });
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, HEAD');
		expect((await response.json()).errors[0].key).toBe('method');
	});

	it('takes only the canonical form: 150 000 with a space is a 400', async () => {
		const response = await api('pop=150+000');
		expect(response.status).toBe(400);
		expect((await response.json()).errors[0]).toMatchObject({ key: 'pop', value: '150 000' });
	});

	it('is never framed and allows nothing to run', async () => {
		const response = await api(SEED);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('content-security-policy')).toBe(
			"default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
		);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});
});

/** The table of bad input, through the API (400) and the page (400, still rendered). */
const BAD_INPUT: [string, string][] = [
	['pop=-1', 'pop'],
	['pop=abc', 'pop'],
	['pop=1e9999', 'pop'],
	['pop=NaN', 'pop'],
	['pop=Infinity', 'pop'],
	['pop=0x10', 'pop'],
	['pop=1_000', 'pop'],
	['pop=10&s1=1.5', 's1'],
	['pop=10&years=0', 'years'],
	['pop=10&years=1.5', 'years'],
	['pop=10&years=51', 'years'],
	['pop=10&success=0', 'success'],
	[`pop=10&title=${'x'.repeat(121)}`, 'title'],
	['pop=%E0%A4%A', 'pop'],
	['pop=1&pop=2', 'pop'],
	['pop=10&disc=0.5', 'disc'],
	['pop=10&persp=public', 'persp'],
	['pop=10&c1=helped:about:1', 'c1'],
	['pop=10&v=4', 'v'],
	[`pop=10&l1=${'y'.repeat(81)}`, 'l1']
];

describe.each(BAD_INPUT)('bad input %s', (query, key) => {
	it(`the API answers 400 with a message naming ${key}`, async () => {
		const response = await api(query);
		expect(response.status).toBe(400);
		const { errors } = await response.json();
		expect(errors.map((error: { key: string }) => error.key)).toContain(key);
		expect(errors.find((error: { key: string }) => error.key === key).message).toContain(
			`(${key})`
		);
	});

	it(`the page answers 400, still rendered, naming ${key}`, async () => {
		const response = await page(query);
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('<h1');
		expect(html).toContain(`(${key})`);
	});
});

describe('the simulation of ranges, run in a worker thread', () => {
	/** The costliest URL with ranges, moved by `n` people: a URL the server has not seen. */
	const costliest = (n: number) => WORST_RANGES_QUERY.replace('pop=150000', `pop=${150000 + n}`);

	it('gives the intervals, probabilities and tornado the same code gives in this process', async () => {
		const query = costliest(1);
		const answer = await (await api(query)).json();
		const outcome = calculate(query);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
		const here = answerOf(outcome);
		expect(Object.keys(answer.intervals)).toHaveLength(Object.keys(here.intervals!).length);
		expect([answer.intervals, answer.probabilities, answer.tornado]).toEqual([
			here.intervals,
			here.probabilities,
			here.tornado
		]);
		expect(answer.headline).toBe(here.headline);
	});

	it('answers a seed page while URLs with ranges sent before it are still simulated', async () => {
		const done: string[] = [];
		const finish = (name: string, response: Promise<Response>) =>
			response.then(async (answer) => {
				expect(answer.status).toBe(200);
				await answer.arrayBuffer();
				done.push(name);
			});
		// Three never-seen costliest URLs, about half a second of simulation each, then a seed page.
		const ranged = [2, 3, 4].map((n) => finish(`ranged ${n}`, api(costliest(n))));
		await new Promise((resolve) => setTimeout(resolve, 50));
		await finish('seed', page(SEED_QUERY.replace('pop=150000', 'pop=150005')));
		await Promise.all(ranged);
		// On the event loop, each simulation would hold the seed page until it was done: the
		// seed page would come last. In a worker, it comes before the third at the latest.
		expect(done).toHaveLength(4);
		expect(done.at(-1)).not.toBe('seed');
	});
});

describe('compression', () => {
	it.each([
		['the API', `/api/v1/calc?${SEED}`, 'application/json'],
		['a page', `/?${SEED}&v=1`, 'text/html']
	])('gzips %s for a client that accepts gzip, and not otherwise', async (_what, path, type) => {
		const gzipped = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
		expect(gzipped.status).toBe(200);
		expect(gzipped.headers.get('content-type')).toContain(type);
		expect(gzipped.headers.get('content-encoding')).toBe('gzip');
		expect(gzipped.headers.get('vary')).toContain('Accept-Encoding');
		// fetch unpacks it: the seed's benefit saving, 150 000 × 0.1 × 250 000
		expect(await gzipped.text()).toContain('3750000000');
		const plain = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toContain('3750000000');
	});
});

describe('GET /', () => {
	it('renders the scenario with its figures and trail on the server', async () => {
		const response = await page(`${SEED}&v=1`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('3\u00a0750\u00a0000\u00a0000\u00a0kr');
		expect(html).toContain('pop × s1');
		expect(html).toContain('holder ikke');
		expect(response.headers.get('cache-control')).toMatch(/^public/);
	});

	it('redirects (303) a form written the Norwegian way to the canonical URL', async () => {
		const response = await page('pop=150+000&s1=10+%25&ben=250+000+kr');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/?pop=150000&s1=0.1&ben=250000&v=1');
	});

	it('redirects a Danish form, where 150.000 is a hundred and fifty thousand', async () => {
		const response = await page('pop=150.000&s1=10+%25&ben=250.000+kr.&lang=da');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/?pop=150000&s1=0.1&ben=250000&lang=da&v=1');
	});

	it('takes a canonical address escaped the way a form would write it, without redirecting', async () => {
		// A client-side navigation loads with the query re-escaped: spaces as +, ( ) and : escaped.
		const canonical = `pop=150000&s1=0.1&l1=Andel%20i%20arbeid%20(antatt)&ben=250000&c1=helped:eq:15000&v=1`;
		const formEscaped = new URLSearchParams(canonical).toString();
		expect(formEscaped).not.toBe(canonical);
		const response = await page(formEscaped);
		expect(response.status).toBe(200);
		// and the data request of that navigation is no redirect to where it already is
		const data = await fetch(`${base}/__data.json?${formEscaped}&x-sveltekit-invalidated=011`);
		expect(await data.text()).not.toContain('"type":"redirect"');
	});

	it('renders an empty calculator without a scenario', async () => {
		const response = await page('');
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('Begynn med antall personer i målgruppen.');
		expect(html).toContain('Hva når behandling ikke virker');
	});

	it('shows markup from the URL as text, never as markup', async () => {
		const title = '<script>alert(1)</script>';
		const label = '<img src=x onerror=alert(1)>';
		const query = `pop=10&l1=${encodeURIComponent(label)}&title=${encodeURIComponent(title)}&v=1`;
		const response = await page(query);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).not.toContain(title);
		expect(html).not.toContain(label);
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
		const bad = await page(`pop=abc&title=${encodeURIComponent(title)}`);
		const badHtml = await bad.text();
		expect(badHtml).not.toContain(title);
		expect(badHtml).toContain('&lt;script>alert(1)&lt;/script>');
	});

	it('may not be framed, and carries a strict CSP', async () => {
		const response = await page(`${SEED}&v=1`);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("script-src 'self' 'sha256-");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).toContain("frame-ancestors 'none'");
	});

	it('inlines its CSS, allowed by the hash of exactly each style block', async () => {
		const html = await (await page(`${SEED}&v=1`)).text();
		// the page's CSS, and the one block of app.html that hides what needs JavaScript without it
		const blocks = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
		expect(blocks).toHaveLength(2);
		const hashes = blocks.map(
			(block) =>
				`'sha256-${createHash('sha256')
					.update(block ?? '')
					.digest('base64')}'`
		);
		const csp = (await page(`${SEED}&v=1`)).headers.get('content-security-policy') ?? '';
		const styleSrc = csp
			.split(';')
			.map((directive) => directive.trim())
			.find((directive) => directive.startsWith('style-src '));
		expect(styleSrc?.split(' ').sort()).toEqual(['style-src', "'self'", ...hashes].sort());
		expect(html).not.toMatch(/<link[^>]*rel="stylesheet"(?![^>]*disabled)/);
	});
});
