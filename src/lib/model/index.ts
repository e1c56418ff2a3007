/**
 * The cost model of DESIGN.md §2: inputs → results, one row per year, and the audit trail.
 * Framework-free; the only entry point to `src/lib/model`.
 */
import { recordBreakEven } from './break-even';
import type { D } from './decimal';
import {
	discountDivisors,
	discountFactor,
	presentValues,
	recordPayback,
	recordPresentValues,
	reportedPayback,
	type DiscountedYear
} from './discounting';
import {
	activityOf,
	figuresByYear,
	laterEffects,
	yearFigures,
	yearRates,
	type YearFigures
} from './fiscal';
import { activeByYear, nobodyByYear, recordActive, recordFunnel, worksNobody } from './funnel';
import { knownInputs, readInputs } from './inputs';
import { Ledger } from './ledger';
import { CanonicalTexts } from './texts';
import { rememberLast } from './remember';
import type { DecimalString, ModelInput, ModelOutput, ResultId, Results, YearRow } from './types';
import { warningsOf } from './warnings';
import { recordLaterYears, recordYearOne } from './year-trail';

export * from './types';

/*
 * A run asks for two series that depend on few inputs: the persons in work by year (attributable,
 * drop, years) and the discount divisors (disc, years, schedule). Callers that run the model
 * many times with one input changed at a time (a tornado's 2 runs per range, the
 * implied-assumption search's probes) mostly ask for the same series again, so the last of each
 * is kept and handed out again for equal arguments: the same object, so the same digits. Both
 * are read-only (`readonly D[]`).
 */
const activeSeries = rememberLast(
	activeByYear,
	([attributable, drop, years], [lastAttributable, lastDrop, lastYears]) =>
		years === lastYears && attributable.eq(lastAttributable) && drop.eq(lastDrop)
);
const divisorSeries = rememberLast(
	discountDivisors,
	([disc, years, schedule], [lastDisc, lastYears, lastSchedule]) =>
		years === lastYears && schedule === lastSchedule && disc.eq(lastDisc)
);

export interface RunOptions {
	/**
	 * `false` computes the results only: `byYear` and `trail` come back empty. For a caller that
	 * needs every result but no working (the simulation's exact figures); one that reads a single
	 * result has `resultOf`.
	 */
	trail?: boolean;
}

/**
 * Runs the model on a schema-valid input (money in the scenario's currency, shares as
 * fractions, persons, whole years). Every figure comes back as an exact canonical decimal string
 * (`null` where it does not exist); the input is not modified. Never throws on valid input.
 */
export function runModel(input: ModelInput, options: RunOptions = {}): ModelOutput {
	return run(input, options.trail ?? true);
}

/** The break-even points, which no other result reads. */
const BREAK_EVEN: readonly ResultId[] = ['bcr', 'break_even_cost', 'break_even_success'];
/** The results that read the sum of the gross effects over the horizon. */
const READ_PV_GROSS: readonly ResultId[] = ['pv_gross', ...BREAK_EVEN];

/**
 * One result of a run, `runModel(input).results[id]` to the digit, without the work over the
 * horizon that `id` does not depend on (the sum of the gross effects, the break-even points).
 * For the callers that run the model many times and read one result: the tornado and the
 * implied-assumption search.
 */
export function resultOf(input: ModelInput, id: ResultId): DecimalString | null {
	return run(input, false, id).results[id];
}

/**
 * `runModel`, or with `wanted` given (and no trail) a run whose results are right for `wanted`
 * alone: the others may be left out (null).
 */
function run(input: ModelInput, recording: boolean, wanted?: ResultId): ModelOutput {
	const reads = (ids: readonly ResultId[]) => wanted === undefined || ids.includes(wanted);
	const values = readInputs(input);
	const texts = new CanonicalTexts();
	const ledger = new Ledger(knownInputs(values), texts, recording);
	const funnel = recordFunnel(ledger, values);

	const rates = yearRates(values);
	const nobody = worksNobody(values.funnel, input.version);
	const active = nobody
		? nobodyByYear(values.years)
		: activeSeries(funnel.attributable, values.drop, values.years);
	const programmeCost = funnel.helped.times(values.cost).div(values.success);
	// With a trail: every year's figures, for its steps and by-year row. Without: year 1's
	// figures (the results), and of the later years only what discounting needs.
	const years = recording ? figuresByYear(rates, active, programmeCost) : [];
	const first =
		years[0] ?? yearFigures(1, activityOf(rates, active[0]!), programmeCost, rates.mcpf);
	recordActive(ledger, first.active, nobody);
	recordYearOne(ledger, first, values.persp);
	recordLaterYears(ledger, years.slice(1), values.persp, nobody);
	const effects = recording ? years : [first, ...laterEffects(rates, active, first)];

	const divisors = divisorSeries(values.disc, values.years, input.schedule);
	const pv = presentValues(effects, divisors, reads(READ_PV_GROSS));
	recordPresentValues(ledger, pv, { ...values, schedule: input.schedule });
	const breakEven =
		pv.pvGross === null || !reads(BREAK_EVEN)
			? { bcr: null, breakEvenCost: null, breakEvenSuccess: null }
			: recordBreakEven(ledger, {
					pvGross: pv.pvGross,
					pvCost: pv.pvCost,
					helped: funnel.helped,
					success: values.success,
					cost: values.cost,
					pvNet: pv.pvNet,
					mcpf: rates.mcpf,
					firstYear: first
				});
	const paybackYear = reportedPayback(pv, input.version);
	recordPayback(ledger, paybackYear);

	const text = (value: D | null) => (value === null ? null : texts.of(value));
	const results: Results = {
		helped: text(funnel.helped),
		participants: text(funnel.participants),
		attributable: text(funnel.attributable),
		active: text(first.active),
		benefit_saving: text(first.benefitSaving),
		benefit_tax_lost: text(first.benefitTaxLost),
		net_benefit_saving: text(first.netBenefitSaving),
		tax_gain: text(first.taxGain),
		production_gain: text(first.productionGain),
		health_saving: text(first.healthSaving),
		gross_effect: text(first.grossEffect),
		programme_cost: text(first.programmeCost),
		tax_financing_cost: text(first.taxFinancingCost),
		net_effect: text(first.netEffect),
		pv_gross: text(pv.pvGross),
		pv_cost: text(pv.pvCost),
		pv_net: text(pv.pvNet),
		bcr: text(breakEven.bcr),
		break_even_cost: text(breakEven.breakEvenCost),
		break_even_success: text(breakEven.breakEvenSuccess),
		payback_year: paybackYear === null ? null : String(paybackYear)
	};
	const byYear = years.map((year, index) =>
		yearRow(year, pv.years[index]!, discountFactor(divisors[index]!), texts)
	);
	const warnings = recording ? warningsOf(values, funnel, nobody) : [];
	return { results, byYear, trail: ledger.trail, warnings };
}

/** One by-year row, as canonical strings. */
function yearRow(
	year: YearFigures,
	discounted: DiscountedYear,
	discountFactor: D,
	texts: CanonicalTexts
): YearRow {
	return {
		t: year.t,
		active: texts.of(year.active),
		benefit_saving: texts.of(year.benefitSaving),
		benefit_tax_lost: texts.of(year.benefitTaxLost),
		net_benefit_saving: texts.of(year.netBenefitSaving),
		tax_gain: texts.of(year.taxGain),
		production_gain: texts.of(year.productionGain),
		health_saving: texts.of(year.healthSaving),
		gross_effect: texts.of(year.grossEffect),
		programme_cost: texts.of(year.programmeCost),
		...(year.taxFinancingCost === null
			? {}
			: { tax_financing_cost: texts.of(year.taxFinancingCost) }),
		net_effect: texts.of(year.netEffect),
		discount_factor: texts.of(discountFactor),
		discounted_net: texts.of(discounted.discountedNet),
		cumulative_pv: texts.of(discounted.cumulativePv)
	};
}
