/**
 * The page in Debian's Chromium: what a reader sees, with JavaScript on and off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';

const base = inject('baseURL');
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A page that records console errors (CSP violations show up there) and dialogs. */
async function open(url: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page: Page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(String(error)));
	page.on('dialog', async (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	const response = await page.goto(url, { waitUntil: 'networkidle' });
	return { page, problems, response, close: () => context.close() };
}

describe('the seed scenario in Chromium', () => {
	it.each([true, false])('shows 3 750 000 000 kr and the verdicts (JavaScript %s)', async (js) => {
		const { page, problems, close } = await open(`${base}/?${SEED}`, js);
		const saving = page.locator('[data-result="benefit_saving"]');
		expect(await saving.textContent()).toBe('3\u00a0750\u00a0000\u00a0000\u00a0kr');
		expect(await page.locator('[data-claim="c1"] strong').textContent()).toBe('holder');
		expect(await page.locator('[data-claim="c2"] strong').textContent()).toBe('holder ikke');
		const implied = await page.locator('[data-claim="c2"] .implied').textContent();
		expect(implied).toContain('16\u00a0666,67\u00a0kr');
		expect(await page.locator('#step-helped td').first().textContent()).toBe('pop × s1');
		// all of its CSS is in the page: no stylesheet is fetched and applied while it comes alive
		expect(await page.locator('link[rel="stylesheet"]:not([disabled])').count()).toBe(0);
		expect(problems).toEqual([]);
		await close();
	});

	it('writes English with lang=en', async () => {
		const { page, close } = await open(`${base}/?${SEED.replace('&v=1', '&lang=en&v=1')}`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('[data-result="benefit_saving"]').textContent()).toBe(
			'NOK\u00a03,750,000,000'
		);
		await close();
	});
});

describe('markup in the URL', () => {
	it('runs nothing and shows the text as written', async () => {
		const title = '<img src=x onerror=alert(1)>';
		const url = `${base}/?pop=10&l1=${encodeURIComponent('<script>alert(2)</script>')}&title=${encodeURIComponent(title)}&v=1`;
		const { page, problems, close } = await open(url);
		expect(await page.locator('h1').textContent()).toBe(title);
		expect(await page.locator('h1 img').count()).toBe(0);
		expect(problems).toEqual([]);
		await close();
	});
});

describe('bad input on the page', () => {
	it('shows the message and keeps every value the URL held', async () => {
		const { page, response, close } = await open(`${base}/?pop=150000&s1=1.5&ben=250000`);
		expect(response?.status()).toBe(400);
		const alert = await page.getByRole('alert').textContent();
		expect(alert).toContain('(s1)');
		expect(await page.locator('input[name="pop"]').inputValue()).toBe('150\u00a0000');
		expect(await page.locator('input[name="s1"]').inputValue()).toBe('150\u00a0%');
		expect(await page.locator('input[name="ben"]').inputValue()).toBe('250\u00a0000');
		await close();
	});

	it('keeps text that is not a number as typed', async () => {
		const { page, response, close } = await open(`${base}/?pop=150000&ben=mye`);
		expect(response?.status()).toBe(400);
		expect(await page.locator('input[name="ben"]').inputValue()).toBe('mye');
		expect(await page.locator('input[name="pop"]').inputValue()).toBe('150\u00a0000');
		await close();
	});
});
