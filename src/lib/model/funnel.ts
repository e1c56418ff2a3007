/**
 * The population funnel: who is helped back to work, who must take part, how many returns the
 * programme really causes, and how many are still in work in a later year. Framework-free.
 */
import { D } from './decimal';
import type { Values } from './inputs';
import { FUNNEL_KEYS, type ModelInput, type RulesVersion, type StepKind } from './types';
import { num, type FormulaPart, type Ledger } from './ledger';
import { oneMinus, recordResult, RESULTS } from './results';
import type { FormulaToken } from './types';
import { powers } from './powers';

const ONE = new D(1);
const ZERO = new D(0);
const NOBODY = num('0', 'persons');

export interface Funnel {
	/** Persons back in work: pop × s1 × … over the steps present. */
	helped: D;
	/** Persons the programme must take in: helped ÷ success. */
	participants: D;
	/** Returns caused by the programme: helped × (1 − dead) × (1 − disp), persons. */
	attributable: D;
}

/** Records helped, participants and attributable (persons), in that order. */
export function recordFunnel(ledger: Ledger, values: Values): Funnel {
	let product = values.pop;
	const helpedFormula: FormulaPart[] = ['pop'];
	for (const { key, share } of values.funnel) {
		product = product.times(share);
		helpedFormula.push('×', key);
	}
	const helped = ledger.step('helped', product, RESULTS.helped.unit, helpedFormula);
	const participants = recordResult(ledger, 'participants', helped.div(values.success));
	const attributable = recordResult(
		ledger,
		'attributable',
		helped.times(ONE.minus(values.dead)).times(ONE.minus(values.disp))
	);
	return { helped, participants, attributable };
}

/**
 * Persons still in work in years t = 1 … years: attributable × (1 − drop)^(t − 1).
 *
 * A year whose share still in work equals the year before's (every year when drop = 0) gets the
 * year before's own object, which lets the yearly figures reuse their work (`figuresByYear`):
 * decimal.js multiplies exactly and then rounds once, so equal operands give equal digits.
 * × 1 is skipped: attributable is a result of D's arithmetic, so it has at most 40 digits and
 * `times` would return it unchanged.
 */
export function activeByYear(attributable: D, drop: D, years: number): readonly D[] {
	const shares = powers(ONE.minus(drop), years);
	const active: D[] = [];
	shares.forEach((remaining, index) => {
		if (index > 0 && remaining.eq(shares[index - 1]!)) active.push(active[index - 1]!);
		else active.push(remaining.eq(ONE) ? attributable : attributable.times(remaining));
	});
	return active;
}

/**
 * Whether a funnel ends in a response to treatment and never in work: a step is a clinical
 * response or remission (`kN=response|remission`) and none a return to work (`rtw`).
 */
export function respondsWithoutWork(funnel: readonly { kind: StepKind }[]): boolean {
	const has = (kinds: readonly string[]) => funnel.some((step) => kinds.includes(step.kind));
	return has(['response', 'remission']) && !has(['rtw']);
}

/**
 * Whether the rules count nobody in work: from version 3, a funnel that ends in a response to
 * treatment with no step into work helps people feel better, not back to work (feeling better
 * is not working), so no benefit, tax or production is claimed from it. Version 2 counted
 * everyone through such a funnel as in work (and warned).
 */
export function worksNobody(funnel: readonly { kind: StepKind }[], version: RulesVersion): boolean {
	return version >= 3 && respondsWithoutWork(funnel);
}

/**
 * `worksNobody` for a model input: its steps present, each of the kind its `kinds` gives (`other`
 * where none), under its version's rules. For the callers that hold an input, not its values.
 */
export function inputWorksNobody(input: ModelInput): boolean {
	const steps = FUNNEL_KEYS.filter((key) => input[key] !== undefined).map((key) => ({
		kind: input.kinds?.[key] ?? ('other' as const)
	}));
	return worksNobody(steps, input.version);
}

/** Persons in work in each of `years` years when nobody works: 0, the same object each year. */
export function nobodyByYear(years: number): D[] {
	return new Array<D>(years).fill(ZERO);
}

/**
 * Records year 1's `active` step: everyone attributable is in work, or nobody (`worksNobody`),
 * which the trail writes as 0.
 */
export function recordActive(ledger: Ledger, active: D, nobody = false): D {
	if (nobody) return ledger.step('active', active, RESULTS.active.unit, [NOBODY]);
	return recordResult(ledger, 'active', active);
}

/**
 * The formula of `active@t` for a year t ≥ 2, attributable × (1 − drop)^(t − 1): all but the
 * exponent is resolved once. When nobody works, 0.
 */
export function laterActiveFormula(ledger: Ledger, nobody = false): (t: number) => FormulaToken[] {
	if (nobody) return () => [NOBODY];
	const remaining = ledger.resolve(['attributable', '×', ...oneMinus('drop'), '^']);
	return (t) => [...remaining, num(String(t - 1), 'factor')];
}
