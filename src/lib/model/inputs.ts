/**
 * The model's inputs read into `D` values, each with the unit it is measured in. Framework-free.
 */
import { D } from './decimal';
import type { Known } from './ledger';
import { PARAMETERS, type Parameter } from './parameters';
import {
	FUNNEL_KEYS,
	type DecimalInputKey,
	type FunnelKey,
	type ModelInput,
	type Perspective,
	type StepKind,
	type Unit
} from './types';

/** The decimal inputs that are not funnel steps, always present. */
type ScalarKey = Exclude<DecimalInputKey, FunnelKey | 'mcpf'>;

/** The decimal inputs but the funnel shares and `mcpf`, with their units (`parameters.ts`). */
const SCALARS = PARAMETERS.filter(
	(row) =>
		row.kind === 'decimal' &&
		!(FUNNEL_KEYS as readonly string[]).includes(row.key) &&
		row.key !== 'mcpf'
) as readonly (Parameter & { key: ScalarKey })[];
const SCALAR_KEYS = SCALARS.map((row) => row.key);

/** The unit of every decimal input but the funnel shares, as its `ref` tokens carry it. */
export const INPUT_UNITS = Object.fromEntries(
	SCALARS.map((row) => [row.key, row.unit])
) as Readonly<Record<ScalarKey, Unit>>;

/**
 * Every input as a `D`; `funnel` lists the steps present (`s1` always), in order; `mcpf` is
 * there when the scenario gives it.
 */
export type Values = Record<ScalarKey, D> & {
	funnel: { key: FunnelKey; share: D; kind: StepKind }[];
	years: number;
	persp: Perspective;
	mcpf?: D;
};

/** Reads a (schema-valid) input. Does not modify it. */
export function readInputs(input: ModelInput): Values {
	const funnel: Values['funnel'] = [];
	for (const key of FUNNEL_KEYS) {
		const share = input[key];
		if (share !== undefined)
			funnel.push({ key, share: new D(share), kind: input.kinds?.[key] ?? 'other' });
	}
	// Filled in key by key below, which is cheaper than building and spreading an entries list.
	const values = { funnel, years: input.years, persp: input.persp } as Values;
	for (const key of SCALAR_KEYS) values[key] = new D(input[key]);
	if (input.mcpf !== undefined) values.mcpf = new D(input.mcpf);
	return values;
}

/** The inputs a formula may refer to, by key, for the ledger. */
export function knownInputs(values: Values): Map<string, Known> {
	const known = new Map<string, Known>();
	for (const { key, share } of values.funnel) known.set(key, { value: share, unit: 'share' });
	for (const key of SCALAR_KEYS) known.set(key, { value: values[key], unit: INPUT_UNITS[key] });
	if (values.mcpf !== undefined) known.set('mcpf', { value: values.mcpf, unit: 'share' });
	return known;
}
