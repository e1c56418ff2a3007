import { DENMARK_FACTS, NORWAY_FACTS } from '$lib/scenario/facts';
import type { PageServerLoad } from './$types';

/** Nothing on the page needs the browser to act: it ships as HTML and CSS alone. */
export const csr = false;

/**
 * The method is the same for every visitor; only `lang` picks the text. The facts it lists come
 * from here rather than from an import in a component: the browser bundle, which the calculator
 * shares with this page, then carries only the few facts the calculator uses.
 */
export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'public, max-age=300, s-maxage=86400' });
	return { facts: { norway: NORWAY_FACTS, denmark: DENMARK_FACTS } };
};
