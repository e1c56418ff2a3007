import { error } from '@sveltejs/kit';
import { claimReview, jsonLd } from '$lib/embed/claim-review';
import { localeFromSearch, t } from '$lib/i18n';
import { findPreset } from '$lib/scenario';
import { localHref } from '$lib/scenario/local-href';
import {
	presetAdjustedQuery,
	presetCorrections,
	presetTitle,
	presetVaryQuery
} from '$lib/scenario/presets';
import { CACHE_HEADERS, presetReport } from '../preset-report';
import type { PageServerLoad } from './$types';

/** Nothing on the page needs the browser to act: it ships as HTML and CSS alone. */
export const csr = false;

/**
 * One preset with its title and report in the page's language, and a schema.org ClaimReview
 * per claim as JSON-LD text; an unknown slug is a 404 that says so.
 */
export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	const lang = localeFromSearch(url.searchParams);
	const preset = findPreset(params.slug);
	if (!preset) error(404, t(lang, 'claims.not_found', { slug: params.slug }));
	setHeaders(CACHE_HEADERS);
	const { report, currency } = presetReport(preset, lang);
	// The page's address as it links to itself: only `lang` changes what it says.
	const pageUrl = `${url.origin}${localHref(url.pathname, lang)}`;
	const page = {
		origin: url.origin,
		url: pageUrl,
		preset,
		lang,
		currency,
		warnings: report.warnings
	};
	const claimReviews = report.claims.map((claim) => jsonLd(claimReview(claim, page)));
	// "Vary this" opens the calculator with the preset's title, so its citation names it.
	const varyQuery = presetVaryQuery(preset, lang);
	// The same with the honest adjustments the preset leaves out, and the figures its context
	// notes give where the article gives another or none, as scenario B.
	const adjustedQuery = presetAdjustedQuery(preset, lang);
	const corrections = presetCorrections(preset);
	return {
		preset,
		title: presetTitle(preset, lang),
		report,
		currency,
		claimReviews,
		varyQuery,
		adjustedQuery,
		corrections
	};
};
