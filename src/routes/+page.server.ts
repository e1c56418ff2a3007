import { redirect } from '@sveltejs/kit';
import { localeFromSearch } from '$lib/i18n';
import { calculate } from '$lib/report';
import { canonicalizeFormQuery, fieldsFromQuery } from '$lib/report/form';
import { encode, PRESETS } from '$lib/scenario';
import type { PageServerLoad } from './$types';

/**
 * The calculator with the scenario of the URL, computed on the server (the page works without
 * JavaScript). A query written the way the page's locale writes numbers (a form sent without
 * JavaScript) is redirected (303) to its canonical URL; a bad one renders with its messages,
 * every value as the user wrote it, and status 400.
 */
export const load: PageServerLoad = ({ url, locals, setHeaders }) => {
	// The page is a pure function of its URL: any shared cache may keep it.
	setHeaders({ 'cache-control': 'public, max-age=300, s-maxage=86400' });
	const query = url.search.slice(1);
	const lang = localeFromSearch(url.searchParams);
	const examples = PRESETS.map(({ slug, title, query }) => ({ slug, title, query }));
	const fields = fieldsFromQuery(query, lang);
	if (Object.keys(fields).length === 0 && !query.includes('%')) {
		return { lang, fields, examples, query, errors: [] };
	}
	const outcome = calculate(canonicalizeFormQuery(query, lang) ?? query);
	if (!outcome.ok) {
		locals.status = 400;
		return { lang, fields, examples, query, errors: outcome.errors };
	}
	const canonical = encode(outcome.scenario, { lang });
	if (canonical !== query) redirect(303, `${url.pathname}?${canonical}`);
	return { lang, fields, examples, query, errors: [] };
};
