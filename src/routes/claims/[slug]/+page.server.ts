import { error } from '@sveltejs/kit';
import { localeFromSearch, t } from '$lib/i18n';
import { findPreset } from '$lib/scenario';
import { presetTitle } from '$lib/scenario/presets';
import { CACHE_HEADERS, presetReport } from '../preset-report';
import type { PageServerLoad } from './$types';

/**
 * One preset with its title and report in the page's language; an unknown slug is a 404 that
 * says so.
 */
export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	const lang = localeFromSearch(url.searchParams);
	const preset = findPreset(params.slug);
	if (!preset) error(404, t(lang, 'claims.not_found', { slug: params.slug }));
	setHeaders(CACHE_HEADERS);
	const { report, currency } = presetReport(preset, lang);
	return { preset, title: presetTitle(preset, lang), report, currency };
};
