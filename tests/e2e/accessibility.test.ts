/**
 * axe-core, WCAG 2.2 AA, on every page a reader reaches, in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { PRESETS } from '../../src/lib/scenario';

const base = inject('baseURL');
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&years=5&drop=0.1&disc=0.04&v=1';
const PAGES = [
	['/', ''],
	['/ with a scenario', `?${SEED}`],
	[
		'/ with ranges',
		`?pop=150000&s1=0.1:0.05:0.15&ben=250000:200000:300000&c1=benefit_saving:gt:3000000000&v=2`
	],
	[
		'/ with scenario B and the cost of public funds (their groups open)',
		'?pop=1000&s1=0.5:0.4:0.6&ben=100000&cost=40000&mcpf=0.2&persp=society&b_dead=0.3&b_persp=fiscal&lang=en&v=3'
	],
	['/claims', 'claims'],
	['a claim page', `claims/${PRESETS[0]?.slug}`],
	['/method', 'method'],
	['/method in English', 'method?lang=en']
] as const;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The pages whose tables of figures take another layout on a phone. */
const PHONE_PAGES = PAGES.filter(
	([name]) => name.includes('ranges') || name.includes('scenario B')
);

describe.each([
	['light mode', 'light', PAGES, undefined],
	['dark mode', 'dark', PAGES, undefined],
	['a phone', 'light', PHONE_PAGES, { width: 390, height: 844 }]
] as const)('in %s', (_mode, colorScheme, pages, viewport) => {
	it.each(pages)('%s has no WCAG 2.2 AA violations', async (_name, path) => {
		const context = await browser.newContext({ colorScheme, ...(viewport ? { viewport } : {}) });
		const page = await context.newPage();
		await page.goto(`${base}/${path}`, { waitUntil: 'networkidle' });
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const violations = results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
		);
		expect(violations).toEqual([]);
		await context.close();
	});
});
