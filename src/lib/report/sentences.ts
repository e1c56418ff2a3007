/**
 * Claims in words, the same on the page and in the CLI: "gross effect over 4 000 000 000 kr",
 * "holds if Health-care cost avoided per person-year (health) is above 16 666,67 kr, the other
 * inputs unchanged".
 * Framework-free.
 */
import type { ClaimResult } from '../claims/types';
import {
	RESULT_IDS,
	type DecimalString,
	type ResultId,
	type Warning,
	type WarningId
} from '../model/types';
import type { Currency } from '../format/currency';
import {
	formatByUnit,
	formatCompact,
	formatNumber,
	formatShare,
	NO_VALUE
} from '../format/format-number';
import type { Locale } from '../format/locale';
import type { Unit } from '../model/types';
import { countKey, t } from '../i18n';
import type { Summary } from '../uncertainty/summary';
import type { Simulation } from '../uncertainty/simulate';
import type { Adjustment } from '../scenario/adjustments';
import type { Correction } from '../scenario/corrections';
import { comparedKey, type ComparisonKey } from '../scenario/keys';
import type { Comparison, Report } from './index';
import type { Uncertainty } from './uncertainty';
import { keyName } from './issues';
import { inputUnit, resultUnit } from './units';

/**
 * "Gross effect over 4 000 000 000 kr": the result named as the report with `warnings` names it
 * (`resultLabel`: in a response-only funnel its people respond).
 */
export function claimStatement(
	claim: ClaimResult,
	warnings: readonly Warning[],
	lang: Locale,
	currency: Currency
): string {
	const value = formatByUnit(claim.value, resultUnit(claim.metric), lang, currency);
	return `${resultLabel(claim.metric, warnings, lang)} ${t(lang, `op.${claim.op}`)} ${value}`;
}

/** "The computed figure differs by −250 000 000 kr (−6,25 %)", or null when there is none. */
export function differenceSentence(
	claim: ClaimResult,
	lang: Locale,
	currency: Currency
): string | null {
	if (claim.verdict !== 'does_not_hold' || claim.difference === null) return null;
	return t(lang, 'claim.difference', {
		difference: formatByUnit(claim.difference, resultUnit(claim.metric), lang, currency),
		relative:
			claim.relative_difference === null ? '—' : formatShare(claim.relative_difference, lang)
	});
}

/** A bound in words, rounded so the sentence stays true: up for "above", down for "below". */
function boundText(
	value: string,
	unit: Unit,
	direction: 'above' | 'below' | 'at',
	lang: Locale,
	currency: Currency
): { text: string; exact: boolean } {
	const up = formatByUnit(value, unit, lang, currency, 'ceil');
	const down = formatByUnit(value, unit, lang, currency, 'floor');
	if (direction === 'above') return { text: up, exact: up === down };
	if (direction === 'below') return { text: down, exact: up === down };
	return { text: formatByUnit(value, unit, lang, currency), exact: up === down };
}

/** `a`, `a or b`, `a, b or c` in the page's language. */
function listed(items: string[], lang: Locale): string {
	const last = items[items.length - 1] ?? '';
	if (items.length <= 1) return last;
	return (
		items.slice(0, -1).join(t(lang, 'implied.list_separator')) + t(lang, 'implied.list_last') + last
	);
}

/**
 * The combined assumption in words ("holds if income tax … plus health-care costs avoided come
 * to more than 16 666,67 kr per person-year in work (now 0 kr), …"), or null when the claim has
 * none.
 */
function combinedSentence(claim: ClaimResult, lang: Locale, currency: Currency): string | null {
	const { combined } = claim;
	if (combined === undefined) return null;
	const bound = boundText(combined.value, 'money', combined.direction, lang, currency);
	const key =
		combined.direction === 'at' && !bound.exact
			? 'combined.at_about'
			: `combined.${combined.direction}`;
	const society = combined.parts.includes('production_gain');
	return t(lang, key, {
		parts: t(lang, society ? 'combined.society_parts' : 'combined.fiscal_parts'),
		value: bound.text,
		current: formatByUnit(combined.current, 'money', lang, currency)
	});
}

/**
 * The implied assumptions of a claim in words: the combined one where there is one, then one
 * sentence per input that alone could make the claim hold ("holds if … is above …, the other
 * inputs unchanged"), one naming all the inputs that cannot, and one naming those the request's
 * work budget left unsearched. A bound is rounded for display towards the side where the claim
 * holds, so "above 16 666,67 kr" is true of the exact 16 666,666…; a value the display cannot
 * show exactly is "about" it.
 */
export function impliedSentences(claim: ClaimResult, lang: Locale, currency: Currency): string[] {
	const combined = combinedSentence(claim, lang, currency);
	const sentences: string[] = combined === null ? [] : [combined];
	const unreachable: string[] = [];
	const unsearched: string[] = [];
	for (const entry of claim.implied) {
		const input = keyName(entry.key, lang);
		if (entry.searched === false) unsearched.push(input);
		else if (entry.value === null) unreachable.push(input);
		else {
			const direction = entry.direction ?? 'at';
			const bound = boundText(entry.value, inputUnit(entry.key), direction, lang, currency);
			const key = direction === 'at' && !bound.exact ? 'implied.at_about' : `implied.${direction}`;
			sentences.push(t(lang, key, { input, value: bound.text }));
		}
	}
	if (unreachable.length > 0) {
		sentences.push(t(lang, 'implied.none', { inputs: listed(unreachable, lang) }));
	}
	if (unsearched.length > 0) {
		sentences.push(t(lang, 'implied.not_searched', { inputs: listed(unsearched, lang) }));
	}
	return sentences;
}

/** A count of people as key figures show it: whole, rounded half away from zero. */
export function formatPeople(value: string, lang: Locale): string {
	return formatNumber(value, lang, { maximumFractionDigits: 0 });
}

/** The id of a warning's item in the page's list, which the figures it is about link to. */
export function warningAnchor(id: WarningId): string {
	return `assumes-${id}`;
}

/** What a warning's words are built from: a report's results, input and warnings. */
export interface WarnedReport {
	results: Readonly<Record<string, string | null>>;
	input: Readonly<Record<string, string>>;
	warnings: readonly Warning[];
}

/**
 * A warning in words, with the scenario's own figures (the report's canonical strings). In a
 * funnel that ends in a response to treatment (`respondsOnly`), its people are people who
 * respond, and the warnings about them say so.
 */
export function warningSentence(warning: Warning, report: WarnedReport, lang: Locale): string {
	const { results, input } = report;
	const response = respondsOnly(report.warnings);
	// The echoed input writes a range in full (`0.3:0.2:0.4`); a warning is about its BASE.
	const base = (key: string) => (input[key] ?? '0').split(':')[0]!;
	const share = (key: string) => formatShare(base(key), lang);
	switch (warning.id) {
		case 'participants_exceed_population':
			return t(
				lang,
				response
					? 'warning.participants_exceed_population_response'
					: 'warning.participants_exceed_population',
				{
					participants: formatPeople(results.participants ?? '0', lang),
					helped: formatPeople(results.helped ?? '0', lang),
					pop: formatPeople(base('pop'), lang),
					success: share('success')
				}
			);
		case 'taxes_exceed_wage':
			return t(lang, 'warning.taxes_exceed_wage', { wtax: share('wtax'), emp: share('emp') });
		case 'no_deadweight':
			return t(lang, response ? 'warning.no_deadweight_response' : 'warning.no_deadweight');
		case 'health_without_work':
		case 'mcpf_not_counted':
		case 'benefit_gross_of_tax':
		case 'full_time':
			return t(lang, `warning.${warning.id}`);
		case 'no_drop_off':
			return t(lang, 'warning.no_drop_off', { years: input.years ?? '' });
		case 'lifetime_prevalence':
		case 'response_is_not_work': {
			// From version 3 nobody through a response-only funnel is counted in work; it says so.
			const v3 = warning.id === 'response_is_not_work' && input.v !== '1' && input.v !== '2';
			const id = v3 ? 'response_is_not_work_v3' : warning.id;
			// The warning names the steps' kinds (`k2`); a step is named by its label where it has
			// one, as the reader wrote it, else by its key.
			const steps = warning.keys.map((key) => {
				const n = key.slice(1);
				const label = input[`l${n}`];
				return label ? `«${label}» (s${n})` : keyName(`s${n}`, lang);
			});
			return t(lang, `warning.${id}`, { steps: steps.join(', ') });
		}
	}
}

/** The headline's sentence: the saving, or for a response-only funnel (`respondsOnly`) its v2 or v3 words. */
type HeadlineKey = 'headline.saving' | 'headline.saving_response' | 'headline.response_only';

/**
 * Whether a report's funnel ends in a response to treatment with no step into work (its
 * `response_is_not_work` warning): its people are people who respond, not people in work.
 */
export function respondsOnly(warnings: readonly Warning[]): boolean {
	return warnings.some((warning) => warning.id === 'response_is_not_work');
}

/**
 * Whether a report counts people who respond and nothing else: a funnel that ends in a response
 * to treatment, under rules (version 3 on) that count nobody from it in work, so no money.
 */
export function countsResponsesOnly(report: Pick<Report, 'v' | 'warnings'>): boolean {
	return respondsOnly(report.warnings) && report.v >= 3;
}

/**
 * A result's name on a report: the people of a response-only funnel, and those of them the
 * programme accounts for, are people who respond.
 */
export function resultLabel(id: ResultId, warnings: readonly Warning[], lang: Locale): string {
	const response = (id === 'helped' || id === 'attributable') && respondsOnly(warnings);
	return t(lang, response ? `trail.${id}_response` : `trail.${id}`);
}

/** A money figure as a headline writes it (`3,75 mrd. kr`), `—` where there is none. */
function headlineMoney(value: string | null, lang: Locale, currency: Currency): string {
	return value === null ? NO_VALUE : formatCompact(value, lang, currency);
}

/**
 * The scenario in one sentence a journalist can quote: "15 000 personer tilbake i arbeid sparer
 * 3,75 mrd. kr i trygdeytelser per år." People whole, rounded half away from zero as the money
 * beside them is; "1 person" in the singular.
 */
export function headlineSentence(
	results: Readonly<Record<string, string | null>>,
	lang: Locale,
	currency: Currency,
	interval?: Summary | null,
	key: HeadlineKey = 'headline.saving'
): string {
	const people = formatPeople(results.helped ?? '0', lang);
	const saving = headlineMoney(results.benefit_saving ?? null, lang, currency);
	return t(lang, countKey(key, people), {
		people,
		saving: interval ? `${saving} (${intervalText(interval, lang, currency)})` : saving
	});
}

/**
 * The headline of a report, wherever it appears (calculator, embed, meta description, social
 * card, CLI): with the saving's 90 % interval where ranges make it vary, and, for a funnel that
 * ends in a response to treatment with no step into work, saying that the saving holds only if
 * they all return to work.
 */
export function reportHeadline(report: Report, lang: Locale, currency: Currency): string {
	const key = !respondsOnly(report.warnings)
		? 'headline.saving'
		: countsResponsesOnly(report)
			? 'headline.response_only'
			: 'headline.saving_response';
	return headlineSentence(report.results, lang, currency, savingInterval(report.uncertainty), key);
}

/**
 * A simulated 90 % interval of a money figure as a headline writes it: "90 % intervall
 * 1,88 mrd. kr–5,63 mrd. kr".
 */
export function intervalText(interval: Summary, lang: Locale, currency: Currency): string {
	return t(lang, 'headline.interval', {
		low: headlineMoney(interval.p5, lang, currency),
		high: headlineMoney(interval.p95, lang, currency)
	});
}

/**
 * The headline's second sentence: the gross and net effect of year 1 (net of the cost of public
 * funds too, where it is counted), and over the horizon.
 */
export function headlineDetail(
	results: Readonly<Record<string, string | null>>,
	years: number,
	lang: Locale,
	currency: Currency
): string {
	const money = (id: string) => headlineMoney(results[id] ?? null, lang, currency);
	// The net effect is also net of the cost of public funds where that is counted, and says so.
	const counted = results.tax_financing_cost !== null && results.tax_financing_cost !== undefined;
	const gross = t(lang, counted ? 'headline.gross_public_funds' : 'headline.gross', {
		gross: money('gross_effect'),
		net: money('net_effect')
	});
	return years > 1 ? `${gross} ${t(lang, 'headline.pv', { years, pv: money('pv_net') })}` : gross;
}

/**
 * The 90 % interval of the headline's saving, where the scenario's ranges make it vary: none
 * without ranges, when the simulation could not run, or when nothing it depends on varies.
 */
export function savingInterval(uncertainty: Uncertainty | undefined): Summary | null {
	if (uncertainty === undefined || 'error' in uncertainty) return null;
	const interval = uncertainty.results.benefit_saving;
	return interval && interval.p5 !== interval.p95 ? interval : null;
}

/**
 * The figures a reader looks at first, in order: the key figures of the calculator and the rows
 * of the uncertainty table. The present value only over more than one year (in year 1 it is the
 * net effect).
 */
export function keyFigureIds(report: Report): ResultId[] {
	const ids: ResultId[] = [
		'helped',
		'benefit_saving',
		'gross_effect',
		'programme_cost',
		'net_effect'
	];
	return Number(report.input.years) > 1 ? [...ids, 'pv_net'] : ids;
}

/** A figure as short as its unit allows: money compact (`3,75 mrd. kr`), people whole. */
export function shortFigure(
	value: DecimalString | null,
	unit: Unit,
	lang: Locale,
	currency: Currency
): string {
	if (value === null) return NO_VALUE;
	if (unit === 'money') return formatCompact(value, lang, currency);
	if (unit === 'persons') return formatPeople(value, lang);
	return formatByUnit(value, unit, lang, currency);
}

/**
 * One row of the uncertainty table: a result's point estimate, median and 90 % interval (a
 * single figure where it does not vary).
 */
export interface IntervalRow {
	id: ResultId;
	label: string;
	point: string;
	median: string;
	interval: string;
}

/**
 * The key figures of a simulated report with their median and 90 % interval, short; a figure
 * without a summary (it does not exist in some draws) is left out.
 */
export function intervalRows(
	report: Report,
	simulation: Simulation,
	lang: Locale,
	currency: Currency
): IntervalRow[] {
	return keyFigureIds(report).flatMap((id) => {
		const summary = simulation.results[id];
		if (!summary) return [];
		const unit = resultUnit(id);
		const short = (value: DecimalString) => shortFigure(value, unit, lang, currency);
		return [
			{
				id,
				label: resultLabel(id, report.warnings, lang),
				point: shortFigure(report.results[id], unit, lang, currency),
				median: short(summary.median),
				interval:
					summary.p5 === summary.p95
						? short(summary.p5)
						: `${short(summary.p5)}–${short(summary.p95)}`
			}
		];
	});
}

/** "The present value of the net effect is above 0 in 95.12% of draws." */
export function positiveSentence(simulation: Simulation, lang: Locale): string {
	return t(lang, 'uncertainty.positive', { share: formatShare(simulation.pv_net_positive, lang) });
}

/** For each claim of a simulated report: "“Gross effect over £4 billion” holds in 51% of draws." */
export function claimProbabilitySentences(
	report: Report,
	simulation: Simulation,
	lang: Locale,
	currency: Currency
): { id: string; text: string }[] {
	return simulation.claims.flatMap(({ id, holds }) => {
		const claim = report.claims.find((other) => other.id === id);
		if (claim === undefined) return [];
		const text = t(lang, 'uncertainty.claim_holds', {
			claim: claimStatement(claim, report.warnings, lang, currency),
			share: formatShare(holds, lang)
		});
		return [{ id, text }];
	});
}

/**
 * The line a journalist pastes to cite a scenario: its title, the price year of its amounts
 * where it gives one (CHEERS 2022, item 15), the date it was computed (the reader's, so none on
 * the server) and its link.
 */
export function citationText(
	scenario: { title?: string; py?: number },
	date: string | null,
	link: string,
	lang: Locale
): string {
	const title = scenario.title ?? t(lang, 'share.untitled');
	const prices =
		scenario.py === undefined ? '' : `${t(lang, 'share.prices', { year: scenario.py })}, `;
	return date === null
		? t(lang, 'share.citation_undated', { title, prices, link })
		: t(lang, 'share.citation', { title, prices, date, link });
}

/** One row of the comparison table: a key figure in A and in B, and B − A. */
export interface ComparisonRow {
	id: ResultId;
	label: string;
	a: string;
	b: string;
	difference: string;
}

/**
 * Every result of A beside B's and their differences, short (money compact), in trail order; the
 * cost of public funds only where A or B counts it.
 */
export function comparisonRows(
	report: Report,
	comparison: Comparison,
	lang: Locale,
	currency: Currency
): ComparisonRow[] {
	const shown = RESULT_IDS.filter(
		(id) =>
			id !== 'tax_financing_cost' || report.results[id] !== null || comparison.results[id] !== null
	);
	return shown.map((id) => {
		const unit = resultUnit(id);
		const short = (value: DecimalString | null) => shortFigure(value, unit, lang, currency);
		return {
			id,
			label: resultLabel(id, report.warnings, lang),
			a: short(report.results[id]),
			b: short(comparison.results[id]),
			difference: short(comparison.difference[id])
		};
	});
}

/**
 * B's warnings in words, each with its id: worded from B's own figures and input (A's with the
 * overrides), as A's are from A's.
 */
export function comparisonWarnings(
	report: Report,
	comparison: Comparison,
	lang: Locale
): { id: WarningId; text: string }[] {
	const input = { ...report.input };
	for (const [key, value] of Object.entries(comparison.overrides)) {
		input[comparedKey(key as ComparisonKey)] = value;
	}
	const b: WarnedReport = { results: comparison.results, input, warnings: comparison.warnings };
	return comparison.warnings.map((warning) => ({
		id: warning.id,
		text: warningSentence(warning, b, lang)
	}));
}

/** "B is A with: Deadweight (dead) 30%, Work fraction (work) 80%." */
export function overridesSentence(
	comparison: Comparison,
	lang: Locale,
	currency: Currency
): string {
	const overrides = Object.entries(comparison.overrides).map(([key, value]) =>
		inputWithValue(key.slice(2), value, lang, currency)
	);
	return t(lang, 'comparison.overrides', { overrides: overrides.join(', ') });
}

/** "Deadweight (dead) 72 %": an input named with a value in its units. */
function inputWithValue(key: string, value: string, lang: Locale, currency: Currency): string {
	const shown =
		key === 'persp'
			? t(lang, `persp.${value}`)
			: formatByUnit(value, inputUnit(key), lang, currency);
	return `${keyName(key, lang)} ${shown}`;
}

/**
 * What the honest adjustments would set in scenario B, and what they leave as it is: "B takes
 * Deadweight (dead) 72 % …".
 */
export function adjustmentsSentence(
	adjustments: readonly Adjustment[],
	lang: Locale,
	currency: Currency
): string {
	const changes = adjustments.map(({ key, value }) => inputWithValue(key, value, lang, currency));
	return t(lang, 'adjust.what', { changes: changes.join(', ') });
}

/**
 * What a preset's scenario B takes from its context notes where the article gives another
 * figure or none: "… Funnel step 1 (s1) 2.6% (Tidsskriftet / Helsetidsskriftet, 2025) …".
 */
export function correctionsSentence(
	corrections: readonly Correction[],
	lang: Locale,
	currency: Currency
): string {
	const changes = corrections.map((correction) => correctionText(correction, lang, currency));
	return t(lang, 'adjust.corrections', { changes: changes.join(', ') });
}

/** A figure B takes from a seed's source: "Funnel step 1 (s1) 2.6% (Tidsskriftet …, 2025)". */
export function correctionText(correction: Correction, lang: Locale, currency: Currency): string {
	const { key, value, source } = correction;
	return `${inputWithValue(key, value, lang, currency)} (${source[lang]})`;
}
