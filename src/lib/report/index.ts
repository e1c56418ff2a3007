/**
 * The JSON report of DESIGN.md "The JSON shape": what the API returns, what `--json` prints and
 * what the page renders. A pure function of the query and the locale. Framework-free.
 */
import { evaluateClaims, type EvaluateOptions } from '../claims';
import { stepInputs } from '../claims/dependencies';
import { stepKindShare } from '../model/warnings';
import type { ClaimResult } from '../claims/types';
import { formulaSubstituted, formulaSymbols } from '../format';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import { resultLabel } from './sentences';
import { runModel, type ModelOutput } from '../model';
import { D, toCanonical } from '../model/decimal';
import {
	RESULT_IDS,
	type DecimalString,
	type ResultId,
	type Results,
	type RulesVersion,
	type TrailStep,
	type Unit,
	type YearRow
} from '../model/types';
import type { Warning } from '../model/types';
// The scenario layer's modules one by one, not its index: the index also exports the presets,
// whose module builds their links when it loads, and the calculator's engine needs none of it.
import {
	adjustedSources,
	honestAdjustments,
	type AdjustedKey,
	type Adjustment
} from '../scenario/adjustments';
import type { ReferenceValue } from '../scenario/preset-types';
import { encode, writtenAsLinked } from '../scenario/codec';
import { comparisonScenario, toModelInput, type Scenario } from '../scenario/schema';
import {
	isComparisonKey,
	SCENARIO_KEYS,
	SIMULATION_KEYS,
	type ScenarioKey
} from '../scenario/keys';
import type { uncertaintyOf, Uncertainty } from './uncertainty';

export { errorEntries, issueMessage, keyName, type ErrorEntry } from './issues';

/** A warning with the figures it is about, so that a page can mark them. */
export interface ReportWarning extends Warning {
	/**
	 * The results built on any of the warning's inputs (`warnedDependencies`), read off the trail;
	 * only results that exist. None for a warning about an input that no figure uses (`mcpf` in
	 * the fiscal perspective).
	 */
	results: ResultId[];
}

/**
 * What each warning is about in a run's trail: its inputs (a step kind `kN` standing for its
 * share `sN`); for a response that is not work, also the people counted in work (`active`, each
 * year), which version 3 sets to 0 because of it.
 */
function warnedDependencies(warning: Warning): (dependency: string) => boolean {
	const keys = new Set(warning.keys.map(stepKindShare));
	const inWork = (dependency: string) =>
		dependency === 'active' || dependency.startsWith('active@');
	return warning.id === 'response_is_not_work'
		? (dependency) => keys.has(dependency) || inWork(dependency)
		: (dependency) => keys.has(dependency);
}

/**
 * What the payback year is built on, which has no step of its own: it is read off the
 * cumulative discounted net effect up to that year, so the net effect of each year until then,
 * and the discount rate from year 2. Undefined when there is no payback year.
 */
function paybackDependencies(
	builtOn: ReadonlyMap<string, ReadonlySet<string>>,
	paybackYear: DecimalString | null
): ReadonlySet<string> | undefined {
	if (paybackYear === null) return undefined;
	const year = Number(paybackYear);
	const dependencies = new Set(builtOn.get('net_effect'));
	for (let t = 2; t <= year; t++) {
		for (const dependency of builtOn.get(`net_effect@${t}`) ?? []) dependencies.add(dependency);
		dependencies.add('disc');
	}
	return dependencies;
}

/** `warnings` of a run with the results each is about, read off the run's `trail`. */
function withResults(
	warnings: readonly Warning[],
	trail: readonly TrailStep[],
	results: Results
): ReportWarning[] {
	if (warnings.length === 0) return [];
	const builtOn = stepInputs(trail);
	const dependenciesOf = (id: ResultId) =>
		id === 'payback_year' ? paybackDependencies(builtOn, results.payback_year) : builtOn.get(id);
	return warnings.map((warning) => {
		const isWarned = warnedDependencies(warning);
		const affected = RESULT_IDS.filter((id) => {
			const dependencies = dependenciesOf(id);
			if (results[id] === null || dependencies === undefined) return false;
			return isWarned(id) || [...dependencies].some(isWarned);
		});
		return { ...warning, results: affected };
	});
}

export interface TrailLine {
	id: string;
	year?: number;
	label: string;
	formula: string;
	substituted: string;
	value: string | null;
	unit: Unit;
}

export interface Report {
	/** The version whose rules computed it: the link's own `v`. */
	v: RulesVersion;
	canonical: string;
	input: Record<string, string>;
	results: Results;
	by_year: YearRow[];
	trail: TrailLine[];
	claims: ClaimResult[];
	/** What the figures say about the scenario, in data (`model/warnings.ts`). */
	warnings: ReportWarning[];
	/** For a scenario with ranges: intervals, probabilities and the tornado (`./uncertainty`). */
	uncertainty?: Uncertainty;
	/** For a scenario with `b_KEY` overrides: scenario B's figures beside these (`comparison`). */
	comparison?: Comparison;
	/**
	 * The honest adjustments the scenario leaves out (`scenario/adjustments.ts`), which a link can
	 * add as scenario B: each input and its sourced figure.
	 */
	adjustments: Adjustment[];
}

/** Scenario B: A with its `b_KEY` overrides, its figures, and each figure's difference B − A. */
export interface Comparison {
	/** B on its own: A's canonical query with the overrides in, without A's claims and ranges. */
	canonical: string;
	/** B's overrides, `b_KEY` → value, as the URL writes them. */
	overrides: Record<string, string>;
	results: Results;
	warnings: ReportWarning[];
	/** B − A for every result, exact; null where either figure does not exist. */
	difference: Record<ResultId, DecimalString | null>;
	/** B's inputs set to an honest adjustment's sourced figure, whose source the page shows. */
	adjusted: AdjustedKey[];
	/** Those figures with their sources, for the page (the API gives `adjusted` alone). */
	sources: Partial<Record<AdjustedKey, ReferenceValue>>;
}

/** Scenario B beside A, whose figures are `resultsA`. */
function comparisonOf(
	b: Scenario,
	overrides: Record<string, string>,
	resultsA: Results
): Omit<Comparison, 'adjusted' | 'sources'> {
	const { results, warnings, trail } = runModel(toModelInput(b));
	const canonical = encode(b);
	const difference = Object.fromEntries(
		RESULT_IDS.map((id) => {
			const [inB, inA] = [results[id], resultsA[id]];
			return [id, inB === null || inA === null ? null : toCanonical(new D(inB).minus(inA))];
		})
	) as Record<ResultId, DecimalString | null>;
	return {
		canonical,
		overrides,
		results,
		warnings: withResults(warnings, trail, results),
		difference
	};
}

function isSimulationKey(key: ScenarioKey): boolean {
	return (SIMULATION_KEYS as readonly string[]).includes(key);
}

/**
 * Every scenario key with its value as a string (a range as `BASE:LOW:HIGH`, a discount schedule
 * by its name, as the link writes them), defaults filled in (absent optional keys left out).
 */
function echoInput(scenario: Scenario): Record<string, string> {
	const input: Record<string, string> = {};
	const values = scenario as unknown as Record<string, unknown>;
	for (const key of SCENARIO_KEYS) {
		const claim = scenario.claims.find((c) => c.id === key);
		if (claim) {
			input[key] = [claim.metric, claim.op, claim.value, claim.sig]
				.filter((part) => part !== undefined)
				.join(':');
		} else if (isSimulationKey(key) && scenario.ranges === undefined) {
			// How ranges are simulated means nothing to a scenario without any.
			continue;
		} else if (values[key] !== undefined) {
			input[key] = writtenAsLinked(scenario, key) ?? String(values[key]);
		}
	}
	input.v = String(scenario.version);
	return input;
}

/**
 * The working of a step as words where it has no formula: a payback year that does not exist
 * says why (nothing to pay back, or not within the horizon).
 */
function substitutedText(step: TrailStep, scenario: Scenario, output: ModelOutput, locale: Locale) {
	if (step.result !== 'payback_year' || step.value !== null) {
		return formulaSubstituted(step.formula, locale, scenario.cur);
	}
	const nothingToPay = output.results.pv_cost === '0';
	return nothingToPay
		? t(locale, 'trail.payback_none')
		: t(locale, 'trail.payback_never', { years: scenario.years });
}

function trailLine(
	step: TrailStep,
	scenario: Scenario,
	output: ModelOutput,
	locale: Locale
): TrailLine {
	const label = resultLabel(step.result, output.warnings, locale);
	return {
		id: step.id,
		...(step.year !== undefined && step.year > 1 ? { year: step.year } : {}),
		label:
			step.year !== undefined && step.year > 1
				? t(locale, 'trail.year_suffix', { label, year: step.year })
				: label,
		formula: formulaSymbols(step.formula),
		substituted: substitutedText(step, scenario, output, locale),
		value: step.value,
		unit: step.unit
	};
}

/** What `buildReport` may leave out, for the live calculator to fill in just after. */
export interface ReportOptions extends EvaluateOptions {
	/**
	 * How to simulate a scenario with ranges (`uncertainty`), where the report should have it:
	 * `uncertaintyOf` (`./uncertainty`), passed in by the CLI and the claims pages
	 * (`./calculate`). Without it the report has no `uncertainty`: the live calculator runs the
	 * simulation in a web worker, so that typing never waits for it, and its code (with the
	 * statistics library) never loads on the page; the server's pages and API add it from a
	 * worker thread (`$lib/server/simulation`), so that other requests never wait for it.
	 */
	simulate?: typeof uncertaintyOf;
}

/**
 * Runs the model and the claims on a valid scenario and words the trail for `locale`.
 * `options.implied: false` leaves the claims' implied assumptions out (see `evaluateClaims`);
 * the simulation only with `options.simulate`.
 */
export function buildReport(
	scenario: Scenario,
	locale: Locale,
	options: ReportOptions = {}
): Report {
	const input = toModelInput(scenario);
	const output = runModel(input);
	const { ranges } = scenario;
	const report: Report = {
		v: scenario.version,
		canonical: encode(scenario),
		input: echoInput(scenario),
		results: output.results,
		by_year: output.byYear,
		trail: output.trail.map((step) => trailLine(step, scenario, output, locale)),
		claims: evaluateClaims(scenario.claims, input, output, options),
		warnings: withResults(output.warnings, output.trail, output.results),
		adjustments: honestAdjustments(scenario)
	};
	if (ranges && options.simulate)
		report.uncertainty = options.simulate({ ...scenario, ranges }, input, output.results, locale);
	const b = comparisonScenario(scenario);
	if (b) {
		const overrides = Object.fromEntries(
			Object.entries(report.input).filter(([key]) => isComparisonKey(key))
		);
		const sources = adjustedSources(scenario);
		report.comparison = {
			...comparisonOf(b, overrides, output.results),
			adjusted: Object.keys(sources) as AdjustedKey[],
			sources
		};
	}
	return report;
}
