/**
 * schema.org `ClaimReview` (https://schema.org/ClaimReview) for the claims of a published
 * article: the structured form of what a claims page says, so fact-check search features and
 * other machines can read each verdict, and a JSON-LD serializer that is safe inside a
 * `<script>` element. Framework-free: no Svelte, no DOM, no Node APIs.
 */
import type { ClaimResult, Verdict } from '../claims/types';
import type { Currency } from '../format/currency';
import type { Locale } from '../format/locale';
import type { Warning } from '../model/types';
import { t } from '../i18n';
import { claimStatement } from '../report/sentences';
import type { Preset } from '../scenario/preset-types';
import { presetTitle } from '../scenario/presets';

interface Organization {
	'@type': 'Organization';
	name: string;
	url?: string;
}

/** A `ClaimReview` as JSON-LD; optional fields are absent where the preset does not say. */
export interface ClaimReview {
	'@context': 'https://schema.org';
	'@type': 'ClaimReview';
	/** The claims page, absolute. */
	url: string;
	/** The claim in words, in the page's language. */
	claimReviewed: string;
	author: Organization;
	/** ISO date (`2025-07-08`). */
	datePublished?: string;
	itemReviewed: {
		'@type': 'Claim';
		author?: Organization;
		/** ISO date the article was published, when the preset gives that date. */
		datePublished?: string;
		/** ISO date the article was last updated, when the preset gives that date instead. */
		dateModified?: string;
		appearance: { '@type': 'CreativeWork'; url?: string; headline: string };
	};
	reviewRating: {
		'@type': 'Rating';
		ratingValue: 1 | 2 | 3;
		bestRating: 3;
		worstRating: 1;
		/** The verdict in words, in the page's language. */
		alternateName: string;
	};
}

/** Where the reviews appear and in which language and currency their claims are worded. */
export interface ClaimReviewPage {
	/** This server's origin, without a trailing slash. */
	origin: string;
	/** The claims page's absolute URL. */
	url: string;
	/** The article (or reference set) the claims come from. */
	preset: Preset;
	lang: Locale;
	/** Currency of the scenario's money figures. */
	currency: Currency;
	/** The report's warnings, which name its results (`resultLabel`). */
	warnings: readonly Warning[];
}

/** Higher is truer: a claim that holds only after rounding ranks between the other two. */
const RATING: Record<Verdict, 1 | 2 | 3> = { holds: 3, holds_after_rounding: 2, does_not_hold: 1 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (not `2025-02-30`). */
function isIsoDate(text: string): boolean {
	if (!ISO_DATE.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The `ClaimReview` of one computed claim of `page.preset`. */
export function claimReview(claim: ClaimResult, page: ClaimReviewPage): ClaimReview {
	const { origin, url, preset, lang, currency, warnings } = page;
	const seed = preset.kind === 'seed' ? preset : undefined;
	const date = seed !== undefined && isIsoDate(seed.date) ? seed.date : undefined;
	// An article that shows only when it was last updated does not say when it was published.
	const articleDate = seed?.dateKind === 'updated' ? 'dateModified' : 'datePublished';
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url,
		claimReviewed: claimStatement(claim, warnings, lang, currency),
		author: { '@type': 'Organization', name: 'Overslag', url: `${origin}/` },
		// The presets record the article's date only; a review can vouch for the article as it
		// stood on that date.
		...(date !== undefined && { datePublished: date }),
		itemReviewed: {
			'@type': 'Claim',
			...(seed !== undefined && { author: { '@type': 'Organization', name: seed.publisher } }),
			...(date !== undefined && { [articleDate]: date }),
			appearance: {
				'@type': 'CreativeWork',
				...(seed?.url !== undefined && { url: seed.url }),
				headline: presetTitle(preset, lang).text
			}
		},
		reviewRating: {
			'@type': 'Rating',
			ratingValue: RATING[claim.verdict],
			bestRating: 3,
			worstRating: 1,
			alternateName: t(lang, `verdict.${claim.verdict}`)
		}
	};
}

const SCRIPT_UNSAFE: Record<string, string> = {
	'<': '\\u003c',
	'>': '\\u003e',
	'&': '\\u0026',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029'
};

/**
 * `value` as JSON text to put inside `<script type="application/ld+json">`. The contents of a
 * script element are raw text, ended by the first `</script`, and an HTML renderer may escape
 * `<` and `&` into references the JSON parser would then read literally: so `<`, `>` and `&`
 * are written as JSON escapes, which parse back to the same characters and leave nothing for
 * HTML to see. U+2028 and U+2029 are escaped too, for readers that take the block as JavaScript.
 */
export function jsonLd(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(character) => SCRIPT_UNSAFE[character] ?? character
	);
}
