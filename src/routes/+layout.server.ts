import { localeFromSearch } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

/** The page's language, and whether it is the embed, which shows no site header. */
export const load: LayoutServerLoad = ({ url }) => ({
	lang: localeFromSearch(url.searchParams),
	embedded: url.pathname === '/embed'
});
