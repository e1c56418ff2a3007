import { PRESETS } from '$lib/scenario';
import { presetTitle, presetVaryQuery } from '$lib/scenario/presets';
import { loadScenarioPage } from '$lib/server/scenario-page';
import type { PageServerLoad } from './$types';

/**
 * The calculator with the scenario of the URL, computed on the server (the page works without
 * JavaScript, and names a seed's sources under B; see `loadScenarioPage`), and the published claims
 * to start from (on the empty calculator).
 */
export const load: PageServerLoad = async (event) => {
	const page = await loadScenarioPage(event);
	// Offered on the empty calculator only: elsewhere they would be page data nothing shows.
	const examples = page.fields.pop
		? []
		: PRESETS.map((preset) => ({
				slug: preset.slug,
				title: presetTitle(preset, page.lang),
				query: presetVaryQuery(preset, page.lang)
			}));
	return { ...page, examples };
};
