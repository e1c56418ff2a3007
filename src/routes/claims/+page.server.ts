import { localeFromSearch } from '$lib/i18n';
import { PRESETS, type ReferencePreset, type SeedPreset } from '$lib/scenario';
import { presetTitle } from '$lib/scenario/presets';
import { CACHE_HEADERS, presetReport } from './preset-report';
import type { PageServerLoad } from './$types';

/** Nothing on the page needs the browser to act: it ships as HTML and CSS alone. */
export const csr = false;

/**
 * Every seed preset with its claims' verdicts (or, when it states none, what its funnel gives),
 * and the reference presets with their sources, each with its title as the page shows it
 * (`presetTitle`). Only what the list shows is sent to the page.
 */
export const load: PageServerLoad = ({ url, setHeaders }) => {
	setHeaders(CACHE_HEADERS);
	const lang = localeFromSearch(url.searchParams);
	const seeds = PRESETS.filter((preset): preset is SeedPreset => preset.kind === 'seed').map(
		(preset) => {
			const { report, currency } = presetReport(preset, lang);
			return {
				preset,
				title: presetTitle(preset, lang),
				claims: report.claims,
				warnings: report.warnings,
				helped: report.results.helped,
				currency
			};
		}
	);
	const references = PRESETS.filter(
		(preset): preset is ReferencePreset => preset.kind === 'reference'
	).map((preset) => ({
		preset,
		title: presetTitle(preset, lang),
		currency: presetReport(preset, lang).currency
	}));
	return { seeds, references };
};
