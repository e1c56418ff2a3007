/**
 * A canonical query in, its full report out: what the API, the CLI, the social card and the
 * claims pages answer with, the simulation of ranges included. Kept apart from `./index` so the
 * live calculator, which builds reports without the simulation, never loads its code.
 * Framework-free.
 */
import type { Locale } from '../format/locale';
import { decode, type Scenario } from '../scenario';
import {
	buildReport,
	errorEntries,
	type ErrorEntry,
	type Report,
	type ReportOptions
} from './index';
import { reportHeadline } from './sentences';
import { uncertaintyOf } from './uncertainty';

export type Outcome =
	| { ok: true; scenario: Scenario; report: Report; lang: Locale }
	| { ok: false; errors: ErrorEntry[]; raw: Record<string, string>; lang: Locale };

/**
 * Decodes a canonical query and reports on it. `lang` in the query picks the locale of labels
 * and messages (nb when absent). `options` as for `buildReport`, with the simulation of ranges. Never throws.
 */
export function calculate(query: string, options: ReportOptions = {}): Outcome {
	const decoded = decode(query);
	if (!decoded.input) {
		return {
			ok: false,
			errors: errorEntries(decoded.issues, decoded.lang),
			raw: decoded.raw,
			lang: decoded.lang
		};
	}
	return {
		ok: true,
		scenario: decoded.input,
		report: buildReport(decoded.input, decoded.lang, { simulate: uncertaintyOf, ...options }),
		lang: decoded.lang
	};
}

/**
 * A report as the API and the CLI's `--json` answer it: with its headline, the sentence the
 * calculator, embed, social card and CLI lead with (its 90 % interval where ranges vary it), in
 * the scenario's language and currency.
 */
export function answerOf(outcome: Extract<Outcome, { ok: true }>): Report & { headline: string } {
	const { report, lang, scenario } = outcome;
	const { v, canonical, ...rest } = report;
	return { v, canonical, headline: reportHeadline(report, lang, scenario.cur), ...rest };
}
