import { redirect } from '@sveltejs/kit';
import { localeFromSearch } from '$lib/i18n';
import { buildReport, errorEntries, type ErrorEntry } from '$lib/report';
import {
	canonicalizeFormQuery,
	defaultFields,
	fieldsFromQuery,
	readForm,
	type FormReading
} from '$lib/report/form';
import { CURRENT_VERSION, decode, encode, PRESETS } from '$lib/scenario';
import { presetTitle } from '$lib/scenario/presets';
import { cacheControlFor, requestBudget } from '$lib/server/work';
import type { PageServerLoad } from './$types';

/** The page is a pure function of its URL: any shared cache may keep it. */
const CACHE = 'public, max-age=300, s-maxage=86400';

/**
 * The calculator with the scenario of the URL, computed on the server (the page works without
 * JavaScript). A query written the way the page's locale writes numbers (a form sent without
 * JavaScript) is redirected (303) to its canonical URL; a bad one renders with its messages,
 * every value as the user wrote it, and status 400. Neither costs an implied-assumption search,
 * nor does a HEAD request: only a page that shows its claims' implied assumptions searches.
 */
export const load: PageServerLoad = ({ url, locals, request, setHeaders }) => {
	const query = url.search.slice(1);
	const lang = localeFromSearch(url.searchParams);
	const examples = PRESETS.map((preset) => ({
		slug: preset.slug,
		title: presetTitle(preset, lang),
		query: preset.query
	}));
	const given = fieldsFromQuery(query, lang);
	const fresh = Object.keys(given).length === 0 && !query.includes('%');
	// Every field with a default shows it, so no blank field silently means it; a scenario begun
	// here follows the current rules.
	const defaults = defaultFields(lang);
	const fields = { ...defaults, ...given };
	if (fresh) fields.v = String(CURRENT_VERSION);
	// `reading` is what the calculator shows until the browser has loaded its own engine.
	const page = (errors: ErrorEntry[], reading: FormReading) => ({
		lang,
		fields,
		reading,
		examples,
		query,
		errors,
		defaults
	});
	if (fresh) {
		setHeaders({ 'cache-control': CACHE });
		return page([], readForm(fields, lang, { implied: false }));
	}
	const submitted = canonicalizeFormQuery(query, lang);
	const decoded = decode(submitted.query ?? query);
	const draft = submitted.claimDraft;
	if (!decoded.input || draft) {
		setHeaders({ 'cache-control': CACHE });
		locals.status = 400;
		// The claim editor shows a draft's error beside the text it keeps.
		const errors = errorEntries(decoded.issues, lang);
		return { ...page(errors, readForm(fields, lang, { implied: false })), claimDraft: draft };
	}
	const canonical = encode(decoded.input, { lang });
	if (!sameParameters(canonical, query)) redirect(303, `${url.pathname}?${canonical}`);
	const budget = requestBudget();
	const report = buildReport(decoded.input, lang, {
		implied: request.method !== 'HEAD',
		budget
	});
	setHeaders({ 'cache-control': cacheControlFor(budget, CACHE) });
	// The fields read back to this very scenario: the report is already worked out.
	return page([], { errors: [], scenario: decoded.input, report, query: canonical });
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
