import type { PageServerLoad } from './$types';

/** The method is the same for every visitor; only `lang` picks the text. */
export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'public, max-age=300, s-maxage=86400' });
};
