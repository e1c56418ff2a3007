import { localeFromSearch } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => ({ lang: localeFromSearch(url.searchParams) });
