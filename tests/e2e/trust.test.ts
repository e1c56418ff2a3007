/**
 * A blank field never means a number the user did not type, and every message speaks the
 * reader's own units and grammar: the calculator tried as a careless reader would, with
 * JavaScript on and off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';

const base = inject('baseURL');
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=2';
const HEADLINE = '.headline .lead';
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

/** The message under field `key`, or null. */
async function fieldError(page: Page, key: string): Promise<string | null> {
	const field = page.locator('.field', { has: page.locator(`input[name="${key}"]`) });
	const error = field.locator('.error');
	return (await error.count()) === 0 ? null : error.textContent();
}

async function retype(page: Page, key: string, text: string) {
	const field = page.locator(`input[name="${key}"]`);
	await field.click();
	await field.fill('');
	if (text !== '') await field.pressSequentially(text);
}

describe('a cleared field', () => {
	it('keeps the figures it had, says they are out of date, and marks the field', async () => {
		const page = await newPage();
		await page.goto(`${base}/?${SEED}`, { waitUntil: 'networkidle' });
		await retype(page, 's1', '');
		await expect
			.poll(() => fieldError(page, 's1'))
			.toBe('Trakt-steg 1 (s1) er tomt. Skriv et tall; standard er 100\u00a0%.');
		// not 150 000 × 100 % × 250 000 = 37,5 mrd.: the figures of 10 % stay, marked as older
		expect(await page.locator(HEADLINE).textContent()).toContain('15\u00a0000 personer');
		expect(await page.locator('.stale').textContent()).toContain('Trakt-steg 1 (s1)');
		expect(await page.locator('[data-claim="c1"]').textContent()).toContain('holder');
		await expect.poll(() => new URL(page.url()).searchParams.get('s1')).toBe('');
		await page.context().close();
	});

	it('sent without JavaScript is not dropped by a redirect: 400, marked, the rest kept', async () => {
		const page = await newPage(false);
		const response = await page.goto(`${base}/?pop=150+000&s1=&ben=250+000`);
		expect(response?.status()).toBe(400);
		expect(new URL(page.url()).search).toBe('?pop=150+000&s1=&ben=250+000');
		expect(await fieldError(page, 's1')).toContain('er tomt');
		// every value as the reader wrote it
		expect(await page.locator('input[name="pop"]').inputValue()).toBe('150 000');
		expect(await page.locator('input[name="ben"]').inputValue()).toBe('250 000');
		await page.context().close();
	});
});

describe('an empty calculator', () => {
	it('shows its defaults as text and asks for nothing before the reader has done anything', async () => {
		const page = await newPage();
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		expect(await fieldError(page, 'pop')).toBeNull();
		expect(await page.locator('input[name="work"]').inputValue()).toBe('100\u00a0%');
		expect(await page.locator('input[name="ben"]').inputValue()).toBe('0');
		// once typed in and emptied, the population says it is needed
		await retype(page, 'pop', '5');
		await retype(page, 'pop', '');
		await expect.poll(() => fieldError(page, 'pop')).toContain('er tomt');
		await page.context().close();
	});
});

describe('messages in the reader’s units', () => {
	it.each([
		['s1', '110 %', 'Trakt-steg 1 (s1): 110\u00a0% er over 100\u00a0%.'],
		['disc', '25 %', 'Diskonteringsrente (disc): 25\u00a0% er over 20\u00a0%.'],
		['years', '2,5', 'Tidshorisont i år (years): 2,5 er ikke et helt antall år.']
	])('%s = %s', async (key, text, message) => {
		const page = await newPage();
		await page.goto(`${base}/?pop=100&years=2&disc=0.04&v=2`, { waitUntil: 'networkidle' });
		await retype(page, key, text);
		await expect.poll(() => fieldError(page, key)).toContain(message);
		await page.context().close();
	});
});

describe('a title over 120 characters', () => {
	it('keeps every figure and marks the field, which takes no more than 120 as typed', async () => {
		const page = await newPage();
		const title = encodeURIComponent('x'.repeat(121));
		const response = await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&title=${title}&v=2`);
		expect(response?.status()).toBe(400);
		expect(await page.locator(HEADLINE).textContent()).toContain('3,75\u00a0mrd.\u00a0kr');
		expect(await fieldError(page, 'title')).toContain('121');
		expect(await page.locator('input[name="title"]').getAttribute('maxlength')).toBe('120');
		await page.context().close();
	});
});

describe('people', () => {
	it('one person is a person, in every language', async () => {
		const page = await newPage();
		for (const [search, text] of [
			['', '1 person tilbake i arbeid sparer'],
			['&lang=da', '1 person tilbage i arbejde sparer'],
			['&lang=en', '1 person back in work saves']
		]) {
			await page.goto(`${base}/?pop=1&ben=1000&v=2${search}`);
			expect(await page.locator(HEADLINE).textContent()).toContain(text);
		}
		await page.context().close();
	});

	it('are whole in the headline and the key figures, exact in the trail', async () => {
		// 5 550 203 × 15 % × 35 % × 60 % = 174 831,3945
		const page = await newPage();
		await page.goto(`${base}/?pop=5550203&s1=0.15&s2=0.35&s3=0.6&v=2`);
		expect(await page.locator(HEADLINE).textContent()).toContain('174\u00a0831 personer');
		expect(await page.locator('[data-result="helped"]').textContent()).toContain('174\u00a0831');
		expect(await page.locator('#step-helped td.num').textContent()).toContain('174\u00a0831,39');
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it('a claim typed in the editor is not lost on «Regn ut»: it is checked', async () => {
		const page = await newPage(false);
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=2`);
		await page.getByLabel('Tallet slik det står').fill('over 4 milliarder');
		await page.getByLabel('Det gjelder').selectOption('gross_effect');
		await Promise.all([
			page.waitForURL(/c1=/),
			page.getByRole('button', { name: 'Regn ut' }).click()
		]);
		expect(new URL(page.url()).searchParams.get('c1')).toBe('gross_effect:gt:4000000000');
		expect(await page.locator('[data-claim="c1"]').textContent()).toContain('holder ikke');
		await page.context().close();
	});

	it('shows no button that needs JavaScript; with JavaScript they are there', async () => {
		for (const javaScript of [false, true]) {
			const page = await newPage(javaScript);
			await page.goto(`${base}/?${SEED}`);
			for (const name of ['Legg til et trakt-steg', 'Sjekk', 'Fjern påstand c1']) {
				const button = page.getByRole('button', { name, exact: true });
				expect(await button.isVisible(), `${name}, JavaScript ${javaScript}`).toBe(javaScript);
			}
			await page.context().close();
		}
	});
});

describe('a claim with no unit about money', () => {
	it('asks for the unit rather than reading «3,75» as 3,75 kr', async () => {
		const page = await newPage();
		await page.goto(`${base}/?pop=150000&s1=0.1&ben=250000&v=2`, { waitUntil: 'networkidle' });
		await page.getByLabel('Tallet slik det står').fill('3,75');
		await page.getByLabel('Det gjelder').selectOption('benefit_saving');
		await page.getByRole('button', { name: 'Sjekk', exact: true }).click();
		await expect.poll(() => page.locator('.add .error').textContent()).toContain('har ingen enhet');
		expect(await page.locator('[data-claim="c1"]').count()).toBe(0);
		await page.context().close();
	});
});
