/**
 * The claims pages' schema.org ClaimReview blocks against the built server: over HTTP, one valid
 * JSON-LD block per claim in every language, and in Chromium, where the data blocks must cause
 * no Content-Security-Policy report and survive hydration and client-side navigation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PRESETS } from '../../src/lib/scenario';
import { launchBrowser } from './browser';

const base = inject('baseURL');
const LANGS = ['nb', 'da', 'en'] as const;
const SEED_PATH = '/claims/utenfor-arbeid-150000';

/** Every JSON-LD block of the page's <head>, as written (script content is raw text in HTML). */
function jsonLdBlocks(html: string): string[] {
	const head = html.slice(0, html.indexOf('</head>'));
	return [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
		(match) => match[1] ?? ''
	);
}

/** How many claims (`c1` … `c4`) a preset's scenario states. */
function claimCount(query: string): number {
	return [...new URLSearchParams(query).keys()].filter((key) => /^c[1-4]$/.test(key)).length;
}

describe.each(PRESETS.map((preset) => [preset.slug, preset] as const))(
	'/claims/%s',
	(slug, preset) => {
		it.each(LANGS)('carries one valid ClaimReview per claim (%s)', async (lang) => {
			const path = `/claims/${slug}${lang === 'nb' ? '' : `?lang=${lang}`}`;
			const response = await fetch(`${base}${path}`);
			expect(response.status).toBe(200);
			const reviews = jsonLdBlocks(await response.text()).map((text) => JSON.parse(text));
			expect(reviews).toHaveLength(claimCount(preset.query));
			for (const review of reviews) {
				expect(review).toMatchObject({
					'@context': 'https://schema.org',
					'@type': 'ClaimReview',
					url: `${base}${path}`,
					author: { '@type': 'Organization', name: 'Overslag', url: `${base}/` },
					itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork' } },
					reviewRating: { '@type': 'Rating', bestRating: 3, worstRating: 1 }
				});
				expect([1, 2, 3]).toContain(review.reviewRating.ratingValue);
				expect(typeof review.claimReviewed).toBe('string');
			}
		});
	}
);

describe(`${SEED_PATH} over HTTP`, () => {
	it('rates «over 4 milliarder» 1 of 3, "holder ikke", and the two that hold 3', async () => {
		const html = await (await fetch(`${base}${SEED_PATH}`)).text();
		const reviews = jsonLdBlocks(html).map((text) => JSON.parse(text));
		expect(
			reviews.map((review) => [
				review.claimReviewed,
				review.reviewRating.ratingValue,
				review.reviewRating.alternateName
			])
		).toEqual([
			['Personer tilbake i arbeid nøyaktig 15\u00a0000', 3, 'holder'],
			['Sparte trygdeytelser omtrent 3\u00a0750\u00a0000\u00a0000\u00a0kr', 3, 'holder'],
			['Brutto effekt over 4\u00a0000\u00a0000\u00a0000\u00a0kr', 1, 'holder ikke']
		]);
		expect(reviews[2]).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: `${base}${SEED_PATH}`,
			claimReviewed: 'Brutto effekt over 4\u00a0000\u00a0000\u00a0000\u00a0kr',
			author: { '@type': 'Organization', name: 'Overslag', url: `${base}/` },
			datePublished: '2025-07-08',
			itemReviewed: {
				'@type': 'Claim',
				author: { '@type': 'Organization', name: 'torstromsnes.no' },
				datePublished: '2025-07-08',
				appearance: {
					'@type': 'CreativeWork',
					headline: 'Hva når behandling ikke virker.. Er det feil på pasienten?'
				}
			},
			reviewRating: {
				'@type': 'Rating',
				ratingValue: 1,
				bestRating: 3,
				worstRating: 1,
				alternateName: 'holder ikke'
			}
		});
	});
});

describe(`${SEED_PATH} in Chromium`, () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	/** The ClaimReviews the document's head holds now, parsed from each block's text. */
	const headReviews = () =>
		[...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
			(script) => JSON.parse(script.textContent ?? '') as { reviewRating: { ratingValue: number } }
		);

	it('holds the blocks after hydration and after client-side navigation, with no CSP report', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('console', (message) => {
			// A CSP violation shows up as a console error.
			if (message.type() === 'error') problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(String(error)));

		await page.goto(`${base}${SEED_PATH}`, { waitUntil: 'networkidle' });
		const hydrated = await page.evaluate(headReviews);
		expect(hydrated.map((review) => review.reviewRating.ratingValue)).toEqual([3, 3, 1]);

		// Back to the list and in again without a reload: Svelte now creates the blocks itself.
		await page.goto(`${base}/claims`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(headReviews)).toEqual([]);
		await page.locator(`a[href*="utenfor-arbeid-150000"]`).first().click();
		await page.waitForURL(`${base}${SEED_PATH}`);
		await page.waitForFunction(
			() => document.head.querySelectorAll('script[type="application/ld+json"]').length === 3
		);
		const navigated = await page.evaluate(headReviews);
		expect(navigated.map((review) => review.reviewRating.ratingValue)).toEqual([3, 3, 1]);

		expect(problems).toEqual([]);
		await context.close();
	});
});
