/**
 * Discounting: each year's figures brought back to year-1 value, their sums over the horizon
 * (present values), the cumulative discounted net effect and the payback year. Framework-free.
 *
 * Year 1 is not discounted; year t is divided by one factor (1 + r) for each yearly step back to
 * year 1, step k bringing year k + 1 to year k. With one rate (`disc`) that is (1 + disc)^(t − 1).
 * A country's schedule (`disc=no|dk`) lowers the rate for the steps far ahead: year t is divided
 * by (1 + r₁)(1 + r₂)…(1 + r_{t−1}), each step at the rate for its year (`DISCOUNT_SCHEDULES`).
 */
import { D } from './decimal';
import type { YearEffects } from './fiscal';
import { num, yearId, type Ledger } from './ledger';
import { powers } from './powers';
import { recordResult, RESULTS } from './results';
import { DISCOUNT_SCHEDULES } from './schedules';
import type { DiscountSchedule, FormulaToken, RulesVersion } from './types';

const ONE = new D(1);
const ZERO = new D(0);

/** How year t's net effect is brought to year-1 value. */
export interface DiscountedYear {
	/** net_effect(t) ÷ (1 + disc)^(t − 1), money. */
	discountedNet: D;
	/** Sum of discountedNet over years 1 … t, money. */
	cumulativePv: D;
}

export interface PresentValues {
	years: DiscountedYear[];
	/** null where it was not asked for (`presentValues`' `sumGross`). */
	pvGross: D | null;
	pvCost: D;
	pvNet: D;
	/** First year whose cumulative discounted net effect is ≥ 0, or null within the horizon. */
	paybackYear: number | null;
}

/**
 * The rates of a horizon's steps 1 … steps, as stretches: each rate with how many steps it
 * covers there (a stretch with none is left out). One rate `disc` is one stretch; a schedule's
 * first rate is `disc` too (the scenario sets it so).
 */
export function rateStretches(
	disc: D,
	steps: number,
	schedule?: DiscountSchedule
): { rate: D; steps: number }[] {
	if (schedule === undefined) return steps > 0 ? [{ rate: disc, steps }] : [];
	const rates = DISCOUNT_SCHEDULES[schedule];
	const stretches: { rate: D; steps: number }[] = [];
	rates.forEach(({ from, rate }, index) => {
		const to = Math.min(steps, (rates[index + 1]?.from ?? Infinity) - 1);
		if (to >= from)
			stretches.push({ rate: index === 0 ? disc : new D(rate), steps: to - from + 1 });
	});
	return stretches;
}

/**
 * What a year-t figure is divided by, for t = 1 … years (1 in year 1): (1 + disc)^(t − 1), or
 * under a schedule the product of each stretch's (1 + rate)^steps, left to right, as the trail
 * writes it.
 */
export function discountDivisors(
	disc: D,
	years: number,
	schedule?: DiscountSchedule
): readonly D[] {
	const stretches = rateStretches(disc, years - 1, schedule);
	const powersOf = stretches.map(({ rate, steps }) => powers(ONE.plus(rate), steps + 1));
	const divisors: D[] = [];
	for (let t = 1; t <= years; t++) {
		let left = t - 1;
		let divisor: D | undefined;
		for (const [index, { steps }] of stretches.entries()) {
			if (left === 0) break;
			const factor = powersOf[index]![Math.min(left, steps)]!;
			divisor = divisor === undefined ? factor : divisor.times(factor);
			left -= Math.min(left, steps);
		}
		divisors.push(divisor ?? ONE);
	}
	return divisors;
}

/**
 * Present values (money) of the yearly figures, given each year's divisor (`discountDivisors`).
 * Each year's figure is divided by its divisor directly (one rounding at most), not multiplied
 * by a rounded factor. `sumGross` false leaves out the sum of the gross effects (`pvGross` null)
 * for a run that reads none of the results it goes into.
 */
export function presentValues(
	years: readonly YearEffects[],
	divisors: readonly D[],
	sumGross = true
): PresentValues {
	const discounted: DiscountedYear[] = [];
	let pvGross = ZERO;
	let pvCost = ZERO;
	let pvNet = ZERO;
	let paybackYear: number | null = null;
	for (const year of years) {
		const divisor = divisors[year.t - 1]!;
		const discountedNet = discount(year.netEffect, divisor);
		if (sumGross) {
			const sameFigure = year.grossEffect === year.netEffect;
			pvGross = add(pvGross, sameFigure ? discountedNet : discount(year.grossEffect, divisor));
		}
		pvCost = add(pvCost, discount(year.programmeCost, divisor));
		pvNet = add(pvNet, discountedNet);
		if (paybackYear === null && pvNet.greaterThanOrEqualTo(ZERO)) paybackYear = year.t;
		discounted.push({ discountedNet, cumulativePv: pvNet });
	}
	return { years: discounted, pvGross: sumGross ? pvGross : null, pvCost, pvNet, paybackYear };
}

/**
 * 1 ÷ (1 + disc)^(t − 1), the discount factor a by-year row shows, from that year's divisor;
 * exactly 1 in year 1 and in every year when disc = 0.
 */
export function discountFactor(divisor: D): D {
	return divisor.eq(ONE) ? ONE : ONE.div(divisor);
}

/*
 * Both helpers below skip an operation whose result is known without it. Every figure and every
 * sum here is a result of D's arithmetic (or 0), so it has at most 40 significant digits, and
 * `div` by 1 or `plus` of 0 would return its value unchanged.
 */

/** figure ÷ divisor; zero, or a division by exactly 1, is the figure itself. */
function discount(figure: D, divisor: D): D {
	return figure.isZero() || divisor.eq(ONE) ? figure : figure.div(divisor);
}

/** sum + term; adding zero leaves the sum as it is. */
function add(sum: D, term: D): D {
	return term.isZero() ? sum : sum.plus(term);
}

/**
 * Records pv_gross, pv_net (each year's figure, year 1 as it is and year t ÷ its divisor, every
 * year listed) and pv_cost (the programme cost falls in year 1 only, undiscounted).
 */
export function recordPresentValues(
	ledger: Ledger,
	pv: PresentValues,
	rates: { disc: D; years: number; schedule?: DiscountSchedule }
): void {
	if (!ledger.recording) return;
	// A programming error: a run that records always sums the gross effects.
	if (pv.pvGross === null) throw new Error('discounting: a recorded run needs pv_gross');
	const divisor = divisorFormula(ledger, rates.disc, rates.schedule);
	const grossSum = discountedSum(ledger, 'gross_effect', rates.years, divisor);
	ledger.record('pv_gross', pv.pvGross, RESULTS.pv_gross.unit, grossSum);
	recordResult(ledger, 'pv_cost', pv.pvCost);
	const netSum = discountedSum(ledger, 'net_effect', rates.years, divisor);
	ledger.record('pv_net', pv.pvNet, RESULTS.pv_net.unit, netSum);
}

/**
 * The divisor of year t ≥ 2 as the trail writes it after the figure: `÷ (1 + disc)^(t − 1)`, or
 * for a year past a schedule's first rate `÷ ((1 + disc)^40 × (1 + 0.03)^(t − 41))`, each later
 * rate a number in the formula.
 */
function divisorFormula(
	ledger: Ledger,
	disc: D,
	schedule: DiscountSchedule | undefined
): (t: number) => FormulaToken[] {
	const first = ledger.resolve(['(', num('1', 'share'), '+', 'disc', ')', '^']);
	const divide = ledger.token('÷');
	return (t) => {
		const stretches = rateStretches(disc, t - 1, schedule);
		if (stretches.length === 1) return [divide, ...first, num(String(t - 1), 'factor')];
		const tokens = [
			divide,
			ledger.token('('),
			...first,
			num(String(stretches[0]!.steps), 'factor')
		];
		for (const { rate, steps } of stretches.slice(1)) {
			tokens.push(
				...ledger.resolve([
					'×',
					'(',
					num('1', 'share'),
					'+',
					num(rate.toFixed(), 'share'),
					')',
					'^'
				]),
				num(String(steps), 'factor')
			);
		}
		tokens.push(ledger.token(')'));
		return tokens;
	};
}

/**
 * The payback year a run reports: the first year whose cumulative discounted net effect is ≥ 0.
 * From version 2, none when there is nothing to pay back (no programme cost, or nobody taking
 * part): version 1 said year 1 then, which reads as if an outlay had been recovered.
 */
export function reportedPayback(pv: PresentValues, version: RulesVersion): number | null {
	return version >= 2 && pv.pvCost.isZero() ? null : pv.paybackYear;
}

/** Records payback_year (years), a whole number; the working is `cumulative_pv` by year. */
export function recordPayback(ledger: Ledger, paybackYear: number | null): void {
	recordResult(ledger, 'payback_year', paybackYear === null ? null : new D(paybackYear));
}

/** result + result@2 ÷ (1 + disc)^1 + … + result@horizon ÷ its divisor. */
function discountedSum(
	ledger: Ledger,
	result: 'gross_effect' | 'net_effect',
	horizon: number,
	divisor: (t: number) => FormulaToken[]
): FormulaToken[] {
	const plus = ledger.token('+');
	const tokens = [ledger.token(result)];
	for (let t = 2; t <= horizon; t++) {
		tokens.push(plus, ledger.token(yearId(result, t)), ...divisor(t));
	}
	return tokens;
}
