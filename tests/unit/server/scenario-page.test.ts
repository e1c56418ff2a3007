/**
 * The scenario page's server load, as a careless user and an attacker reach it: a form sent
 * without JavaScript, a malformed or overlong query, the embed's own keys. The query is read
 * once; each of these must still end where it did when it was read several times.
 */
import { isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { loadScenarioPage } from '$lib/server/scenario-page';

interface Loaded {
	status?: number;
	headers: Record<string, string>;
	page?: Awaited<ReturnType<typeof loadScenarioPage>>;
	redirect?: { status: number; location: string };
}

async function load(path: string, keep: readonly string[] = [], method = 'GET'): Promise<Loaded> {
	const url = new URL(path, 'http://localhost');
	const locals: { status?: number } = {};
	const headers: Record<string, string> = {};
	try {
		const page = await loadScenarioPage(
			{
				url,
				locals,
				request: new Request(url, { method }),
				setHeaders: (set: Record<string, string>) => Object.assign(headers, set)
			} as Parameters<typeof loadScenarioPage>[0],
			keep
		);
		return { status: locals.status, headers, page };
	} catch (thrown) {
		if (isRedirect(thrown)) return { headers, redirect: thrown };
		throw thrown;
	}
}

describe('loadScenarioPage', () => {
	it('redirects a form sent without JavaScript to its canonical address', async () => {
		expect((await load('/?pop=150+000&s1=10+%25&ben=250+000+kr&v=2')).redirect).toEqual({
			status: 303,
			location: '/?pop=150000&s1=0.1&ben=250000&v=2'
		});
	});

	it('adds a claim typed in the editor and keeps the embed’s own keys after the scenario', async () => {
		const loaded = await load(
			'/embed?view=headline&pop=150000&s1=0.1&ben=250000&claim=over+4+mrd.&claim_metric=benefit_saving&v=2',
			['view', 'theme']
		);
		expect(loaded.redirect).toEqual({
			status: 303,
			location:
				'/embed?pop=150000&s1=0.1&ben=250000&c1=benefit_saving:gt:4000000000&v=2&view=headline'
		});
	});

	it('computes a canonical address, without redirect', async () => {
		const { page, status } = await load('/?pop=150000&s1=0.1&ben=250000&v=2');
		expect(status).toBeUndefined();
		expect(page?.canonical).toBe('pop=150000&s1=0.1&ben=250000&v=2');
		expect(page?.reading.report?.results.benefit_saving).toBe('3750000000');
	});

	it('answers a malformed query with 400, reading nothing in it as a form', async () => {
		// pop cannot be decoded; s1 is not read as a form's "10 %" in a query that is broken
		const { page, status, redirect } = await load('/?pop=%E0%A4%A&s1=10%25&v=2');
		expect(redirect).toBeUndefined();
		expect(status).toBe(400);
		expect(page?.errors.map((error) => error.key)).toEqual(['pop', 's1']);
	});

	it('answers a query over 8 000 characters with 400 on the query as a whole', async () => {
		const { page, status } = await load(`/?pop=1&title=${'x'.repeat(8000)}&v=2`);
		expect(status).toBe(400);
		expect(page?.errors.map((error) => error.key)).toEqual(['query']);
	});

	it('answers a repeated key with 400 naming it, and keeps the rest of the scenario on screen', async () => {
		const { page, status } = await load('/?pop=150000&title=a&title=b&s1=0.1&v=2');
		expect(status).toBe(400);
		expect(page?.errors.map((error) => error.key)).toEqual(['title']);
		expect(page?.fields.pop).toBe('150\u00a0000');
		expect(page?.fields.s1).toBe('10\u00a0%');
	});

	// A range collapsed to its base (LOW = BASE = HIGH) gives every draw the point estimate:
	// 150 000 × 10 % × 250 000 kr = 3 750 000 000 kr.
	const COLLAPSED = 'pop=150000&s1=0.1:0.1:0.1&ben=250000&v=3';
	const POINT = { mean: '3750000000', median: '3750000000', p5: '3750000000', p95: '3750000000' };

	it('simulates the ranges of a scenario for the page', async () => {
		const { page, status } = await load(`/?${COLLAPSED}`);
		expect(status).toBeUndefined();
		const uncertainty = page?.reading.report?.uncertainty;
		expect(uncertainty && 'results' in uncertainty && uncertainty.results.benefit_saving).toEqual(
			POINT
		);
	});

	it('simulates them too beside a claim the editor could not add', async () => {
		const { page, status } = await load(`/?${COLLAPSED}&claim=mange&claim_metric=benefit_saving`);
		expect(status).toBe(400);
		expect(page?.claimDraft?.text).toBe('mange');
		const uncertainty = page?.reading.report?.uncertainty;
		expect(uncertainty && 'results' in uncertainty && uncertainty.results.benefit_saving).toEqual(
			POINT
		);
	});
});
