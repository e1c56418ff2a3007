/**
 * The uncertainty section of a report, for a scenario with ranges: the simulation's summaries
 * and probabilities, and the tornado of the net present value. Framework-free.
 */
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { InputKey } from '../model/parameters';
import type { ModelInput, Results } from '../model/types';
import { runModel } from '../model';
import { decode } from '../scenario/codec';
import { toModelInput, type Scenario } from '../scenario/schema';
import { simulate, type Simulation } from '../uncertainty/simulate';
import { tornado, type TornadoBar } from '../uncertainty/tornado';
import { keyName, type ErrorEntry } from './issues';

/** The result the tornado shows: the net present value, what a programme is judged by. */
export const TORNADO_METRIC = 'pv_net';

export type Uncertainty =
	| (Simulation & { tornado: { metric: typeof TORNADO_METRIC; bars: TornadoBar[] } })
	| { error: ErrorEntry };

/** The uncertainty of `scenario` (which has ranges), its point estimate being `exact`. */
export function uncertaintyOf(
	scenario: Scenario & { ranges: NonNullable<Scenario['ranges']> },
	input: ModelInput,
	exact: Results,
	locale: Locale
): Uncertainty {
	const { ranges, claims, n, seed } = scenario;
	const outcome = simulate({ input, ranges, claims, exact, n, seed });
	if (!outcome.ok) {
		const key: InputKey = outcome.key;
		const range = ranges[key]!;
		const message = t(locale, 'uncertainty.no_fit', {
			key: keyName(key, locale),
			low: range.low,
			high: range.high
		});
		return {
			error: { key, value: `${input[key as keyof ModelInput]}:${range.low}:${range.high}`, message }
		};
	}
	return {
		...outcome.simulation,
		tornado: { metric: TORNADO_METRIC, bars: tornado(input, ranges, TORNADO_METRIC) }
	};
}

/**
 * The uncertainty of the scenario a canonical query holds, as `buildReport` would give it: what
 * the live calculator's web worker computes from the query the page sends it. Null when the query
 * is not a valid scenario or has no ranges.
 */
export function uncertaintyOfQuery(query: string, locale: Locale): Uncertainty | null {
	const scenario = decode(query).input;
	if (scenario === null || scenario.ranges === undefined) return null;
	const input = toModelInput(scenario);
	return uncertaintyOf(
		{ ...scenario, ranges: scenario.ranges },
		input,
		runModel(input, { trail: false }).results,
		locale
	);
}
