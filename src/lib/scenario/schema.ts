/**
 * The scenario schema, version 1: one zod schema that serves the form, the URL and the API. Input
 * is an object of URL key → raw string (as written); output is a `Scenario` with canonical
 * values, defaults filled in. Framework-free: no Svelte, no DOM, no Node APIs.
 *
 * Built with `zod/mini` so the browser can import this module (with `codec.ts`) for the form's
 * checks at a few KB; presets live elsewhere and are never pulled in from here.
 *
 * `lang` and `v` are validated here but are not part of the scenario: `decode` returns the page
 * locale separately, and `v` is the format version the migrations brought the query to.
 */
import * as z from 'zod/mini';
import { CLAIM_KEYS, type Claim, type ClaimKey } from '../claims/types';
import {
	PARAMETERS,
	type InputKey,
	type OptionalStepKey,
	type Parameter
} from '../model/parameters';
import { DISCOUNT_SCHEDULES } from '../model/schedules';
import {
	FUNNEL_KEYS,
	type DecimalString,
	type DiscountSchedule,
	type ModelInput,
	type Perspective
} from '../model/types';
import {
	choiceField,
	claimField,
	decimalField,
	discountField,
	rangedField,
	textField,
	versionField,
	wholeField,
	type Ranged,
	type Scheduled
} from './fields';
import { fromZodIssue, onePerKey, type Issue } from './issues';
import {
	CURRENCIES,
	LABEL_KEYS,
	LOCALES,
	PERSPECTIVES,
	COMPARISON_KEYS,
	comparedKey,
	STEP_KIND_KEYS,
	STEP_KINDS,
	type Currency,
	type LabelKey,
	type StepKind,
	type StepKindKey,
	type UrlKey
} from './keys';
import { CURRENT_VERSION, FIRST_VERSION } from './migrations';
import { RULES, SIMULATION_DRAWS, type Rule } from './rules';

/** The 5th and 95th percentiles of an input given as a range (`BASE:LOW:HIGH`). */
export interface InputRange {
	low: DecimalString;
	high: DecimalString;
}

/**
 * A scenario: the model's inputs (same keys; a range's BASE), step labels, currency, title and
 * claims, and the ranges given, if any.
 */
export type Scenario = Omit<ModelInput, 'kinds'> &
	Partial<Record<LabelKey, string>> &
	/** A step's kind where it is not `other`. */
	Partial<Record<StepKindKey, Exclude<StepKind, 'other'>>> &
	/** Scenario B's overrides, where given (`comparisonScenario`). */
	Partial<Record<`b_${InputKey}`, DecimalString | number>> & {
		b_persp?: Perspective;
		cur: Currency;
		/** The year whose prices the amounts are in, where the scenario says. */
		py?: number;
		title?: string;
		/** In c1 … c4 order; each claim's `id` is its URL key. */
		claims: Claim[];
		/** The inputs given as a range, in the parameter table's order; absent when none is. */
		ranges?: Partial<Record<InputKey, InputRange>>;
		/** Draws of the simulation of the ranges, and its PRNG's seed. */
		n: number;
		seed: number;
	};

/** The keys that take a default when the URL leaves them out. */
type DefaultedKey = Exclude<InputKey, 'pop' | OptionalStepKey> | 'persp' | 'cur' | 'n' | 'seed';

/**
 * The default of every optional key, from the parameter table and the two choices; a canonical
 * URL omits a key that equals its default.
 */
export const DEFAULTS = {
	...Object.fromEntries(
		PARAMETERS.flatMap((row) =>
			row.default === undefined
				? []
				: [[row.key, row.kind === 'whole' ? Number(row.default) : row.default]]
		)
	),
	persp: 'fiscal',
	cur: 'NOK',
	n: SIMULATION_DRAWS.fallback,
	seed: 1
} as Readonly<Pick<Scenario, DefaultedKey>>;

/**
 * A scenario from the keys that differ from the defaults (`pop` is required), by the current
 * version's rules unless it says otherwise.
 */
export function withDefaults(scenario: Pick<Scenario, 'pop'> & Partial<Scenario>): Scenario {
	return { ...DEFAULTS, claims: [], version: CURRENT_VERSION, ...scenario };
}

/** The rule of `key`, which must be of `kind` (a mistake in `RULES` fails at module load). */
function ruleOf<K extends Rule['kind']>(key: UrlKey, kind: K): Extract<Rule, { kind: K }> {
	const rule = RULES[key];
	if (rule.kind !== kind) throw new Error(`RULES.${key} is ${rule.kind}, not ${kind}`);
	return rule as Extract<Rule, { kind: K }>;
}

function text(key: UrlKey) {
	return z.optional(textField(ruleOf(key, 'text').maxLength));
}

/** The field of a numeric input, by its row of the parameter table. */
function numberField(
	row: Parameter
): z.ZodMiniType<DecimalString | Ranged | Scheduled | number | undefined, unknown> {
	if (row.kind === 'whole') {
		return z._default(wholeField(ruleOf(row.key as UrlKey, 'whole')), Number(row.default));
	}
	const rule = ruleOf(row.key as UrlKey, 'decimal');
	const field =
		row.key === 'disc'
			? discountField(rule)
			: row.distribution
				? rangedField(rule, row.distribution)
				: decimalField(rule);
	if (row.default !== undefined) return z._default(field, row.default);
	return row.optional ? z.optional(field) : field;
}

/** The numeric inputs' fields, typed as the model takes them. */
const numberFields = Object.fromEntries(
	PARAMETERS.map((row) => [row.key, numberField(row)])
) as unknown as Record<
	Exclude<InputKey, OptionalStepKey | 'mcpf' | 'years'>,
	z.ZodMiniType<DecimalString | Ranged, unknown>
> &
	Record<OptionalStepKey | 'mcpf', z.ZodMiniType<DecimalString | Ranged | undefined, unknown>> & {
		years: z.ZodMiniType<number, unknown>;
	};

function each<K extends string, S>(keys: readonly K[], make: (key: K) => S): Record<K, S> {
	return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, S>;
}

/** Scenario B's override of a numeric input: a single value, as its key of A takes. */
function comparisonField(row: Parameter) {
	const key = `b_${row.key}` as UrlKey;
	return row.kind === 'whole'
		? z.optional(wholeField(ruleOf(key, 'whole')))
		: z.optional(decimalField(ruleOf(key, 'decimal')));
}

const comparisonFields = {
	...(Object.fromEntries(PARAMETERS.map((row) => [`b_${row.key}`, comparisonField(row)])) as Record<
		`b_${InputKey}`,
		ReturnType<typeof comparisonField>
	>),
	b_persp: z.optional(choiceField(PERSPECTIVES))
};

/** One field per URL key. Use a single field to check a form input as the user types. */
export const fieldSchemas = {
	...numberFields,
	...each(LABEL_KEYS, text),
	...each(STEP_KIND_KEYS, () => z.optional(choiceField(STEP_KINDS))),
	persp: z._default(choiceField(PERSPECTIVES), DEFAULTS.persp),
	cur: z._default(choiceField(CURRENCIES), DEFAULTS.cur),
	py: z.optional(wholeField(ruleOf('py', 'whole'))),
	title: text('title'),
	...each(CLAIM_KEYS, (key) => z.optional(claimField(key))),
	n: z._default(wholeField(ruleOf('n', 'whole')), DEFAULTS.n),
	seed: z._default(wholeField(ruleOf('seed', 'whole')), DEFAULTS.seed),
	lang: z.optional(choiceField(LOCALES)),
	v: z.optional(versionField(FIRST_VERSION, CURRENT_VERSION)),
	...comparisonFields
} satisfies Record<UrlKey, z.ZodMiniType>;

/** Every field at once; unknown keys are stripped. */
const fieldsSchema = z.object(fieldSchemas);

type Fields = z.output<typeof fieldsSchema>;

/** Builds the scenario from the parsed fields: absent optional keys stay absent. */
function toScenario(fields: Fields): Scenario {
	const claims = CLAIM_KEYS.flatMap((key: ClaimKey) => fields[key] ?? []);
	// An absent `v` is a link from before `v` was written: the first version's rules.
	const version = fields.v ?? FIRST_VERSION;
	const { persp, cur, n, seed } = fields;
	const { inputs, ranges, schedule } = splitRanges(fields);
	const scenario = { ...inputs, persp, cur, claims, version, n, seed } as Scenario;
	if (ranges) scenario.ranges = ranges;
	if (schedule) scenario.schedule = schedule;
	if (fields.py !== undefined) scenario.py = fields.py;
	for (const key of [...LABEL_KEYS, 'title'] as const) {
		const value: string | undefined = fields[key];
		if (value !== undefined) scenario[key] = value;
	}
	for (const key of STEP_KIND_KEYS) {
		const kind = fields[key];
		if (kind !== undefined && kind !== 'other') scenario[key] = kind;
	}
	for (const key of COMPARISON_KEYS) {
		const value = fields[key];
		if (value !== undefined) (scenario as Record<string, unknown>)[key] = value;
	}
	return scenario;
}

type FieldValue = DecimalString | number | Ranged | Scheduled;

/**
 * The inputs as the model takes them (a range's BASE; a discount schedule's first rate as
 * `disc`), the ranges given, if any, and the discount schedule named, if one is.
 */
function splitRanges(fields: Partial<Record<InputKey, FieldValue>>) {
	const inputs: Partial<Record<InputKey, DecimalString | number>> = {};
	let ranges: Partial<Record<InputKey, InputRange>> | undefined;
	let schedule: DiscountSchedule | undefined;
	for (const { key } of PARAMETERS) {
		const value = fields[key];
		if (typeof value === 'object' && 'schedule' in value) {
			schedule = value.schedule;
			inputs[key] = DISCOUNT_SCHEDULES[schedule][0]!.rate;
		} else if (typeof value === 'object') {
			inputs[key] = value.base;
			ranges ??= {};
			ranges[key] = { low: value.low, high: value.high };
		} else if (value !== undefined) inputs[key] = value;
	}
	return { inputs, ranges, schedule };
}

/** The numeric inputs of `source` that are present, in the parameter table's order. */
function pickInputs(source: Partial<Record<InputKey, DecimalString | number>>) {
	const inputs: Partial<Record<InputKey, DecimalString | number>> = {};
	for (const { key } of PARAMETERS) {
		const value = source[key];
		if (value !== undefined) inputs[key] = value;
	}
	return inputs;
}

/** Schema v1: URL key → raw string in, `Scenario` out. Unknown keys are stripped. */
export const scenarioSchema = z.pipe(fieldsSchema, z.transform(toScenario));

/** Parses an object of raw strings; one issue per bad key, in canonical key order. */
export function parseScenario(
	given: Record<string, unknown>
): { scenario: Scenario; issues: [] } | { scenario: null; issues: Issue[] } {
	const result = scenarioSchema.safeParse(given);
	if (result.success) return { scenario: result.data, issues: [] };
	return {
		scenario: null,
		issues: onePerKey(result.error.issues.map((i) => fromZodIssue(i, given)))
	};
}

/** The model's input: the scenario without labels, currency, title and claims. */
export function toModelInput(scenario: Scenario): ModelInput {
	const { persp, version, schedule } = scenario;
	const input = { ...pickInputs(scenario), persp, version } as ModelInput;
	if (schedule) input.schedule = schedule;
	let kinds: ModelInput['kinds'];
	for (const [index, key] of STEP_KIND_KEYS.entries()) {
		const kind = scenario[key];
		if (kind !== undefined) (kinds ??= {})[FUNNEL_KEYS[index]!] = kind;
	}
	if (kinds) input.kinds = kinds;
	return input;
}

/**
 * Scenario B of a scenario with `b_KEY` overrides: A with each override in place, without A's
 * claims and ranges (B is a point scenario, for the figures side by side), or null when A has
 * no overrides.
 */
export function comparisonScenario(scenario: Scenario): Scenario | null {
	const overrides = COMPARISON_KEYS.filter((key) => scenario[key] !== undefined);
	if (overrides.length === 0) return null;
	const values = scenario as unknown as Record<string, unknown>;
	const compared: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(values)) {
		if (!key.startsWith('b_') && key !== 'ranges') compared[key] = value;
	}
	for (const key of overrides) compared[comparedKey(key)] = values[key];
	// B's own discount rate replaces A's schedule.
	if (scenario.b_disc !== undefined) delete compared.schedule;
	return { ...(compared as unknown as Scenario), claims: [] };
}
