/**
 * A canonical query in, its full report out: what the API, the CLI, the social card and the
 * claims pages answer with, the simulation of ranges included (the server runs that part in a
 * worker thread: `$lib/server/simulation`). Kept apart from `./index` so the live calculator,
 * which builds reports without the simulation, never loads its code. Framework-free.
 */
import type { ClaimKey } from '../claims/types';
import type { Locale } from '../format/locale';
import type { InputKey } from '../model/parameters';
import type { DecimalString, ResultId } from '../model/types';
import type { InputRange } from '../scenario/schema';
import type { Simulation } from '../uncertainty/simulate';
import { decode, type Scenario } from '../scenario';
import {
	buildReport,
	errorEntries,
	type Comparison,
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
 * and messages (nb when absent). `options` as for `buildReport`, with the simulation of ranges
 * unless `simulate: undefined` is given (the CSV needs none; the server runs it in a worker,
 * `$lib/server/simulation`). Never throws.
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

/** One bar of the tornado as the API gives it: `metric` with `key` at its LOW and its HIGH. */
export interface AnswerTornadoBar {
	key: InputKey;
	metric: ResultId;
	/** The input's LOW and HIGH. */
	range: InputRange;
	/** `metric` with `key` at LOW, and at HIGH (null where it does not exist). */
	low: DecimalString | null;
	high: DecimalString | null;
	/** |high − low|; null when either does not exist. */
	swing: DecimalString | null;
}

/**
 * The API's answer, DESIGN.md §5 "The JSON shape": the report with its headline, and for a
 * scenario with ranges or a scenario B the keys that shape adds.
 */
export type Answer = Omit<Report, 'uncertainty' | 'comparison'> & {
	headline: string;
	/** Each result's mean, median, 5th and 95th percentile over the draws (null: not in every draw). */
	intervals?: Simulation['results'];
	/** The share of draws with `pv_net` > 0, and in which each claim holds, by claim id. */
	probabilities?: Partial<Record<'pv_net_positive' | ClaimKey, DecimalString>>;
	/** One-way sensitivity of `pv_net`, widest swing first. */
	tornado?: AnswerTornadoBar[];
	/** Instead of the three above, when no distribution fits a range. */
	simulation_error?: ErrorEntry;
	/** Scenario B beside A, without the page's words for its sources. */
	b?: Omit<Comparison, 'sources'>;
};

/** A report's simulation as the keys DESIGN.md's JSON shape gives it. */
function simulationKeys(
	uncertainty: NonNullable<Report['uncertainty']>
): Pick<Answer, 'intervals' | 'probabilities' | 'tornado' | 'simulation_error'> {
	if ('error' in uncertainty) return { simulation_error: uncertainty.error };
	const { metric, bars } = uncertainty.tornado;
	return {
		intervals: uncertainty.results,
		probabilities: {
			pv_net_positive: uncertainty.pv_net_positive,
			...Object.fromEntries(uncertainty.claims.map((claim) => [claim.id, claim.holds]))
		},
		tornado: bars.map(({ key, range, atLow, atHigh, swing }) => ({
			key,
			metric,
			range,
			low: atLow,
			high: atHigh,
			swing
		}))
	};
}

/** B as the API gives it: `adjusted` names the inputs; their sources are the page's. */
function withoutSources({ sources: _sources, ...comparison }: Comparison): Answer['b'] {
	return comparison;
}

/**
 * A report as the API and the CLI's `--json` answer it (DESIGN.md §5): with its headline, the
 * sentence the calculator, embed, social card and CLI lead with (its 90 % interval where ranges
 * vary it), in the scenario's language and currency; a simulation as `intervals`,
 * `probabilities` and `tornado`; scenario B as `b`.
 */
export function answerOf(outcome: Extract<Outcome, { ok: true }>): Answer {
	const { report, lang, scenario } = outcome;
	const { v, canonical, uncertainty, comparison, ...rest } = report;
	return {
		v,
		canonical,
		headline: reportHeadline(report, lang, scenario.cur),
		...rest,
		...(uncertainty ? simulationKeys(uncertainty) : {}),
		...(comparison ? { b: withoutSources(comparison) } : {})
	};
}
