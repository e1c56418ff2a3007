/**
 * The model's public contract: what goes in and what comes out. Framework-free.
 *
 * At this boundary every number is a canonical decimal string (`^-?\d+(\.\d+)?$`, no exponent,
 * no grouping, no trailing zeros after the point, never `-0`). Inside the model every number is
 * a `D` (see `decimal.ts`). Ids are the public ids of DESIGN.md §2: they appear in URLs, the API,
 * the trail and message keys, and never change once shipped.
 */
/** A canonical decimal string, e.g. `"150000"`, `"0.1"`, `"-12.5"`. */
export type DecimalString = string;

export type Perspective = 'fiscal' | 'society';

/**
 * The scenario format version (`v`) whose rules a run follows (DESIGN.md §6): a link keeps the
 * rules it was made with, so its answers never change. Version 2 reports no payback year when
 * there is nothing to pay back (no programme cost), and reads `approx` claims symmetrically.
 * Version 3 counts nobody in work from a funnel that ends in a response to treatment with no
 * step into work (`funnel.ts`, `worksNobody`).
 */
export type RulesVersion = 1 | 2 | 3;

export { FUNNEL_KEYS, type FunnelKey } from './parameters';
import type { FunnelKey, InputKey, OptionalStepKey } from './parameters';

/** The numeric inputs present only when the scenario gives them. */
type OptionalInputKey = OptionalStepKey | 'mcpf';

/**
 * The numeric inputs of §2 (`parameters.ts`), each a canonical decimal string but `years` (whole
 * years). `s1` is always present (default "1"); `s2` … `s8` are present only when the scenario
 * has that step (a missing step is not a factor of 1 shown in the trail, it is simply not there);
 * `mcpf` only when the scenario counts the cost of public funds. Then the perspective and the
 * rules version the run follows.
 */
export type ModelInput = Record<Exclude<InputKey, OptionalInputKey | 'years'>, DecimalString> &
	Partial<Record<OptionalInputKey, DecimalString>> & {
		years: number;
		persp: Perspective;
		version: RulesVersion;
		/** What each funnel step measures (`kN`), where it is given: `other` otherwise. */
		kinds?: Partial<Record<FunnelKey, StepKind>>;
		/**
		 * A country's discount schedule (`disc=no|dk`), where the scenario follows one: `disc` is
		 * then the schedule's first rate, and later years are discounted at its lower rates.
		 */
		schedule?: DiscountSchedule;
	};

/**
 * The discount schedules a scenario may follow instead of one rate (`discounting.ts`): Norway's
 * R-109/21 and Denmark's Finansministeriet.
 */
export const DISCOUNT_SCHEDULE_IDS = ['no', 'dk'] as const;
export type DiscountSchedule = (typeof DISCOUNT_SCHEDULE_IDS)[number];

/**
 * What a funnel step measures (DESIGN.md §2): lifetime or 12-month prevalence, resistance to
 * treatment, a clinical response or remission, a return to work, or anything else (`other`, the
 * default, read as the model always has: a share of those before it).
 */
export const STEP_KINDS = [
	'prev_life',
	'prev_year',
	'resistant',
	'response',
	'remission',
	'rtw',
	'other'
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Input keys that hold a decimal (all but `years`, `persp`, `version`, `kinds`, `schedule`). */
export type DecimalInputKey = Exclude<
	keyof ModelInput,
	'years' | 'persp' | 'version' | 'kinds' | 'schedule'
>;

/** Result ids of §2, in the order of the trail. */
export const RESULT_IDS = [
	'helped',
	'participants',
	'attributable',
	'active',
	'benefit_saving',
	'benefit_tax_lost',
	'net_benefit_saving',
	'tax_gain',
	'production_gain',
	'health_saving',
	'gross_effect',
	'programme_cost',
	'tax_financing_cost',
	'net_effect',
	'pv_gross',
	'pv_cost',
	'pv_net',
	'bcr',
	'break_even_cost',
	'break_even_success',
	'payback_year'
] as const;
export type ResultId = (typeof RESULT_IDS)[number];

/**
 * Results: year-1 values for the per-year figures (`active` … `net_effect`), totals over the
 * horizon for the `pv_*` figures. `null` where a figure does not exist (`tax_financing_cost` but
 * in the society perspective with `mcpf` given, `bcr` when `pv_cost` = 0,
 * `break_even_cost` when nobody participates, `break_even_success` when `pv_gross` = 0 and, with `mcpf`, the public budget gains nothing,
 * `payback_year` when the horizon never pays back, and from version 2 when there is nothing to
 * pay back). `payback_year` is a whole number as a string.
 */
export type Results = Record<ResultId, DecimalString | null>;

/** What a trail value or operand measures; the presentation layer formats by unit. */
/**
 * `count`: a plain whole number, such as the simulation's number of draws; `calendar_year`: a
 * year such as the price year, written without grouping (2025).
 */
export type Unit =
	'persons' | 'share' | 'money' | 'ratio' | 'years' | 'factor' | 'count' | 'calendar_year';

/**
 * One token of a trail formula. The same token list gives the formula in symbols
 * (`pop × s1`) and with the numbers put in (`150 000 × 10 %`), per locale, in `format/`.
 * - `ref`: an input or an earlier step, by id, with its exact value and unit;
 * - `num`: a literal number written in the formula (the `1` of `1 − dead`), with its unit;
 * - `op`: an operator or bracket, one of `×`, `÷`, `+`, `−`, `(`, `)`, `^`.
 */
export type FormulaToken =
	| { kind: 'ref'; id: string; value: DecimalString; unit: Unit }
	| { kind: 'num'; value: DecimalString; unit: Unit }
	| { kind: 'op'; text: '×' | '÷' | '+' | '−' | '(' | ')' | '^' };

/**
 * One step of the audit trail. `id` is a result id, or for per-year steps `<result id>@<t>`
 * (e.g. `active@3`). Labels come from message key `trail.<result id>` in the UI layer.
 */
export interface TrailStep {
	id: string;
	/** The result id this step computes (the label key). */
	result: ResultId;
	/** The year this step belongs to, for per-year steps; absent for whole-horizon figures. */
	year?: number;
	formula: FormulaToken[];
	/** Exact value, or `null` where the figure does not exist (then `formula` may be empty). */
	value: DecimalString | null;
	unit: Unit;
}

/** One row per year t = 1 … years. */
export interface YearRow {
	t: number;
	active: DecimalString;
	benefit_saving: DecimalString;
	benefit_tax_lost: DecimalString;
	net_benefit_saving: DecimalString;
	tax_gain: DecimalString;
	production_gain: DecimalString;
	health_saving: DecimalString;
	gross_effect: DecimalString;
	programme_cost: DecimalString;
	/** Only where the cost of public funds is counted (society perspective, `mcpf` given). */
	tax_financing_cost?: DecimalString;
	net_effect: DecimalString;
	/** 1 ÷ (1 + disc)^(t − 1), or 1 ÷ the schedule's product of its yearly steps */
	discount_factor: DecimalString;
	discounted_net: DecimalString;
	cumulative_pv: DecimalString;
}

/** What a scenario's figures say about it that a published number may hide (`warnings.ts`). */
export const WARNING_IDS = [
	'participants_exceed_population',
	'taxes_exceed_wage',
	'health_without_work',
	'mcpf_not_counted',
	// From here on: what a published figure often assumes without saying (ASSUMPTION_WARNING_IDS).
	'lifetime_prevalence',
	'response_is_not_work',
	'no_deadweight',
	'no_drop_off',
	'benefit_gross_of_tax',
	'full_time'
] as const;
export type WarningId = (typeof WARNING_IDS)[number];
/** The warnings of what a figure assumes (DESIGN.md §2), apart from those about its figures. */
export const ASSUMPTION_WARNING_IDS: readonly WarningId[] = WARNING_IDS.slice(
	WARNING_IDS.indexOf('lifetime_prevalence')
);

export interface Warning {
	id: WarningId;
	/** The inputs the warning is about, in the order of DESIGN.md's input table. */
	keys: string[];
}

export interface ModelOutput {
	results: Results;
	byYear: YearRow[];
	trail: TrailStep[];
	/** What the figures say about the scenario (`warnings.ts`); empty in a run without trail. */
	warnings: Warning[];
}
