/**
 * The model's numeric inputs, one row each: the one place that says what an input is. Its URL
 * key, the unit it is measured in, the values it allows, its default, the calculator group it
 * sits in, the range the implied-assumption search scans and the distribution of a range given
 * for it all come from its row; the model, the scenario schema and its rules, the claims' search,
 * the report's units, the calculator's groups and the method page's list of inputs read them
 * from here. Its words (label, help) are the messages `input.<key>` and `help.<key>` (`s` for
 * every funnel step). Framework-free.
 *
 * Adding an input: a row here, its messages, its place in the formulas, and its tests.
 */
import type { DecimalString, Unit } from './types';

/** The calculator's groups of inputs, in the order the form shows them. */
export const INPUT_GROUPS = ['who', 'money', 'programme', 'adjust', 'time', 'perspective'] as const;
export type InputGroup = (typeof INPUT_GROUPS)[number];

/**
 * How the implied-assumption search scans an input (`claims/input-ranges.ts`): decades of counts
 * or money, an even grid of shares, the success share's range reaching towards 0, the discount
 * rate's, or every whole year.
 */
export type SearchScale = 'persons' | 'money' | 'share' | 'success' | 'discount' | 'years';

export interface Parameter<K extends string = string> {
	/** The URL key, also the id in formulas and the API. */
	key: K;
	unit: Extract<Unit, 'persons' | 'money' | 'share' | 'years'>;
	/** A decimal, or a whole number (`years`). */
	kind: 'decimal' | 'whole';
	/** The least and greatest value allowed, as canonical decimals compared exactly. */
	min: DecimalString;
	max: DecimalString;
	/** True when `min` itself is not allowed (`success` > 0). */
	minExclusive?: true;
	/** The value when the URL leaves the key out; none: the key is required (`pop`) or optional. */
	default?: DecimalString;
	/**
	 * Present only when given (funnel steps after the first, `mcpf`): no default, not required.
	 */
	optional?: true;
	group: InputGroup;
	search: SearchScale;
	/**
	 * The distribution a range `BASE:LOW:HIGH` of this input is given (`uncertainty/`): a beta for
	 * a share, a lognormal for an amount of money or persons. None: the input takes no range.
	 */
	distribution?: 'beta' | 'lognormal';
}

const MONEY_MAX = '1000000000000';

/** A share of 0 … 1 in `group`, `fallback` when left out. */
function share<K extends string>(
	key: K,
	group: InputGroup,
	fallback?: DecimalString
): Parameter<K> {
	return {
		key,
		unit: 'share',
		kind: 'decimal',
		min: '0',
		max: '1',
		default: fallback,
		group,
		search: 'share',
		distribution: 'beta'
	};
}

/** An amount of money per person-year (or per participant), 0 when left out. */
function money<K extends string>(key: K, group: InputGroup): Parameter<K> {
	return {
		key,
		unit: 'money',
		kind: 'decimal',
		min: '0',
		max: MONEY_MAX,
		default: '0',
		group,
		search: 'money',
		distribution: 'lognormal'
	};
}

/** Funnel steps, multiplied in order; `s1` is 1 when left out, a later step absent. */
export const FUNNEL_KEYS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'] as const;
export type FunnelKey = (typeof FUNNEL_KEYS)[number];
/** The funnel steps a scenario has only when it says so. */
export const OPTIONAL_STEP_KEYS = FUNNEL_KEYS.slice(1) as Exclude<FunnelKey, 's1'>[];
export type OptionalStepKey = Exclude<FunnelKey, 's1'>;

/** Every numeric input, in the order of DESIGN.md's input table (and of a canonical URL). */
export const PARAMETERS = [
	{
		key: 'pop' as const,
		unit: 'persons',
		kind: 'decimal',
		min: '0',
		max: '10000000000',
		group: 'who',
		search: 'persons',
		distribution: 'lognormal'
	},
	share('s1', 'who', '1'),
	...OPTIONAL_STEP_KEYS.map((key) => ({ ...share(key, 'who'), optional: true as const })),
	money('ben', 'money'),
	share('btax', 'money', '0'),
	money('wage', 'money'),
	share('wtax', 'money', '0'),
	share('emp', 'money', '0'),
	share('work', 'money', '1'),
	money('health', 'money'),
	money('cost', 'programme'),
	{ ...share('success', 'programme', '1'), minExclusive: true, search: 'success' },
	share('dead', 'adjust', '0'),
	share('disp', 'adjust', '0'),
	share('drop', 'adjust', '0'),
	{
		key: 'years' as const,
		unit: 'years',
		kind: 'whole',
		min: '1',
		max: '50',
		default: '1',
		group: 'time',
		search: 'years'
	},
	{
		key: 'disc' as const,
		unit: 'share',
		kind: 'decimal',
		min: '0',
		max: '0.2',
		default: '0',
		group: 'time',
		search: 'discount',
		distribution: 'beta'
	},
	// The cost of public funds: counted in the society perspective where given (`fiscal.ts`).
	{ ...share('mcpf', 'perspective'), optional: true as const }
] satisfies readonly Parameter[];

/** The URL key of a numeric input. */
export type InputKey = (typeof PARAMETERS)[number]['key'];

const BY_KEY: ReadonlyMap<string, Parameter> = new Map(
	PARAMETERS.map((row): [string, Parameter] => [row.key, row])
);

/** The row of numeric input `key`, or undefined for any other key. */
export function parameter(key: string): Parameter | undefined {
	return BY_KEY.get(key);
}

/** The keys of the inputs in `group`, in order. */
export function groupKeys(group: InputGroup): string[] {
	return PARAMETERS.filter((row) => row.group === group).map((row) => row.key);
}
