/**
 * Discounting: each year's figures brought back to year-1 value, their sums over the horizon
 * (present values), the cumulative discounted net effect and the payback year. Framework-free.
 */
import { D } from './decimal';
import type { YearFigures } from './fiscal';
import { num, yearId, type Ledger } from './ledger';
import { powers } from './powers';
import type { FormulaToken } from './types';

const ONE = new D(1);
const ZERO = new D(0);

/** How year t's figures are brought to year-1 value. */
export interface DiscountedYear {
	/** 1 ÷ (1 + disc)^(t − 1); 1 in year 1. */
	discountFactor: D;
	/** net_effect(t) ÷ (1 + disc)^(t − 1), money. */
	discountedNet: D;
	/** Sum of discountedNet over years 1 … t, money. */
	cumulativePv: D;
}

export interface PresentValues {
	years: DiscountedYear[];
	pvGross: D;
	pvCost: D;
	pvNet: D;
	/** First year whose cumulative discounted net effect is ≥ 0, or null within the horizon. */
	paybackYear: number | null;
}

/** (1 + disc)^(t − 1) for t = 1 … years: what a year-t figure is divided by (1 in year 1). */
export function discountDivisors(disc: D, years: number): D[] {
	return powers(ONE.plus(disc), years);
}

/**
 * Present values (money) of the yearly figures, given each year's divisor (`discountDivisors`).
 * Each year's figure is divided by its divisor directly (one rounding at most), not multiplied
 * by a rounded factor.
 */
export function presentValues(
	years: readonly YearFigures[],
	divisors: readonly D[]
): PresentValues {
	const discounted: DiscountedYear[] = [];
	let pvGross = ZERO;
	let pvCost = ZERO;
	let pvNet = ZERO;
	let paybackYear: number | null = null;
	for (const year of years) {
		const divisor = divisors[year.t - 1]!;
		const discountedGross = discount(year.grossEffect, divisor);
		pvGross = pvGross.plus(discountedGross);
		pvCost = pvCost.plus(discount(year.programmeCost, divisor));
		const discountedNet =
			year.netEffect === year.grossEffect ? discountedGross : discount(year.netEffect, divisor);
		pvNet = pvNet.plus(discountedNet);
		if (paybackYear === null && pvNet.greaterThanOrEqualTo(ZERO)) paybackYear = year.t;
		const discountFactor = divisor.eq(ONE) ? ONE : ONE.div(divisor);
		discounted.push({ discountFactor, discountedNet, cumulativePv: pvNet });
	}
	return { years: discounted, pvGross, pvCost, pvNet, paybackYear };
}

/**
 * figure ÷ divisor. Dividing zero, or by exactly 1, is skipped: a figure is a result of the
 * model's arithmetic, so already at most 40 digits, and `div` would return it unchanged.
 */
function discount(figure: D, divisor: D): D {
	return figure.isZero() || divisor.eq(ONE) ? figure : figure.div(divisor);
}

/**
 * Records pv_gross, pv_net (each year's figure, year 1 as it is and year t ÷ (1 + disc)^(t − 1),
 * every year listed) and pv_cost (the programme cost falls in year 1 only, undiscounted).
 */
export function recordPresentValues(ledger: Ledger, pv: PresentValues, horizon: number): void {
	ledger.step('pv_gross', pv.pvGross, 'money', discountedSum(ledger, 'gross_effect', horizon));
	ledger.step('pv_cost', pv.pvCost, 'money', ['programme_cost']);
	ledger.step('pv_net', pv.pvNet, 'money', discountedSum(ledger, 'net_effect', horizon));
}

/** Records payback_year (years), a whole number; the working is `cumulative_pv` by year. */
export function recordPayback(ledger: Ledger, paybackYear: number | null): void {
	ledger.step('payback_year', paybackYear === null ? null : new D(paybackYear), 'years', []);
}

/** The year's step in a term of a discounted sum. */
const YEAR = 'year@t';

/** result + result@2 ÷ (1 + disc)^1 + … + result@horizon ÷ (1 + disc)^(horizon − 1). */
function discountedSum(
	ledger: Ledger,
	result: 'gross_effect' | 'net_effect',
	horizon: number
): FormulaToken[] {
	const discountedTerm = ledger.template(
		['+', YEAR, '÷', '(', num('1', 'share'), '+', 'disc', ')', '^'],
		YEAR
	);
	const tokens = ledger.resolve([result]);
	for (let t = 2; t <= horizon; t++) {
		tokens.push(...discountedTerm(yearId(result, t)), num(String(t - 1), 'factor'));
	}
	return tokens;
}
