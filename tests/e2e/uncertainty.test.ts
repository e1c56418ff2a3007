/**
 * Ranges on the page: the server renders the intervals of a ranged URL into the HTML, the
 * browser simulates a range typed into the form in a web worker, and both give the same
 * intervals for the same URL (the worker's whole answer is Node's).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import '../../src/lib/i18n/all-locales';
import { uncertaintyOfQuery } from '../../src/lib/report/uncertainty';
import { launchBrowser } from './browser';

const base = inject('baseURL');
const RANGED =
	'pop=150000&s1=0.1:0.05:0.15&ben=250000:200000:300000&c1=benefit_saving:gt:3000000000&v=2';
const HEADLINE = '.headline .lead';
const SECTION = 'section.uncertainty';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function newPage(javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled });
	return context.newPage();
}

describe('a URL with ranges, as the server renders it', () => {
	it('gives the headline its 90 % interval, each key figure its interval, and the tornado', async () => {
		const html = await (await fetch(`${base}/?${RANGED}&lang=en`)).text();
		expect(html).toMatch(
			/save NOK\u00a03\.75\u00a0billion \(90% interval NOK\u00a0[\d.]+\u00a0billion–NOK\u00a0[\d.]+\u00a0billion\)/
		);
		expect(html).toContain('Uncertainty');
		expect(html).toContain('10,000 draws (seed 1).');
		expect(html).toMatch(
			/“Benefits no longer paid over NOK\u00a03,000,000,000” holds in [\d.]+% of draws\./
		);
		// The tornado's table, exact: 150 000 × 0.05 × 250 000 … × 0.15 …
		expect(html).toContain('NOK\u00a01,875,000,000');
		expect(html).toContain('NOK\u00a05,625,000,000');
	});

	it('reads the same without JavaScript', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/?${RANGED}`);
		await expect.poll(() => page.locator(HEADLINE).textContent()).toContain('90\u00a0% intervall');
		expect(
			await page
				.locator(`${SECTION} [data-result="benefit_saving"] [data-column="interval"]`)
				.textContent()
		).toMatch(/^[\d,]+\u00a0mrd\.\u00a0kr–[\d,]+\u00a0mrd\.\u00a0kr$/);
		await page.close();
	});

	it('keeps n and seed when the form is sent without JavaScript', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/?pop=150000&s1=0.1:0.05:0.15&ben=250000&n=2000&seed=7&v=2`);
		await page.locator('input[name="ben"]').fill('260 000');
		await Promise.all([
			page.waitForURL(/ben=260000/),
			page.getByRole('button', { name: 'Regn ut' }).click()
		]);
		expect(page.url()).toContain('&n=2000&seed=7&v=2');
		expect(await page.locator(SECTION).textContent()).toContain('2 000 trekninger (frø 7)');
		await page.close();
	});

	it('names the field whose range no distribution fits, and keeps the figures', async () => {
		const html = await (
			await fetch(`${base}/?pop=150000&s1=0.1:0.1:0.10000000000000002&ben=250000&v=2`)
		).text();
		expect(html).toContain(
			'Trakt-steg 1 (s1): Overslag finner ingen fordeling med 0.1 og 0.10000000000000002'
		);
		expect(html).toContain(
			'15\u00a0000 personer tilbake i arbeid sparer 3,75\u00a0mrd.\u00a0kr i trygdeytelser'
		);
	});
});

describe('a range typed on the page', () => {
	it('is simulated in a web worker, and the URL it writes gives the server the same intervals', async () => {
		const page = await newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=2`);
		await expect.poll(() => page.locator(HEADLINE).textContent()).not.toContain('intervall');

		const field = page.locator('input[name="s1"]');
		await field.click();
		await field.fill('');
		await field.pressSequentially('10 % (5–20 %)');

		await expect.poll(() => page.locator(HEADLINE).textContent()).toContain('90\u00a0% intervall');
		const interval = page.locator(
			`${SECTION} [data-result="benefit_saving"] [data-column="interval"]`
		);
		const inBrowser = await interval.textContent();
		expect(workers.some((url) => url.includes('simulation.worker'))).toBe(true);
		await expect.poll(() => page.url()).toContain('s1=0.1:0.05:0.2');

		// The worker's whole answer for that URL is Node's, character for character: the mean,
		// median, 5th and 95th percentile of every result as the product writes them (six
		// significant digits), P(pv_net > 0) and the tornado.
		const query = new URL(page.url()).search.slice(1);
		const workerUrl = workers.find((url) => url.includes('simulation.worker'))!;
		const inChromium = await page.evaluate(
			([url, request]) =>
				new Promise((resolve) => {
					const worker = new Worker(url, { type: 'module' });
					worker.addEventListener('message', (event) => resolve(JSON.stringify(event.data)));
					worker.postMessage(request);
				}),
			[workerUrl, { query, lang: 'nb' }] as const
		);
		expect(inChromium).toBe(
			JSON.stringify({ query, uncertainty: uncertaintyOfQuery(query, 'nb') })
		);

		const served = await newPage(false);
		await served.goto(page.url());
		expect(
			await served
				.locator(`${SECTION} [data-result="benefit_saving"] [data-column="interval"]`)
				.textContent()
		).toBe(inBrowser);
		expect(errors).toEqual([]);
		await served.close();
		await page.close();
	});
});

describe('scenario B beside A', () => {
	const B = 'pop=150000&s1=0.1&ben=250000&b_work=0.8&b_dead=0.3&v=2';

	it('is rendered by the server with what B changes and each difference', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/?${B}`);
		const section = page.locator('section.comparison');
		await expect
			.poll(() => section.locator('p').textContent())
			.toBe('B er A med: Stillingsandel (work) 80\u00a0%, Dødvekt (dead) 30\u00a0%.');
		// 15 000 × 0.7 × 250 000 × 0.8 = 2 100 000 000, 1 650 000 000 less than A.
		const saving = section.locator('[data-result="benefit_saving"]');
		expect(await saving.locator('[data-column="b"]').textContent()).toBe('2,1\u00a0mrd.\u00a0kr');
		expect(await saving.locator('[data-column="difference"]').textContent()).toBe(
			'−1,65\u00a0mrd.\u00a0kr'
		);
		await page.close();
	});

	it('shows every column on a phone, each figure under its column’s name, nothing sideways', async () => {
		const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
		const page = await context.newPage();
		for (const [query, table] of [
			[RANGED, 'section.uncertainty'],
			[B, 'section.comparison']
		] as const) {
			await page.goto(`${base}/?${query}`);
			const region = page.locator(`${table} [role="region"]`).first();
			const { scrollWidth, clientWidth } = await region.evaluate((box) => ({
				scrollWidth: box.scrollWidth,
				clientWidth: box.clientWidth
			}));
			expect({ table, scrollWidth }).toEqual({ table, scrollWidth: clientWidth });
		}
		const cell = page.locator(
			'section.comparison [data-result="benefit_saving"] [data-column="difference"]'
		);
		const shown = await cell.evaluate((td) => ({
			heading: getComputedStyle(td, '::before').content,
			right: td.getBoundingClientRect().right
		}));
		expect(shown.heading).toMatch(/^"B − A"/);
		expect(shown.right).toBeLessThanOrEqual(320);
		// Still a table to a screen reader: its column headings, and each cell its figure alone.
		const tree = await page.locator('section.comparison [role="region"]').first().ariaSnapshot();
		expect(tree).toContain('- columnheader "B − A"');
		expect(tree).toContain(
			[
				'- row "Sparte trygdeytelser 3,75 mrd. kr 2,1 mrd. kr −1,65 mrd. kr":',
				'  - rowheader "Sparte trygdeytelser"',
				'  - cell "3,75 mrd. kr"',
				'  - cell "2,1 mrd. kr"',
				'  - cell "−1,65 mrd. kr"'
			]
				.map((line) => `      ${line}`)
				.join('\n')
		);
		await context.close();
	});

	it('keeps B when the form is edited with JavaScript', async () => {
		const page = await newPage();
		await page.goto(`${base}/?${B}`);
		const field = page.locator('input[name="ben"]');
		await field.click();
		await field.fill('260 000');
		await expect.poll(() => page.url()).toContain('ben=260000&b_work=0.8&b_dead=0.3');
		await expect
			.poll(() =>
				page
					.locator('section.comparison [data-result="benefit_saving"] [data-column="b"]')
					.textContent()
			)
			.toBe('2,18\u00a0mrd.\u00a0kr');
		await page.close();
	});
});

describe('the simulation’s draws and seed in the form', () => {
	it('has fields where the scenario has ranges, and keeps what is typed in them', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&lang=en&v=3`);
		expect(await page.locator('summary', { hasText: 'Simulation of ranges' }).count()).toBe(0);
		const share = page.locator('input[name="s1"]');
		await share.fill('10 % (5–15 %)');
		const summary = page.locator('summary', { hasText: 'Simulation of ranges' });
		await summary.click();
		const seed = page.locator('input[name="seed"]');
		await expect.poll(() => seed.inputValue()).toBe('1');
		await seed.fill('7');
		await expect.poll(() => page.url()).toContain('s1=0.1:0.05:0.15&ben=250000&seed=7&lang=en');
		await page.locator('input[name="n"]').fill('1 000');
		await expect.poll(() => page.url()).toContain('&n=1000&seed=7&');
		await page.close();
	});
});

describe('a range typed as BASE ± SPREAD', () => {
	it('is the range from BASE − SPREAD to BASE + SPREAD, and one that goes below 0 is named', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=3`);
		const field = page.locator('input[name="s1"]');
		await field.click();
		await field.fill('');
		await field.pressSequentially('10 % ± 5 %');
		await expect.poll(() => page.url()).toContain('s1=0.1:0.05:0.15&');
		await expect.poll(() => page.locator(HEADLINE).textContent()).toContain('90\u00a0% intervall');

		await field.fill('10 % ± 15 %');
		const error = page.locator('.field', { has: field }).locator('.error');
		await expect
			.poll(() => error.textContent())
			.toContain('«10 % ± 15 %» går under null (til −5\u00a0%)');
		// The figures of before stay on screen, said to be older.
		await expect.poll(() => page.locator('.stale').textContent()).toContain('(s1)');
		expect(await page.locator(HEADLINE).textContent()).toContain('3,75\u00a0mrd.\u00a0kr');
		await page.context().close();
	});
});

describe('scenario B edited in the form', () => {
	const A = 'pop=150000&s1=0.1&ben=250000&lang=en&v=3';
	const inB = (page: Page) =>
		page.locator('section.comparison [data-result="benefit_saving"] [data-column="b"]');

	it('gives B an input from A’s value, takes what is typed, and takes it out again', async () => {
		const page = await newPage();
		await page.goto(`${base}/?${A}`);
		await page.locator('summary', { hasText: 'Scenario B' }).click();
		await page.getByLabel('Change another value in B').selectOption('b_dead');
		await page.getByRole('button', { name: 'Add to B' }).click();
		const field = page.locator('input[name="b_dead"]');
		await expect.poll(() => field.inputValue()).toBe('0%');
		await field.fill('30 %');
		await expect.poll(() => page.url()).toContain('ben=250000&b_dead=0.3&lang=en');
		// 15 000 × 0.7 × 250 000 = 2 625 000 000 in B
		await expect.poll(() => inB(page).textContent()).toBe('NOK\u00a02.63\u00a0billion');
		await page.getByRole('button', { name: 'Remove from B: Deadweight in B (b_dead)' }).click();
		await expect.poll(() => page.url()).not.toContain('b_dead');
		expect(await page.locator('section.comparison').count()).toBe(0);
		await page.close();
	});

	it('adds an input to B in a form sent without JavaScript', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/?${A}`);
		await page.locator('summary', { hasText: 'Scenario B' }).click();
		await page.getByLabel('Change another value in B').selectOption('b_work');
		await page.getByRole('button', { name: 'Compute' }).click();
		await page.waitForLoadState();
		expect(page.url()).toContain('ben=250000&b_work=1&lang=en');
		const field = page.locator('input[name="b_work"]');
		await field.fill('80 %');
		await page.getByRole('button', { name: 'Compute' }).click();
		await page.waitForLoadState();
		expect(page.url()).toContain('ben=250000&b_work=0.8&lang=en');
		// 15 000 × 250 000 × 0.8 = 3 000 000 000 in B
		expect(await inB(page).textContent()).toBe('NOK\u00a03\u00a0billion');
		await page.close();
	});
});

describe('the chart of A and B', () => {
	it('is drawn once the reader scrolls to it, its figures also in a table', async () => {
		const page = await newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(String(error)));
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&b_dead=0.3&lang=en&v=3`, {
			waitUntil: 'networkidle'
		});
		const figure = page.locator('section.comparison figure');
		await figure.scrollIntoViewIfNeeded();
		const canvas = figure.locator('canvas');
		await expect.poll(() => canvas.isVisible()).toBe(true);
		expect((await canvas.boundingBox())?.width).toBeGreaterThan(200);
		// 15 000 × 70 % × 250 000 kr = 2 625 000 000 kr in B.
		expect(await figure.locator('table').textContent()).toContain('NOK\u00a02,625,000,000');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('honest adjustments in one click', () => {
	it('opens the calculator with them as B, each with its source', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&lang=en&v=2`);
		await page.getByRole('link', { name: 'See it with honest adjustments' }).click();
		await expect.poll(() => page.url()).toContain('ben=250000&b_btax=0.123&b_dead=0.72&lang=en');
		const section = page.locator('section.comparison');
		// 15 000 × (1 − 72 %) × 250 000 kr × (1 − 12.3 %) = 920 850 000 kr; the tax on 250 000 kr
		// is 30 683.2 kr, 12.3 % (norwegian-tax.test.ts).
		await expect
			.poll(() => section.locator('[data-result="gross_effect"] [data-column="b"]').textContent())
			.toBe('NOK\u00a0921\u00a0million');
		const sources = section.locator('.reference');
		expect(await sources.locator('dt').allTextContents()).toEqual([
			'Tax on benefits (btax)',
			'Deadweight (dead)'
		]);
		expect(await sources.nth(0).textContent()).toContain(
			'12.3% of NOK\u00a0250,000 (AAP is taxed as wage income)'
		);
		expect(await sources.nth(1).textContent()).toContain('Scand J Work Environ Health 2019');
		// what B's figures assume: of A's three warnings, only everyone's full-time return is left
		expect(await section.getByRole('heading', { name: "What B's figures assume" }).count()).toBe(1);
		expect(await section.locator('li[data-warning]').allTextContents()).toEqual([
			'The work fraction is 100%: the figure assumes that everyone returns full-time.'
		]);
		await page.close();
	});

	it('says so where B assumes none of what A’s figures assume', async () => {
		const query = 'pop=150000&s1=0.1&ben=250000&b_btax=0.123&b_dead=0.72&b_work=0.8&lang=en&v=3';
		const html = await (await fetch(`${base}/?${query}`)).text();
		const comparison = html.slice(html.indexOf('class="comparison'));
		expect(comparison).toContain('None of the assumptions listed for A applies to B.');
		expect(comparison).not.toContain('What B&#39;s figures assume');
		expect(comparison).not.toContain("What B's figures assume");
	});

	it('is offered on a published claim beside what the figure assumes', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/claims/utenfor-arbeid-150000?lang=en`);
		expect(
			await page
				.locator('[data-warning]')
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-warning')))
		).toEqual(['no_deadweight', 'benefit_gross_of_tax', 'full_time']);
		const link = page.getByRole('link', { name: 'See it with honest adjustments' });
		expect(await link.getAttribute('href')).toMatch(/b_btax=0\.123&b_dead=0\.72&lang=en&v=3$/);
		await page.close();
	});

	it('is offered on a response-only seed as its sources’ figures, which B computes', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/claims/ptsd-infusjon?lang=en`);
		expect(await page.locator('main').textContent()).toContain(
			'the figures B takes from the sources below, or works out from them, where the article gives another or none: Funnel step 1 (s1) 2.6% (Tidsskriftet / Helsetidsskriftet, 2025), Funnel step 2 (s2) 40%'
		);
		await page.getByRole('link', { name: 'See it with honest adjustments' }).click();
		expect(page.url()).toContain('b_s1=0.026&b_s2=0.4&b_dead=0.3');
		// 5 550 203 × 2.6 % × 40 % × 70 % = 40 405.47784 people who respond in B, shown whole.
		expect(
			await page
				.locator('section.comparison [data-result="helped"] [data-column="b"]')
				.textContent()
		).toBe('40,405');
		// No money is counted in A or B: no chart of empty bars below the table.
		expect(await page.locator('section.comparison figure').count()).toBe(0);
		// The calculator names B's sources as the claims page did.
		expect(await page.locator('section.comparison .corrections li').allTextContents()).toEqual([
			'Funnel step 1 (s1) 2.6% (Tidsskriftet / Helsetidsskriftet, 2025)',
			'Funnel step 2 (s2) 40% (Feder et al., Am J Psychiatry 2021 (reprinted in Focus 2023))',
			'Deadweight (dead) 30% (Feder et al., Am J Psychiatry 2021)'
		]);
		await page.close();
	});

	it('names a seed’s source in B only while A is its funnel and B holds its figure', async () => {
		const page = await newPage();
		const claims = await (await fetch(`${base}/claims/ptsd-infusjon?lang=en`)).text();
		const href = /href="([^"]*b_s1=0\.026[^"]*)"/.exec(claims)![1]!.replaceAll('&amp;', '&');
		await page.goto(new URL(href, `${base}/claims/ptsd-infusjon`).href);
		const sources = page.locator('section.comparison .corrections li');
		await expect.poll(() => sources.count()).toBe(3);
		// B's first step set to a figure of the reader's own: its source is no longer named.
		await page.locator('input[name="b_s1"]').fill('3 %');
		await expect
			.poll(() => sources.allTextContents())
			.toEqual([
				'Funnel step 2 (s2) 40% (Feder et al., Am J Psychiatry 2021 (reprinted in Focus 2023))',
				'Deadweight (dead) 30% (Feder et al., Am J Psychiatry 2021)'
			]);
		// A's population changed: no longer the funnel the sources measured.
		await page.locator('input[name="pop"]').fill('5 900 000');
		await expect.poll(() => sources.count()).toBe(0);
		// The embed of the same link names them too.
		const embed = new URL(href.replace('../?', '../embed?'), `${base}/claims/ptsd-infusjon`);
		expect(await (await fetch(embed)).text()).toContain(
			'Funnel step 1 (s1) 2.6% (Tidsskriftet / Helsetidsskriftet, 2025)'
		);
		await page.close();
	});
});

describe('warnings next to the figures they are about', () => {
	it('numbers them, and each key figure names and links those it rests on', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&years=3&lang=en&v=3`);
		const items = page.locator('section.warnings li');
		expect(await items.evaluateAll((list) => list.map((li) => li.id))).toEqual([
			'assumes-no_deadweight',
			'assumes-no_drop_off',
			'assumes-benefit_gross_of_tax',
			'assumes-full_time'
		]);
		const card = (id: string) => page.locator(`dl.figures div:has([data-result="${id}"])`);
		// The people helped rest on none of them; year 1's saving not on drop-off (2); the present
		// value over three years on all four.
		expect(await card('helped').locator('.assumes').count()).toBe(0);
		const numbers = async (id: string) => {
			const assumes = card(id).locator('.assumes');
			expect(await assumes.textContent()).toMatch(/^\s*Assumes:/);
			return assumes.getByRole('link').allTextContents();
		};
		expect(await numbers('benefit_saving')).toEqual(['1', '3', '4']);
		expect(await numbers('pv_net')).toEqual(['1', '2', '3', '4']);
		const pvNet = card('pv_net').locator('.assumes');
		const dropOff = pvNet.getByRole('link', { name: 'assumption 2', exact: true });
		// A screen reader hears the warning itself with its number (the list item describes it).
		expect(await dropOff.getAttribute('aria-describedby')).toBe('assumes-no_drop_off');
		expect((await page.locator('#assumes-no_drop_off').textContent())?.trim()).toBe(
			'Drop-off is 0% over 3 years: the figure assumes that no one falls out of work again.'
		);
		await dropOff.click();
		await expect.poll(() => page.url()).toMatch(/#assumes-no_drop_off$/);
		expect(await page.locator('#assumes-no_drop_off').textContent()).toContain('Drop-off is 0%');
		await page.close();
	});
});

describe('a discount schedule typed in the form', () => {
	it('discounts the years after 35 at Denmark’s 2.5 %, as the working shows', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=1&ben=1000000&years=38&disc=0.035&lang=en&v=2`);
		const field = page.locator('input[name="disc"]');
		await field.click();
		await field.fill('dk');
		await expect.poll(() => page.url()).toContain('years=38&disc=dk&lang=en');
		// The working (a part that comes alive later) as the server writes it for the new link.
		const html = await (await fetch(page.url())).text();
		expect(html.replace(/<[^>]+>/g, '')).toContain(
			'gross_effect@38 ÷ ((1 + disc)^35 × (1 + 0.025)^2)'
		);
		await page.close();
	});
});

describe('the cost of public funds typed in the form', () => {
	// helped 500, programme 40 000 000; public budgets gain 500 × 100 000 = 50 000 000 in benefits:
	// 0.2 × (40 000 000 − 50 000 000) = −2 000 000; net 0 − 40 000 000 + 2 000 000
	const SOCIETY = 'pop=1000&s1=0.5&ben=100000&cost=40000&success=0.5&persp=society&lang=en&v=3';

	it('counts it as a line of the working, and a cleared field counts none', async () => {
		const page = await newPage();
		await page.goto(`${base}/?${SOCIETY}`);
		const field = page.locator('input[name="mcpf"]');
		await field.fill('20 %');
		await expect.poll(() => page.url()).toContain('mcpf=0.2&persp=society');
		await expect
			.poll(async () =>
				(await page.locator('[data-result="net_effect"]').first().textContent())?.trim()
			)
			.toBe('-NOK\u00a038,000,000');
		const html = await (await fetch(page.url())).text();
		expect(html.replace(/<[^>]+>/g, '')).toContain(
			'mcpf × (programme_cost − net_benefit_saving − tax_gain − health_saving)'
		);
		await field.fill('');
		await expect.poll(() => page.url()).not.toContain('mcpf');
		await expect
			.poll(async () =>
				(await page.locator('[data-result="net_effect"]').first().textContent())?.trim()
			)
			.toBe('-NOK\u00a040,000,000');
		expect(await page.locator('[role="alert"]').count()).toBe(0);
		await page.close();
	});

	it('leaves a blank field out of a form sent without JavaScript', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/?${SOCIETY}`);
		await page.getByRole('button', { name: 'Compute' }).click();
		await page.waitForLoadState();
		expect(page.url()).not.toContain('mcpf');
		expect(await page.locator('.headline .lead').textContent()).toContain(
			'500 people back in work'
		);
		await page.close();
	});
});

describe('a funnel that ends in a response to treatment', () => {
	const V2 = 'pop=1000&s1=0.5&k1=response&ben=100000&lang=en&v=2';

	it('keeps a version-2 link’s figures, says what changed, and offers the current rules', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/?${V2}`);
		expect(await page.locator('.headline .lead').textContent()).toContain(
			'500 people respond to treatment. Only if all of them also return to work'
		);
		expect(await page.locator('.old-rules').textContent()).toContain(
			'never change. Version 3 counts nobody as back in work from a funnel that ends in a response to treatment with no step into work.'
		);
		await page.getByRole('link', { name: 'Compute by the current rules (version 3)' }).click();
		await expect.poll(() => page.url()).toContain('k1=response&ben=100000&lang=en&v=3');
		expect(await page.locator('.headline .lead').textContent()).toBe(
			'500 people respond to treatment. No saving is counted: no step says how many of them return to work.'
		);
		expect(
			(await page.locator('[data-result="benefit_saving"]').first().textContent())?.trim()
		).toBe('NOK\u00a00');
		await page.close();
	});

	it('lists every later version’s change on a version-1 link', async () => {
		const html = await (await fetch(`${base}/?pop=1&lang=en&v=1`)).text();
		expect(html).toContain(
			'never change. Version 2 reads an «about» claim the same way on both sides and gives no payback year when there is nothing to pay back. Version 3 counts'
		);
	});
});

describe('typing while 100 000 draws are simulated', () => {
	// Eight inputs ranged, 100 000 draws: a simulation takes the worker some 200 ms here. Benefit
	// saving is 150 000 × 0.1 × ben = 15 000 × ben.
	const BUSY =
		'pop=150000&s1=0.1:0.05:0.15&ben=250000&btax=0.123:0.1:0.15&wage=712440:600000:800000' +
		'&wtax=0.262:0.22:0.3&emp=0.141:0.12:0.16&health=20000:10000:30000' +
		'&cost=150000:100000:200000&success=0.5:0.3:0.7&n=100000&v=3';

	it('shows every keystroke’s figures by the next frame, and no task holds the page', async () => {
		const page = await newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${base}/?${BUSY}`);
		const field = page.locator('input[name="ben"]');
		const saving = async () =>
			(await page.locator('[data-result="benefit_saving"]').first().textContent())?.replace(
				/\D/g,
				''
			);
		const interval = page.locator(
			`${SECTION} [data-result="benefit_saving"] [data-column="interval"]`
		);
		// The first keystroke loads the calculation engine; the typing watched below comes after
		// its figures and its simulation (in kroner, no longer milliarder).
		await field.click();
		await field.fill('1');
		await expect.poll(saving).toBe('15000');
		await expect.poll(() => interval.textContent(), { timeout: 20_000 }).not.toContain('mrd.');
		await page.evaluate(() => {
			const long: number[] = [];
			(window as unknown as { longTasks: number[] }).longTasks = long;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) long.push(entry.duration);
			}).observe({ type: 'longtask' });
		});

		const type = async (typed: string, expected: string) => {
			await field.press(typed);
			// The frame after the keystroke's, then the figure is read.
			await page.evaluate(
				() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
			);
			expect(await saving()).toBe(expected);
		};
		await field.fill('');
		await type('2', '30000');
		await type('5', '375000');
		await type('0', '3750000');
		// A pause longer than the calculator's 150 ms: ben = 250 goes to the worker, and the
		// next keystrokes come while it simulates.
		await page.waitForTimeout(200);
		await type('0', '37500000');
		await type('0', '375000000');
		await type('0', '3750000000');
		// The last keystroke's simulation arrives (in milliarder), and no task on the page's thread
		// took 50 ms or more (the Long Tasks API's threshold) meanwhile.
		await expect.poll(() => interval.textContent(), { timeout: 20_000 }).toContain('mrd.');
		const longTasks = await page.evaluate(
			() => (window as unknown as { longTasks: number[] }).longTasks
		);
		expect(longTasks).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
