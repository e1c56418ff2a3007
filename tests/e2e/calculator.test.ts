/**
 * The calculator as a journalist uses it: typing the published figures as written, in each
 * language, with JavaScript on and off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';

const base = inject('baseURL');
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

/** Types into the field named `key` as a person would: focus, select all, type. */
async function type(page: Page, key: string, text: string) {
	const field = page.locator(`input[name="${key}"]`);
	await field.click();
	await field.fill('');
	await field.pressSequentially(text);
}

const HEADLINE = '.headline .lead';

/** The headline once the English page's 15 000 people get NOK 265,657 each (the typical value). */
async function expectTypicalBenefitHeadline(page: Page) {
	// 15 000 × 265 657 = 3 984 855 000
	await expect
		.poll(() => page.locator(HEADLINE).textContent())
		.toContain('NOK\u00a03.98\u00a0billion');
}

/**
 * Holds back the page's scripts (or those `scripts` matches), so it stays as the server sent it
 * until `release` is called.
 */
async function holdScripts(
	page: Page,
	scripts: string | RegExp = '**/_app/immutable/**/*.js'
): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(scripts, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

describe.each([
	['nb', '', ['150 000', '10 %', '250 000 kr'], '3,75\u00a0mrd.\u00a0kr'],
	['da', '?lang=da', ['150.000', '10 %', '250.000 kr.'], '3,75\u00a0mia.'],
	['en', '?lang=en', ['150,000', '10%', 'NOK 250,000'], 'NOK\u00a03.75\u00a0billion']
] as const)('in %s, from an empty calculator', (_lang, search, [pop, share, benefit], expected) => {
	it(`typing ${pop}, ${share}, ${benefit} reproduces the seed claim`, async () => {
		const page = await newPage();
		await page.goto(`${base}/${search}`);
		await type(page, 'pop', pop);
		await type(page, 's1', share);
		await type(page, 'ben', benefit);
		await expect.poll(() => page.locator(HEADLINE).textContent()).toContain(expected);
		await page.context().close();
	});
});

describe('claims, reload, history and links', () => {
	it('checks "over 4 milliarder" and states the implied health saving', async () => {
		const page = await newPage();
		await page.goto(`${base}/`);
		await type(page, 'pop', '150 000');
		await type(page, 's1', '10 %');
		await type(page, 'ben', '250 000 kr');
		await page.getByLabel('Tallet slik det står').fill('over 4 milliarder');
		await page.getByLabel('Det gjelder').selectOption('gross_effect');
		await page.getByRole('button', { name: 'Sjekk', exact: true }).click();
		const claim = page.locator('[data-claim="c1"]');
		await expect.poll(() => claim.textContent()).toContain('holder ikke');
		expect(await claim.textContent()).toContain(
			'holder hvis Sparte helseutgifter per personår (health) er over 16\u00a0666,67\u00a0kr, med de andre tallene uendret'
		);

		// the form lists the claim in words, not as its URL value
		const listed = page.locator('form .claims li');
		await expect
			.poll(() => listed.textContent())
			.toContain('Brutto effekt over 4\u00a0000\u00a0000\u00a0000\u00a0kr');
		expect(await listed.textContent()).not.toContain('gross_effect:gt');

		// the address follows, so reload, history and a copied link bring the scenario back; a
		// scenario begun on a fresh page follows the current rules, v=3
		const canonical = 'pop=150000&s1=0.1&ben=250000&c1=gross_effect:gt:4000000000&v=3';
		await expect.poll(() => new URL(page.url()).search.slice(1)).toBe(canonical);
		await page.reload();
		expect(await page.locator(HEADLINE).textContent()).toContain('3,75\u00a0mrd.\u00a0kr');
		expect(await page.locator('[data-claim="c1"]').textContent()).toContain('holder ikke');

		await page.goto(`${base}/?lang=en`);
		await page.goBack();
		await expect.poll(() => new URL(page.url()).search.slice(1)).toBe(canonical);
		await expect.poll(() => page.locator('input[name="ben"]').inputValue()).toBe('250\u00a0000');
		await page.goForward();
		await expect.poll(() => new URL(page.url()).search.slice(1)).toBe('lang=en');
		await page.goBack();
		await expect
			.poll(() => page.locator(HEADLINE).textContent())
			.toContain('3,75\u00a0mrd.\u00a0kr');

		const link = await page.getByLabel('Lenke til dette scenarioet').inputValue();
		const other = await newPage();
		await other.goto(link);
		expect(await other.locator(HEADLINE).textContent()).toBe(
			await page.locator(HEADLINE).textContent()
		);
		await other.context().close();
		await page.context().close();
	});

	it('checks a claim about the result chosen for it', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`, { waitUntil: 'networkidle' });
		await page.getByLabel('Tallet slik det står').fill('over 3 milliarder');
		await page.getByLabel('Det gjelder').selectOption('benefit_saving');
		await page.getByRole('button', { name: 'Sjekk', exact: true }).click();
		await expect
			.poll(() => new URL(page.url()).searchParams.get('c1'))
			.toBe('benefit_saving:gt:3000000000');
		// the next claim is about the same result unless the reader chooses another
		expect(await page.getByLabel('Det gjelder').inputValue()).toBe('benefit_saving');
		await page.context().close();
	});

	it('switches language with what was typed, and writes the address back to the loaded one', async () => {
		const loaded = 'pop=150000&s1=0.1&ben=250000&v=1';
		const page = await newPage();
		await page.goto(`${base}/?${loaded}`, { waitUntil: 'networkidle' });
		await type(page, 'pop', '160 000');
		await expect.poll(() => new URL(page.url()).searchParams.get('pop')).toBe('160000');
		const english = page.locator('a[hreflang="en"]');
		expect(await english.getAttribute('href')).toBe('/?pop=160000&s1=0.1&ben=250000&lang=en&v=1');

		// typed back to the figures the page loaded with: the address follows all the same
		await type(page, 'pop', '150 000');
		await expect.poll(() => new URL(page.url()).search.slice(1)).toBe(loaded);
		await type(page, 'ben', '300 000');
		await expect.poll(() => new URL(page.url()).searchParams.get('ben')).toBe('300000');
		await Promise.all([page.waitForURL(/lang=en/), english.click()]);
		// 150 000 × 10 % × 300 000 kr = 4 500 000 000 kr
		expect(await page.locator(HEADLINE).textContent()).toContain('NOK\u00a04.5\u00a0billion');
		await page.context().close();
	});

	it('keeps the rest of the scenario when one value is invalid, and says why', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`);
		await type(page, 'ben', 'mye penger');
		// the figures of before stay, said to be older, and the field says why
		await expect.poll(() => page.locator('.stale').textContent()).toContain('(ben)');
		const error = page
			.locator('.field', { has: page.locator('input[name="ben"]') })
			.locator('.error');
		expect(await error.textContent()).toContain('«mye penger»');
		expect(await page.locator('input[name="ben"]').inputValue()).toBe('mye penger');
		expect(await page.locator('input[name="pop"]').inputValue()).toBe('150\u00a0000');
		expect(await page.locator('input[name="s1"]').inputValue()).toBe('10\u00a0%');
		await page.context().close();
	});
});

describe('typical values', () => {
	it('fills a field with the sourced value, written the English way on an English page', async () => {
		const page = await newPage();
		// Nothing comes alive before the reader shows intent (see Island): the press does it.
		await page.goto(`${base}/?pop=150000&s1=0.1&v=1&lang=en`, { waitUntil: 'networkidle' });
		const useBenefit = page.getByRole('button', { name: 'Use NOK\u00a0265,657' });
		expect(await useBenefit.getAttribute('aria-describedby')).toBeTruthy();
		await useBenefit.click();
		await expect.poll(() => page.locator('input[name="ben"]').inputValue()).toBe('265,657');
		await expectTypicalBenefitHeadline(page);
		await expect.poll(() => useBenefit.count()).toBe(0);
		await page.context().close();
	});

	it('brings the field’s island to life at the first press, before its turn', async () => {
		const page = await newPage();
		// The page's timers wait for the test: the islands never get their turn on their own.
		// Paused a second after the installed time: the installed clock ticks until paused, and
		// pausing at a moment it has already passed is an error.
		const now = new Date();
		await page.clock.install({ time: now });
		await page.clock.pauseAt(new Date(now.getTime() + 1000));
		await page.goto(`${base}/?pop=150000&s1=0.1&v=1&lang=en`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Use NOK\u00a0265,657' }).click();
		await expect.poll(() => page.locator('input[name="ben"]').inputValue()).toBe('265,657');
		await page.clock.runFor(2000);
		await expectTypicalBenefitHeadline(page);
		await page.context().close();
	});

	it('offers no kroner amount to a scenario counted in euros, and still offers shares', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&cur=EUR&v=1&lang=en`);
		await expect.poll(() => page.locator('input[name="btax"]').count()).toBe(1);
		expect(await page.getByRole('button', { name: /^Use .*265,657/ }).count()).toBe(0);
		expect(await page.getByRole('button', { name: /^Use \d+(\.\d+)?%$/ }).count()).toBeGreaterThan(
			0
		);
		await page.context().close();
	});
});

describe('loading', () => {
	it('keeps what was typed before the page came alive', async () => {
		const page = await newPage();
		const release = await holdScripts(page);
		await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
		await page.locator('input[name="pop"]').fill('150 000');
		await page.locator('input[name="s1"]').fill('10 %');
		await page.locator('input[name="ben"]').fill('250 000');
		release();
		await expect
			.poll(() => page.locator(HEADLINE).textContent(), { timeout: 15_000 })
			.toContain('3,75\u00a0mrd.\u00a0kr');
		expect(await page.locator('input[name="pop"]').inputValue()).toBe('150 000');
		await page.context().close();
	});

	/** decimal.js announces its errors with this prefix, so it is in every bundle that holds it. */
	const DECIMAL_JS = '[DecimalError]';

	it('loads no decimal.js until the reader points at the form, then computes in the browser', async () => {
		const page = await newPage();
		const scripts: Promise<string>[] = [];
		page.on('response', (response) => {
			if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
		});
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`, { waitUntil: 'networkidle' });
		// the server's figures are on the page; only the page's own code has loaded
		expect(await page.locator(HEADLINE).textContent()).toContain('3,75 mrd. kr');
		const before = await Promise.all(scripts);
		expect(before.length).toBeGreaterThan(0);
		expect(before.filter((body) => body.includes(DECIMAL_JS))).toEqual([]);

		// pointing at the form fetches the engine, before anything is focused or typed
		await page.locator('input[name="pop"]').hover();
		await expect
			.poll(async () => (await Promise.all(scripts)).some((body) => body.includes(DECIMAL_JS)))
			.toBe(true);
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

		// 160 000 × 10 % × 250 000 kr = 4 000 000 000 kr, computed in the browser
		await type(page, 'pop', '160 000');
		await expect.poll(() => page.locator(HEADLINE).textContent()).toContain('4 mrd. kr');
		await page.context().close();
	});

	it('fetches the engine when the focus that wakes the page is in a field, before any key', async () => {
		// a phone's screen, where no chart is near enough to wake the page on its own
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		const scripts: Promise<string>[] = [];
		page.on('response', (response) => {
			if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
		});
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => history.state)).toBe(null);
		// a keyboard reader's first act: the focus both wakes the page and is in the calculator
		await page.locator('input[name="pop"]').focus();
		await expect
			.poll(async () => (await Promise.all(scripts)).some((body) => body.includes(DECIMAL_JS)))
			.toBe(true);
		// nothing typed, and the reader is still where they were
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
			'pop'
		);
		await context.close();
	});

	it('leaves the server’s page as it is until the reader shows intent, then brings it to life', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`, { waitUntil: 'networkidle' });
		const islands = await page.locator('.island').count();
		expect(islands).toBeGreaterThan(5);
		expect(await page.locator('.island[data-alive]').count()).toBe(0);
		// nor has SvelteKit started: it notes its place in the history when it does
		expect(await page.evaluate(() => history.state)).toBe(null);
		// a pointer over the page, nothing pressed: every island comes alive
		await page.mouse.move(180, 300);
		await expect.poll(() => page.locator('.island[data-alive]').count()).toBe(islands);
		expect(await page.evaluate(() => history.state)).not.toBe(null);
		await context.close();
	});

	it('sets its text on a phone in four faces, each a synchronous font set-up as it loads', async () => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&c1=gross_effect:gt:4000000000&v=1`);
		const faces = await page.evaluate(() => {
			const found = new Set<string>();
			for (const element of document.querySelectorAll('body *')) {
				const text = [...element.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()
				);
				if (!text && !['INPUT', 'SELECT', 'BUTTON'].includes(element.tagName)) continue;
				if (!element.checkVisibility()) continue;
				const style = getComputedStyle(element);
				found.add(`${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
			}
			return [...found].sort();
		});
		// the form's 14, 16 and 16 bold px, and the titles' 20 bold px; the results and the
		// trail use the same (no monospace, no small bold)
		expect(faces, faces.join('; ')).toHaveLength(4);
		await context.close();
	});

	it('presses again a button pressed while the page was coming alive', async () => {
		const page = await newPage();
		// The page's own code (its route's chunk) is held back: SvelteKit has started, the page
		// has not hydrated yet.
		const release = await holdScripts(page, /\/nodes\/(?![01]\.)\d+\.[^/]*\.js$/);
		await page.goto(`${base}/?pop=150000&s1=0.1&v=1&lang=en`, { waitUntil: 'commit' });
		const useBenefit = page.getByRole('button', { name: 'Use NOK\u00a0265,657' });
		const box = await useBenefit.boundingBox();
		if (!box) throw new Error('no button to press');
		// the pointer moves over the page until SvelteKit has seen it and started
		let moves = 0;
		await expect
			.poll(async () => {
				moves += 1;
				await page.mouse.move(moves % 2 ? box.x + 5 : 1, moves % 2 ? box.y + 5 : 1);
				return page.evaluate(() => history.state !== null);
			})
			.toBe(true);
		await useBenefit.click();
		// still the server's page: the field shows its default, 0
		expect(await page.locator('input[name="ben"]').inputValue()).toBe('0');
		release();
		await expect.poll(() => page.locator('input[name="ben"]').inputValue()).toBe('265,657');
		await expectTypicalBenefitHeadline(page);
		await page.context().close();
	});

	it('keeps the selection the reader made in a field before it came alive', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`, { waitUntil: 'networkidle' });
		const population = page.locator('input[name="pop"]');
		await population.selectText();
		// Svelte tidies the server's fields at the next idle moment after they come alive
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
		await page.keyboard.press('2');
		expect(await population.inputValue()).toBe('2');
		await page.context().close();
	});

	it('brings the server’s results and fields to life in place, island by island', async () => {
		const page = await newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (['warning', 'error'].includes(message.type())) errors.push(message.text());
		});
		const release = await holdScripts(page);
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`, {
			waitUntil: 'domcontentloaded'
		});
		// The elements as the server sent them, before any script has run.
		await page.evaluate(() => {
			const held = window as unknown as Record<string, Element | null>;
			held.results = document.querySelector('.results');
			held.population = document.querySelector('input[name="pop"]');
			held.bar = document.querySelector('form .bar');
		});
		release();
		// 15 000 × 200 000 kr = 3 000 000 000 kr: every island is alive
		await type(page, 'ben', '200 000');
		await expect.poll(() => page.locator(HEADLINE).textContent()).toContain('3\u00a0mrd.\u00a0kr');
		await expect.poll(() => page.locator('form .bar').textContent()).toContain('3\u00a0mrd.');
		const kept = await page.evaluate(() => {
			const held = window as unknown as Record<string, Element | null>;
			return [
				held.results === document.querySelector('.results'),
				held.population === document.querySelector('input[name="pop"]'),
				held.bar === document.querySelector('form .bar')
			];
		});
		expect(kept).toEqual([true, true, true]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('offers the examples on the empty calculator only, and sends them to no other page', async () => {
		const title = 'Angstbehandling: hva gjør du når medisiner og terapi ikke hjelper nok?';
		const empty = await (await fetch(`${base}/`)).text();
		expect(empty).toContain('id="examples-heading"');
		expect(empty).toContain(title);
		// a scenario's page shows no examples, and its page data holds none either
		const scenario = await (await fetch(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`)).text();
		expect(scenario).toContain('data-result="benefit_saving"');
		expect(scenario).not.toContain('examples-heading');
		expect(scenario).not.toContain(title);
	});

	it('opens an example from the empty calculator without reloading, and it is alive', async () => {
		const page = await newPage();
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => Object.assign(window, { sameDocument: true }));
		// a reader's pointer reaches the page before it reaches a link: the page comes alive
		// (until then a link is a plain link, and opens its page from the server)
		await page.mouse.move(10, 10);
		await expect.poll(() => page.locator('.island:not([data-alive])').count()).toBe(0);
		await page.locator('section[aria-labelledby="examples-heading"] a').first().click();
		await expect.poll(() => page.locator('input[name="pop"]').inputValue()).not.toBe('');
		expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
		await expect.poll(() => page.locator(HEADLINE).count()).toBe(1);
		// the page built on navigation mounted its islands at once: form and results respond
		const before = await page.locator(HEADLINE).textContent();
		// 1 000 000 × 10 % = 100 000 helped
		await type(page, 'pop', '1 000 000');
		await expect.poll(() => page.locator(HEADLINE).textContent()).not.toBe(before);
		expect(await page.locator(HEADLINE).textContent()).toMatch(/^100\s000 /);
		await page.context().close();
	});
});

describe('folded groups', () => {
	const ADJUSTMENTS = 'Ærlige justeringer';
	const SCENARIO = `${base}/?pop=150000&s1=0.1&ben=250000&v=1`;

	it('builds a folded group’s fields when it is opened, and keeps it open when emptied', async () => {
		const page = await newPage();
		await page.goto(SCENARIO, { waitUntil: 'networkidle' });
		// folded and holding only defaults: nothing to build until the reader asks
		expect(await page.locator('input[name="drop"]').count()).toBe(0);
		await page.locator('summary', { hasText: ADJUSTMENTS }).click();
		await type(page, 'drop', '10 %');
		await expect.poll(() => new URL(page.url()).searchParams.get('drop')).toBe('0.1');
		// emptied, it is blank, not its default: the address keeps it blank and the group stays open
		await page.locator('input[name="drop"]').fill('');
		await expect.poll(() => new URL(page.url()).searchParams.get('drop')).toBe('');
		expect(await page.locator('input[name="drop"]').isVisible()).toBe(true);
		await page.context().close();
	});

	it('starts open, fields and all, when the address sets one of its values', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&years=3&v=1`, {
			waitUntil: 'networkidle'
		});
		const years = page.locator('input[name="years"]');
		expect(await years.isVisible()).toBe(true);
		expect(await years.inputValue()).toBe('3');
		await page.context().close();
	});

	it('keeps a group the reader opened before the page came alive', async () => {
		const page = await newPage();
		const release = await holdScripts(page);
		await page.goto(SCENARIO, { waitUntil: 'domcontentloaded' });
		await page.locator('summary', { hasText: ADJUSTMENTS }).click();
		release();
		const drop = page.locator('input[name="drop"]');
		await expect.poll(() => drop.isVisible(), { timeout: 15_000 }).toBe(true);
		await type(page, 'drop', '10 %');
		await expect.poll(() => new URL(page.url()).searchParams.get('drop')).toBe('0.1');
		await page.context().close();
	});

	it('shows the address’s currency, and counts in the one chosen', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&cur=EUR&v=1&lang=en`, {
			waitUntil: 'networkidle'
		});
		const currency = page.locator('select[name="cur"]');
		expect(await currency.inputValue()).toBe('EUR');
		// no pointer or focus comes first (as with autofill): the changed field alone brings the
		// results to life
		await currency.selectOption('SEK');
		await expect.poll(() => new URL(page.url()).searchParams.get('cur')).toBe('SEK');
		await expect.poll(() => page.locator(HEADLINE).textContent()).toContain('SEK');
		await currency.selectOption('NOK');
		await expect.poll(() => new URL(page.url()).searchParams.get('cur')).toBe(null);
		expect(await currency.inputValue()).toBe('NOK');
		await page.context().close();
	});

	it.each([true, false])(
		'spaces the perspective group’s fields like the others (JavaScript %s)',
		async (js) => {
			const page = await newPage(js);
			await page.goto(SCENARIO, { waitUntil: 'networkidle' });
			await page.locator('summary', { hasText: 'Perspektiv' }).click();
			const choices = await page
				.locator('fieldset', { has: page.locator('input[name="persp"]') })
				.boundingBox();
			const currency = await page.getByText('Valuta', { exact: true }).boundingBox();
			// the groups' fields stand 0.9rem (14.4 px) apart
			expect(currency && choices && currency.y - (choices.y + choices.height)).toBeGreaterThan(12);
			await page.context().close();
		}
	);

	it('opens, takes a value and submits it with JavaScript off', async () => {
		const page = await newPage(false);
		await page.goto(SCENARIO);
		await page.locator('summary', { hasText: ADJUSTMENTS }).click();
		await page.locator('input[name="drop"]').fill('10 %');
		await Promise.all([
			page.waitForURL(/drop=/),
			page.getByRole('button', { name: 'Regn ut' }).click()
		]);
		expect(new URL(page.url()).search).toBe('?pop=150000&s1=0.1&ben=250000&drop=0.1&v=1');
		expect(await page.locator('input[name="drop"]').inputValue()).toBe('10\u00a0%');
		await page.context().close();
	});
});

describe('charts', () => {
	it('draws both charts on a phone once the reader scrolls to them', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(String(error)));
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&years=3&disc=0.04&v=1`, {
			waitUntil: 'networkidle'
		});
		const canvases = page.locator('figure canvas');
		expect(await canvases.count()).toBe(2);
		for (const index of [0, 1]) {
			await page.locator('figure').nth(index).scrollIntoViewIfNeeded();
			await expect.poll(() => canvases.nth(index).isVisible()).toBe(true);
			const box = await canvases.nth(index).boundingBox();
			expect(box?.width).toBeGreaterThan(200);
		}
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('on a 360 px phone', () => {
	it('keeps the year-1 figures in view at the foot of the screen while the form is filled in', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=1`, { waitUntil: 'networkidle' });
		const bar = page.locator('form .bar');
		// 150 000 × 10 % × 250 000 kr = 3 750 000 000 kr gross and net (no programme cost)
		expect(await bar.textContent()).toContain(
			'Brutto effekt 3,75\u00a0mrd.\u00a0kr · netto 3,75\u00a0mrd.\u00a0kr'
		);
		const box = await bar.boundingBox();
		expect(box && box.y + box.height).toBeLessThanOrEqual(740);
		expect(box && box.y).toBeGreaterThan(600);
		await type(page, 'ben', '200 000');
		// 15 000 × 200 000 kr = 3 000 000 000 kr
		await expect.poll(() => bar.textContent()).toContain('Brutto effekt 3\u00a0mrd.\u00a0kr');
		await bar.getByRole('link').click();
		await expect
			.poll(async () => (await page.locator(HEADLINE).boundingBox())?.y ?? -1)
			.toBeGreaterThanOrEqual(0);
		expect((await page.locator(HEADLINE).boundingBox())?.y).toBeLessThan(740);
		await context.close();
	});

	it.each([
		`/?pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1`,
		'/?lang=da',
		'/claims?lang=en',
		'/claims/norway-reference',
		'/method?lang=da'
	])('%s fits the screen: nothing scrolls sideways', async (path) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await context.close();
	});
});

describe('key figures', () => {
	it.each([360, 1440])(
		'stay inside their cards at %i px, in English, in the tens of billions',
		async (width) => {
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			// 1 500 000 × 10 % × 250 000 kr = 37 500 000 000 kr, written NOK 37,500,000,000
			await page.goto(`${base}/?pop=1500000&s1=0.1&ben=250000&v=1&lang=en`, {
				waitUntil: 'networkidle'
			});
			const figures = page.locator('.figures dd');
			expect(await figures.count()).toBeGreaterThan(3);
			expect(await page.locator('.figures [data-result="gross_effect"]').textContent()).toContain(
				'NOK\u00a037,500,000,000'
			);
			const spilling = await figures.evaluateAll((cells) =>
				cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent)
			);
			expect(spilling).toEqual([]);
			await context.close();
		}
	);
});

describe('with JavaScript off', () => {
	it('submits the form and shows the same results', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/`);
		await page.locator('input[name="pop"]').fill('150 000');
		await page.locator('input[name="s1"]').fill('10 %');
		await page.locator('input[name="ben"]').fill('250 000 kr');
		await Promise.all([
			page.waitForURL(/ben=250000/),
			page.getByRole('button', { name: 'Regn ut' }).click()
		]);
		expect(new URL(page.url()).search).toBe('?pop=150000&s1=0.1&ben=250000&v=3');
		expect(await page.locator(HEADLINE).textContent()).toContain('3,75\u00a0mrd.\u00a0kr');
		expect(await page.locator('[data-result="benefit_saving"]').textContent()).toBe(
			'3\u00a0750\u00a0000\u00a0000\u00a0kr'
		);
		await page.context().close();
	});
});
