import { t } from '$lib/i18n';
import { EMBED_KEYS, embedOptions } from '$lib/embed/options';
import { loadScenarioPage } from '$lib/server/scenario-page';
import type { PageServerLoad } from './$types';

/**
 * The calculator for iframes: the same scenario page as `/` (`loadScenarioPage`), compact, with
 * the embed's own keys (`view`, `theme`, `lock`). A bad embed key is a message and a 400, like
 * a bad scenario key; the page still renders with that key's default.
 */
export const load: PageServerLoad = async (event) => {
	const page = await loadScenarioPage(event, EMBED_KEYS);
	const options = embedOptions(event.url.searchParams);
	const optionErrors = options.issues.map((issue) => ({
		key: issue.key,
		value: issue.value,
		message: t(page.lang, 'embed.bad_option', issue)
	}));
	if (optionErrors.length > 0) event.locals.status = 400;
	return { ...page, errors: [...optionErrors, ...page.errors], embed: options };
};
