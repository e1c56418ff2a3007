import { browser } from '$app/environment';
import { INTL_TAGS } from '$lib/format/locale';
import { loadMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** The page's language, with its messages loaded before anything renders (in the browser, only
 * that language's module is fetched). */
export const load: LayoutLoad = async ({ data }) => {
	const messages = loadMessages(data.lang);
	// The browser's first Intl.NumberFormat sets up its number data (≈ 40 ms); do it while the
	// messages download rather than in the middle of hydration.
	if (browser) new Intl.NumberFormat(INTL_TAGS[data.lang]).format(0);
	await messages;
	return data;
};
