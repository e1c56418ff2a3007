/**
 * A preset's scenario computed and worded for the page's language, for the claims pages' server
 * loads. A preset that does not compute is a bug in the presets (their tests decode every one),
 * so it is a 500, not a message to the reader.
 */
import { error } from '@sveltejs/kit';
import type { Currency, Locale } from '$lib/format';
import type { Report } from '$lib/report';
import { calculate } from '$lib/report/calculate';
import type { Preset } from '$lib/scenario';
import { localQuery } from '$lib/scenario/local-href';

/** The report of `preset` with labels in `lang`, and the currency its money figures are in. */
export function presetReport(preset: Preset, lang: Locale): { report: Report; currency: Currency } {
	const outcome = calculate(localQuery(preset.query, lang));
	if (!outcome.ok) error(500, `preset ${preset.slug} does not compute`);
	return { report: outcome.report, currency: outcome.scenario.cur };
}

/** Pages here are pure functions of their URL: any shared cache may keep them. */
export const CACHE_HEADERS = { 'cache-control': 'public, max-age=300, s-maxage=86400' };
