import { PRESETS } from '$lib/scenario';
import { presetTitle, presetVaryQuery, seedCorrectionsFor } from '$lib/scenario/presets';
import { loadScenarioPage } from '$lib/server/scenario-page';
import type { PageServerLoad } from './$types';

/**
 * The calculator with the scenario of the URL, computed on the server (the page works without
 * JavaScript; see `loadScenarioPage`), the published claims to start from (on the empty
 * calculator), and the sourced figures of the seed whose funnel the scenario has.
 */
export const load: PageServerLoad = (event) => {
	const page = loadScenarioPage(event);
	// Offered on the empty calculator only: elsewhere they would be page data nothing shows.
	const examples = page.fields.pop
		? []
		: PRESETS.map((preset) => ({
				slug: preset.slug,
				title: presetTitle(preset, page.lang),
				query: presetVaryQuery(preset, page.lang)
			}));
	// A seed's sourced figures for its funnel steps, whose sources the calculator names while B
	// holds them (the claims page's "with honest adjustments" link opens such a B).
	const seed = page.reading.scenario ? seedCorrectionsFor(page.reading.scenario) : null;
	return { ...page, examples, seed };
};
