import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../../src/lib/claims/types';
import type { Locale } from '../../../src/lib/format/locale';
import { claimReview, jsonLd, type ClaimReviewPage } from '../../../src/lib/embed/claim-review';
import { calculate } from '../../../src/lib/report/calculate';
import { findPreset, type Preset, type SeedPreset } from '../../../src/lib/scenario';

const ORIGIN = 'https://overslag.example';

function preset(slug: string): Preset {
	const found = findPreset(slug);
	if (!found) throw new Error(`no preset ${slug}`);
	return found;
}

const OUT_OF_WORK = preset('utenfor-arbeid-150000') as SeedPreset;

function page(of: Preset, lang: Locale = 'nb'): ClaimReviewPage {
	const url = `${ORIGIN}/claims/${of.slug}${lang === 'nb' ? '' : `?lang=${lang}`}`;
	return { origin: ORIGIN, url, preset: of, lang, currency: 'NOK', warnings: [] };
}

/** The seed's claims computed, as the claims page computes them. */
function claimsOf(of: Preset, lang: Locale = 'nb'): ClaimResult[] {
	const outcome = calculate(lang === 'nb' ? of.query : `${of.query}&lang=${lang}`);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	return outcome.report.claims;
}

/** A claim that holds after rounding, for presets whose own scenario has no claims. */
const ROUNDED: ClaimResult = {
	id: 'c1',
	metric: 'helped',
	op: 'eq',
	value: '15000',
	verdict: 'holds_after_rounding',
	difference: '0',
	relative_difference: '0',
	implied: []
};

describe('claimReview', () => {
	it('rates the seed\'s "over 4 milliarder" 1 of 3, "holder ikke", with the article as the claim', () => {
		const claims = claimsOf(OUT_OF_WORK);
		expect(claims.map((claim) => claim.id)).toEqual(['c1', 'c2', 'c3']);
		expect(claimReview(claims[2]!, page(OUT_OF_WORK))).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: 'https://overslag.example/claims/utenfor-arbeid-150000',
			claimReviewed: 'Brutto effekt over 4\u00a0000\u00a0000\u00a0000\u00a0kr',
			author: { '@type': 'Organization', name: 'Overslag', url: 'https://overslag.example/' },
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

	it('rates the seed\'s claims that hold 3 of 3, "holder"', () => {
		const reviews = claimsOf(OUT_OF_WORK).map((claim) => claimReview(claim, page(OUT_OF_WORK)));
		expect(reviews.map((review) => [review.claimReviewed, review.reviewRating])).toEqual([
			[
				'Personer tilbake i arbeid nøyaktig 15\u00a0000',
				{
					'@type': 'Rating',
					ratingValue: 3,
					bestRating: 3,
					worstRating: 1,
					alternateName: 'holder'
				}
			],
			[
				'Sparte trygdeytelser omtrent 3\u00a0750\u00a0000\u00a0000\u00a0kr',
				{
					'@type': 'Rating',
					ratingValue: 3,
					bestRating: 3,
					worstRating: 1,
					alternateName: 'holder'
				}
			],
			[
				'Brutto effekt over 4\u00a0000\u00a0000\u00a0000\u00a0kr',
				{
					'@type': 'Rating',
					ratingValue: 1,
					bestRating: 3,
					worstRating: 1,
					alternateName: 'holder ikke'
				}
			]
		]);
	});

	it('words the claim and the verdict in the page language; the article title stays verbatim', () => {
		const review = claimReview(claimsOf(OUT_OF_WORK, 'en')[2]!, page(OUT_OF_WORK, 'en'));
		expect(review.url).toBe('https://overslag.example/claims/utenfor-arbeid-150000?lang=en');
		expect(review.claimReviewed).toBe('Gross effect over NOK\u00a04,000,000,000');
		expect(review.reviewRating.alternateName).toBe('does not hold');
		expect(review.itemReviewed.appearance.headline).toBe(
			'Hva når behandling ikke virker.. Er det feil på pasienten?'
		);
	});

	it('rates a claim that holds only after rounding 2 of 3', () => {
		expect(claimReview(ROUNDED, page(OUT_OF_WORK)).reviewRating).toEqual({
			'@type': 'Rating',
			ratingValue: 2,
			bestRating: 3,
			worstRating: 1,
			alternateName: 'holder etter avrunding'
		});
		expect(claimReview(ROUNDED, page(OUT_OF_WORK, 'da')).reviewRating.alternateName).toBe(
			'holder efter afrunding'
		);
	});

	it('gives an article that shows only its update date as modified then, not published', () => {
		const review = claimReview(ROUNDED, page(preset('ptsd-infusjon')));
		expect(review.datePublished).toBe('2025-10-25');
		expect(review.itemReviewed).toEqual({
			'@type': 'Claim',
			author: { '@type': 'Organization', name: 'Synapseklinikken' },
			dateModified: '2025-10-25',
			appearance: {
				'@type': 'CreativeWork',
				headline: 'Håp etter traumene – ny behandlingsmetode mot PTSD'
			}
		});
	});

	it("links the article where the preset has its address, and leaves out a date that isn't one", () => {
		const article: SeedPreset = {
			...OUT_OF_WORK,
			url: 'https://example.org/artikkel?id=1&s=2',
			date: '2025-02-30'
		};
		const review = claimReview(ROUNDED, page(article));
		expect(review).not.toHaveProperty('datePublished');
		expect(review.itemReviewed).toEqual({
			'@type': 'Claim',
			author: { '@type': 'Organization', name: 'torstromsnes.no' },
			appearance: {
				'@type': 'CreativeWork',
				url: 'https://example.org/artikkel?id=1&s=2',
				headline: 'Hva når behandling ikke virker.. Er det feil på pasienten?'
			}
		});
	});

	it('says no more than a reference preset knows: no publisher, no date', () => {
		const review = claimReview(ROUNDED, page(preset('norway-reference'), 'en'));
		expect(review).not.toHaveProperty('datePublished');
		expect(review.itemReviewed).toEqual({
			'@type': 'Claim',
			appearance: { '@type': 'CreativeWork', headline: 'Norway, sourced reference values' }
		});
	});
});

describe('jsonLd', () => {
	it.each([
		[{ a: 1 }, '{"a":1}'],
		[
			{ text: '</script><script>alert(1)</script>' },
			'{"text":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
		],
		[{ text: '<!-- x -->' }, '{"text":"\\u003c!-- x --\\u003e"}'],
		[{ text: 'A & B &amp;' }, '{"text":"A \\u0026 B \\u0026amp;"}'],
		[{ text: 'line\u2028para\u2029end' }, '{"text":"line\\u2028para\\u2029end"}'],
		[
			{ text: '"quoted" \'single\' 4\u00a0000 kr' },
			'{"text":"\\"quoted\\" \'single\' 4\u00a0000 kr"}'
		]
	])('%j → %s', (value, expected) => {
		expect(jsonLd(value)).toBe(expected);
	});

	it('parses back to the same value, with no <, > or & left for HTML to read', () => {
		const value = { text: '</script>&<!--\u2028\u2029', list: ['<b>', 1, null] };
		const text = jsonLd(value);
		expect(text).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(text)).toEqual(value);
	});
});
