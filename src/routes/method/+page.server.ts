import type { PageServerLoad } from './$types';

/** Nothing on the page needs the browser to act: it ships as HTML and CSS alone. */
export const csr = false;

/** The method is the same for every visitor; only `lang` picks the text. */
export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'public, max-age=300, s-maxage=86400' });
};
