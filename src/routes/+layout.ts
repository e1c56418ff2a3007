import { loadMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** The page's language, with its messages loaded before anything renders (in the browser, only
 * that language's module is fetched). */
export const load: LayoutLoad = async ({ data }) => {
	await loadMessages(data.lang);
	return data;
};
