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
import type { ModelInput } from '../model/types';
import {
	choiceField,
	claimField,
	decimalField,
	textField,
	versionField,
	wholeField
} from './fields';
import { fromZodIssue, onePerKey, type Issue } from './issues';
import {
	CURRENCIES,
	LABEL_KEYS,
	LOCALES,
	OPTIONAL_STEP_KEYS,
	PERSPECTIVES,
	type Currency,
	type LabelKey,
	type UrlKey
} from './keys';
import { CURRENT_VERSION, FIRST_VERSION } from './migrations';
import { RULES, type Rule } from './rules';

/** A scenario: the model's inputs (same keys), step labels, currency, title and claims. */
export type Scenario = ModelInput &
	Partial<Record<LabelKey, string>> & {
		cur: Currency;
		title?: string;
		/** In c1 … c4 order; each claim's `id` is its URL key. */
		claims: Claim[];
	};

/** The default of every optional key; a canonical URL omits a key that equals its default. */
export const DEFAULTS = {
	s1: '1',
	ben: '0',
	btax: '0',
	wage: '0',
	wtax: '0',
	emp: '0',
	work: '1',
	health: '0',
	cost: '0',
	success: '1',
	dead: '0',
	disp: '0',
	drop: '0',
	years: 1,
	disc: '0',
	persp: 'fiscal',
	cur: 'NOK'
} as const satisfies Partial<Scenario>;

type DefaultedKey = keyof typeof DEFAULTS;

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

function decimal(key: UrlKey) {
	return decimalField(ruleOf(key, 'decimal'));
}

function text(key: UrlKey) {
	return z.optional(textField(ruleOf(key, 'text').maxLength));
}

function defaulted(key: Exclude<DefaultedKey, 'years' | 'persp' | 'cur'>) {
	return z._default(decimal(key), DEFAULTS[key]);
}

function each<K extends string, S>(keys: readonly K[], make: (key: K) => S): Record<K, S> {
	return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, S>;
}

/** One field per URL key. Use a single field to check a form input as the user types. */
export const fieldSchemas = {
	pop: decimal('pop'),
	s1: defaulted('s1'),
	...each(OPTIONAL_STEP_KEYS, (key) => z.optional(decimal(key))),
	...each(LABEL_KEYS, text),
	ben: defaulted('ben'),
	btax: defaulted('btax'),
	wage: defaulted('wage'),
	wtax: defaulted('wtax'),
	emp: defaulted('emp'),
	work: defaulted('work'),
	health: defaulted('health'),
	cost: defaulted('cost'),
	success: defaulted('success'),
	dead: defaulted('dead'),
	disp: defaulted('disp'),
	drop: defaulted('drop'),
	years: z._default(wholeField(ruleOf('years', 'whole')), DEFAULTS.years),
	disc: defaulted('disc'),
	persp: z._default(choiceField(PERSPECTIVES), DEFAULTS.persp),
	cur: z._default(choiceField(CURRENCIES), DEFAULTS.cur),
	title: text('title'),
	...each(CLAIM_KEYS, (key) => z.optional(claimField(key))),
	lang: z.optional(choiceField(LOCALES)),
	v: z.optional(versionField(FIRST_VERSION, CURRENT_VERSION))
} satisfies Record<UrlKey, z.ZodMiniType>;

/** Every field at once; unknown keys are stripped. */
const fieldsSchema = z.object(fieldSchemas);

type Fields = z.output<typeof fieldsSchema>;

/** Builds the scenario from the parsed fields: absent optional keys stay absent. */
function toScenario(fields: Fields): Scenario {
	const { pop, s1, ben, btax, wage, wtax, emp, work, health, cost, success } = fields;
	const { dead, disp, drop, years, disc, persp, cur } = fields;
	const claims = CLAIM_KEYS.flatMap((key: ClaimKey) => fields[key] ?? []);
	const money = { ben, wage, health, cost };
	const shares = { s1, btax, wtax, emp, work, success, dead, disp, drop, disc };
	// An absent `v` is a link from before `v` was written: the first version's rules.
	const version = fields.v ?? FIRST_VERSION;
	const scenario: Scenario = { pop, ...shares, ...money, years, persp, cur, claims, version };
	for (const key of [...OPTIONAL_STEP_KEYS, ...LABEL_KEYS, 'title'] as const) {
		const value: string | undefined = fields[key];
		if (value !== undefined) scenario[key] = value;
	}
	return scenario;
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

/**
 * Checks a whole form: URL key → the raw value of its input (unknown keys ignored). The same
 * rules as the URL (an empty optional number is `empty`, an empty text is no text), without the
 * query's own checks (encoding, duplicates, length, `v` migrations), which only `decode` makes.
 */
export function parseFields(raw: Readonly<Record<string, string>>): {
	scenario: Scenario | null;
	issues: Issue[];
} {
	return parseScenario(raw);
}

/**
 * Checks one raw value as a form field would (`validateField('s1', '1.5')`): the issue, or
 * `null` when the value is allowed. An empty text is allowed (no text); an empty number is not.
 */
export function validateField(key: UrlKey, raw: string): Issue | null {
	const result = fieldSchemas[key].safeParse(raw);
	const first = result.success ? undefined : result.error.issues[0];
	return first ? fromZodIssue({ ...first, path: [key, ...first.path] }, { [key]: raw }) : null;
}

/** The model's input: the scenario without labels, currency, title and claims. */
export function toModelInput(scenario: Scenario): ModelInput {
	const { pop, s1, ben, btax, wage, wtax, emp, work, health, cost, success } = scenario;
	const { dead, disp, drop, years, disc, persp, version } = scenario;
	const input: ModelInput = {
		pop,
		s1,
		ben,
		btax,
		wage,
		wtax,
		emp,
		work,
		health,
		cost,
		success,
		dead,
		disp,
		drop,
		years,
		disc,
		persp,
		version
	};
	for (const key of OPTIONAL_STEP_KEYS) {
		const step = scenario[key];
		if (step !== undefined) input[key] = step;
	}
	return input;
}
