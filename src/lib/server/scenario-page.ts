/**
 * The server load shared by the pages that show a scenario, the calculator (`/`) and its embed
 * (`/embed`): the URL's scenario read, computed and worded for the page, with its canonical
 * address. A query written the way the page's locale writes numbers (a form sent without
 * JavaScript) is redirected (303) to its canonical URL; a bad one renders with its messages,
 * every value as the user wrote it, and status 400. Neither costs an implied-assumption search,
 * nor does a HEAD request: only a page that shows its claims' implied assumptions searches.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Locale } from '$lib/format';
import { localeFromSearch } from '$lib/i18n';
import { buildReport, errorEntries, type ErrorEntry } from '$lib/report';
import {
	defaultFields,
	fieldsFromParams,
	readForm,
	readSubmission,
	type ClaimDraft,
	type FormReading
} from '$lib/form';
import { CURRENT_VERSION, decode, decodeParsed, encode, MAX_QUERY_LENGTH } from '$lib/scenario';
import type { SeedCorrections } from '$lib/scenario/corrections';
import { seedCorrectionsFor } from '$lib/scenario/presets';
import { parseQuery } from '$lib/scenario/query';
import { withUncertainty } from './simulation';
import { cacheControlFor, requestBudget } from './work';

/** A scenario page is a pure function of its URL: any shared cache may keep it. */
const CACHE = 'public, max-age=300, s-maxage=86400';

export interface ScenarioPage {
	lang: ReturnType<typeof localeFromSearch>;
	/** The form's text per URL key (defaults shown), as the calculator starts with it. */
	fields: Record<string, string>;
	/** The text each field with a default shows for it. */
	defaults: Record<string, string>;
	/** The server's reading of `fields`. */
	reading: FormReading;
	/** The query as it came. */
	query: string;
	/** The canonical scenario query, or null when there is none (an empty or bad scenario). */
	canonical: string | null;
	/** This server's origin, for absolute links (canonical, oEmbed, social cards). */
	origin: string;
	/** Problems of the address. */
	errors: ErrorEntry[];
	/** A claim sent without JavaScript that could not be added. */
	claimDraft?: ClaimDraft;
	/**
	 * The seed whose funnel the scenario has, with the figures its sources give for its steps or
	 * its deadweight, which the calculator names under B while B holds them (`seedCorrectionsFor`).
	 */
	seed: SeedCorrections | null;
}

/**
 * Reads the scenario page at `event.url`. `keep` names the query keys of the page itself (the
 * embed's `view`, `theme` …): they are no scenario keys, and a redirect to the canonical
 * scenario keeps them, after it.
 */
export async function loadScenarioPage(
	event: Pick<RequestEvent, 'url' | 'locals' | 'request' | 'setHeaders'>,
	keep: readonly string[] = []
): Promise<ScenarioPage> {
	const { url, locals, request, setHeaders } = event;
	const query = url.search.slice(1);
	// The query is split once; every reading below works on its parameters.
	const parsed = parseQuery(query);
	const pageParams = [...parsed.params].filter(([key]) => keep.includes(key));
	const lang = localeFromSearch(url.searchParams);
	const given = fieldsFromParams(parsed.params, lang);
	const fresh = Object.keys(given).length === 0 && !query.includes('%');
	// Every field with a default shows it, so no blank field silently means it; a scenario begun
	// here follows the current rules.
	const defaults = defaultFields(lang);
	const fields = { ...defaults, ...given };
	if (fresh) fields.v = String(CURRENT_VERSION);
	const page = (errors: ErrorEntry[], reading: FormReading, canonical: string | null) => ({
		lang,
		fields,
		defaults,
		reading,
		query,
		canonical,
		origin: url.origin,
		errors,
		seed: reading.scenario ? seedCorrectionsFor(reading.scenario) : null
	});
	if (fresh) {
		setHeaders({ 'cache-control': CACHE });
		// The defaults hold no range, so there is nothing to simulate.
		return page([], readForm(fields, lang, { implied: false }), null);
	}
	// A malformed query is decoded as it came, for its messages; a form sent without JavaScript
	// has its numbers read first.
	const submitted =
		parsed.issues.length > 0 ? { params: null } : readSubmission(parsed.params, lang);
	const decoded =
		query.length > MAX_QUERY_LENGTH
			? decode(query)
			: decodeParsed({ ...parsed, params: submitted.params ?? parsed.params });
	const draft = submitted.claimDraft;
	if (!decoded.input || draft) {
		setHeaders({ 'cache-control': CACHE });
		locals.status = 400;
		// The claim editor shows a draft's error beside the text it keeps.
		const errors = errorEntries(decoded.issues, lang);
		const reading = await simulated(readForm(fields, lang, { implied: false }), lang);
		return { ...page(errors, reading, null), claimDraft: draft };
	}
	const canonical = encode(decoded.input, { lang });
	const pageQuery = pageParams.map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
	const wanted = [canonical, ...pageQuery].join('&');
	if (!sameParameters(wanted, query)) redirect(303, `${url.pathname}?${wanted}`);
	const budget = requestBudget();
	const exact = buildReport(decoded.input, lang, { implied: request.method !== 'HEAD', budget });
	const report = await withUncertainty(exact, decoded.input, lang);
	setHeaders({ 'cache-control': cacheControlFor(budget, CACHE) });
	// The fields read back to this very scenario: the report is already worked out.
	const reading = { errors: [], scenario: decoded.input, report, query: canonical };
	return page([], reading, canonical);
}

/**
 * Whether two queries hold the same parameters in the same order, however they are escaped.
 * SvelteKit hands a client-side navigation's load the query re-escaped as a form would send it
 * (`+` for a space, `%28` for `(`, `%3A` for `:`); comparing the raw text would send it to the
 * address it is already at, again and again.
 */
function sameParameters(a: string, b: string): boolean {
	return new URLSearchParams(a).toString() === new URLSearchParams(b).toString();
}

/** A reading of the form with its report's uncertainty, simulated off the event loop. */
async function simulated(reading: FormReading, lang: Locale): Promise<FormReading> {
	const { scenario, report } = reading;
	if (scenario === null || report === null) return reading;
	return { ...reading, report: await withUncertainty(report, scenario, lang) };
}
