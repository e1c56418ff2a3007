import { redirect } from '@sveltejs/kit';
import { localeFromSearch } from '$lib/i18n';
import { calculate, type ErrorEntry } from '$lib/report';
import {
	canonicalizeFormQuery,
	fieldsFromQuery,
	readForm,
	type FormReading
} from '$lib/report/form';
import { encode, PRESETS } from '$lib/scenario';
import { presetTitle } from '$lib/scenario/presets';
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
	const examples = PRESETS.map((preset) => ({
		slug: preset.slug,
		title: presetTitle(preset, lang),
		query: preset.query
	}));
	const fields = fieldsFromQuery(query, lang);
	// `reading` is what the calculator shows until the browser has loaded its own engine.
	const page = (errors: ErrorEntry[], reading: FormReading = readForm(fields, lang)) => ({
		lang,
		fields,
		reading,
		examples,
		query,
		errors
	});
	if (Object.keys(fields).length === 0 && !query.includes('%')) return page([]);
	const outcome = calculate(canonicalizeFormQuery(query, lang) ?? query);
	if (!outcome.ok) {
		locals.status = 400;
		return page(outcome.errors);
	}
	const canonical = encode(outcome.scenario, { lang });
	if (!sameParameters(canonical, query)) redirect(303, `${url.pathname}?${canonical}`);
	// The fields read back to this very scenario: the report is already worked out.
	return page([], {
		errors: [],
		scenario: outcome.scenario,
		report: outcome.report,
		query: canonical
	});
};

/**
 * Whether two queries hold the same parameters in the same order, however they are escaped.
 * SvelteKit hands a client-side navigation's load the query re-escaped as a form would send it
 * (`+` for a space, `%28` for `(`, `%3A` for `:`); comparing the raw text would send it to the
 * address it is already at, again and again.
 */
function sameParameters(a: string, b: string): boolean {
	return new URLSearchParams(a).toString() === new URLSearchParams(b).toString();
}
