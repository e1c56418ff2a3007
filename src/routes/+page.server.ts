import { PRESETS } from '$lib/scenario';
import { presetTitle, presetVaryQuery } from '$lib/scenario/presets';
import { loadScenarioPage } from '$lib/server/scenario-page';
import type { PageServerLoad } from './$types';

/**
 * The calculator with the scenario of the URL, computed on the server (the page works without
 * JavaScript; see `loadScenarioPage`), and the published claims to start from.
 */
export const load: PageServerLoad = (event) => {
	const page = loadScenarioPage(event);
	const examples = PRESETS.map((preset) => ({
		slug: preset.slug,
		title: presetTitle(preset, page.lang),
		query: presetVaryQuery(preset, page.lang)
	}));
	return { ...page, examples };
};
