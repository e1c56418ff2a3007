/**
 * The population funnel: who is helped back to work, who must take part, how many returns the
 * programme really causes, and how many are still in work in a later year. Framework-free.
 */
import { D } from './decimal';
import type { Values } from './inputs';
import { num, type FormulaPart, type Ledger } from './ledger';
import { oneMinus, recordResult, RESULTS } from './results';
import type { FormulaToken } from './types';
import { powers } from './powers';

const ONE = new D(1);

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
export function activeByYear(attributable: D, drop: D, years: number): D[] {
	const shares = powers(ONE.minus(drop), years);
	const active: D[] = [];
	shares.forEach((remaining, index) => {
		if (index > 0 && remaining.eq(shares[index - 1]!)) active.push(active[index - 1]!);
		else active.push(remaining.eq(ONE) ? attributable : attributable.times(remaining));
	});
	return active;
}

/** Records year 1's `active` step: everyone attributable is in work. */
export function recordActive(ledger: Ledger, active: D): D {
	return recordResult(ledger, 'active', active);
}

/**
 * The formula of `active@t` for a year t ≥ 2, attributable × (1 − drop)^(t − 1): all but the
 * exponent is resolved once.
 */
export function laterActiveFormula(ledger: Ledger): (t: number) => FormulaToken[] {
	const remaining = ledger.resolve(['attributable', '×', ...oneMinus('drop'), '^']);
	return (t) => [...remaining, num(String(t - 1), 'factor')];
}
