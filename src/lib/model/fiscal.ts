/**
 * The yearly fiscal and socio-economic effects of the people in work, the programme cost, and the
 * net effect of one year. Framework-free.
 */
import { D } from './decimal';
import type { Values } from './inputs';

const ONE = new D(1);
const ZERO = new D(0);

/** What the people in work gain in one year; money per year unless said. */
export interface Activity {
	/** Persons still in work. */
	active: D;
	benefitSaving: D;
	benefitTaxLost: D;
	netBenefitSaving: D;
	taxGain: D;
	productionGain: D;
	healthSaving: D;
	/** The gain of the chosen perspective. */
	grossEffect: D;
}

/**
 * What discounting needs of year t: its gross effect, programme cost and net effect (money), and
 * the cost of public funds where the run counts it (null otherwise).
 */
export interface YearEffects {
	t: number;
	grossEffect: D;
	programmeCost: D;
	taxFinancingCost: D | null;
	netEffect: D;
}

/** Every figure of one year. */
export interface YearFigures extends Activity, YearEffects {}

/** What every year's figures are multiplied by; the sums among them worked out once a run. */
export interface YearRates extends Pick<
	Values,
	'ben' | 'btax' | 'wage' | 'work' | 'health' | 'persp'
> {
	/** wtax + emp: tax and employer's contribution per unit of wage, a share. */
	taxRate: D;
	/** 1 + emp: the value of production per unit of wage, a factor. */
	productionRate: D;
	/** The cost of public funds per krone of net public spending, where it is counted; else null. */
	mcpf: D | null;
}

/**
 * Whether a run counts the cost of public funds: in the society perspective, where the scenario
 * gives `mcpf` (R-109/21's skattefinansieringskostnad). The fiscal perspective is the public
 * budget itself: the cost of raising its money is not a figure of it.
 */
export function countsPublicFunds(values: { persp: Values['persp']; mcpf?: unknown }): boolean {
	return values.persp === 'society' && values.mcpf !== undefined;
}

export function yearRates(values: Values): YearRates {
	const { ben, btax, wage, work, health, persp, wtax, emp } = values;
	const taxRate = wtax.plus(emp);
	const productionRate = ONE.plus(emp);
	const mcpf = countsPublicFunds(values) ? values.mcpf! : null;
	return { ben, btax, wage, work, health, persp, taxRate, productionRate, mcpf };
}

/** The gains of `active` persons in work (persons) in one year. */
export function activityOf(rates: YearRates, active: D): Activity {
	const benefitSaving = active.times(rates.ben).times(rates.work);
	const benefitTaxLost = benefitSaving.times(rates.btax);
	const netBenefitSaving = benefitSaving.minus(benefitTaxLost);
	// active × wage × work, the wages both gains are shares of: the same two roundings either way.
	const wages = active.times(rates.wage).times(rates.work);
	const taxGain = wages.times(rates.taxRate);
	const productionGain = wages.times(rates.productionRate);
	const healthSaving = active.times(rates.health);
	const grossEffect =
		rates.persp === 'fiscal'
			? netBenefitSaving.plus(taxGain).plus(healthSaving)
			: productionGain.plus(healthSaving);
	return {
		active,
		benefitSaving,
		benefitTaxLost,
		netBenefitSaving,
		taxGain,
		productionGain,
		healthSaving,
		grossEffect
	};
}

/**
 * `activityOf(rates, active).grossEffect` alone: the operations of the perspective's gross
 * effect only, the same ones in the same order, so the same digits (for a run without trail,
 * which reports no by-year figure after year 1).
 */
export function grossEffectOf(rates: YearRates, active: D): D {
	const wages = active.times(rates.wage).times(rates.work);
	const healthSaving = active.times(rates.health);
	if (rates.persp === 'society') return wages.times(rates.productionRate).plus(healthSaving);
	const benefitSaving = active.times(rates.ben).times(rates.work);
	const netBenefitSaving = benefitSaving.minus(benefitSaving.times(rates.btax));
	return netBenefitSaving.plus(wages.times(rates.taxRate)).plus(healthSaving);
}

/**
 * Year t's figures: its activity, its programme cost (money, zero after year 1) and, where `mcpf`
 * is counted, the cost of public funds on the year's net public spending: mcpf × (programme cost
 * − net benefit saving − tax gain − health saving), subtracted from the net effect.
 */
export function yearFigures(
	t: number,
	activity: Activity,
	programmeCost: D,
	mcpf: D | null
): YearFigures {
	// x − 0 is x to the digit; the same object lets discounting and the texts reuse its work.
	const { grossEffect } = activity;
	let netEffect = programmeCost.isZero() ? grossEffect : grossEffect.minus(programmeCost);
	let taxFinancingCost: D | null = null;
	if (mcpf !== null) {
		const publicSpending = programmeCost
			.minus(activity.netBenefitSaving)
			.minus(activity.taxGain)
			.minus(activity.healthSaving);
		taxFinancingCost = mcpf.times(publicSpending);
		netEffect = netEffect.minus(taxFinancingCost);
	}
	return { t, ...activity, programmeCost, taxFinancingCost, netEffect };
}

/**
 * Every year's figures, t = 1 … active.length, for the persons in work each year and year 1's
 * programme cost (helped × cost ÷ success, money; zero in later years). A year whose `active`
 * is the year before's own object (`activeByYear` hands it on when the share still in work has
 * not changed, as every year with drop = 0) takes over that year's activity: the same operations
 * on the same operands, so the same figures.
 */
export function figuresByYear(rates: YearRates, active: readonly D[], firstCost: D): YearFigures[] {
	const years: YearFigures[] = [];
	let activity: Activity | undefined;
	active.forEach((persons, index) => {
		if (activity?.active !== persons) activity = activityOf(rates, persons);
		years.push(yearFigures(index + 1, activity, index === 0 ? firstCost : ZERO, rates.mcpf));
	});
	return years;
}

/**
 * What discounting needs of the years after `first`, for a run without trail (no by-year rows:
 * only the gross effect), with the same reuse as `figuresByYear`. Where the cost of public funds
 * is counted, every year's figures, which it needs.
 */
export function laterEffects(
	rates: YearRates,
	active: readonly D[],
	first: YearFigures
): YearEffects[] {
	if (rates.mcpf !== null) return figuresByYear(rates, active, first.programmeCost).slice(1);
	const later: YearEffects[] = [];
	let { active: persons, grossEffect } = first;
	for (let t = 2; t <= active.length; t++) {
		if (active[t - 1] !== persons) {
			persons = active[t - 1]!;
			grossEffect = grossEffectOf(rates, persons);
		}
		later.push({
			t,
			grossEffect,
			programmeCost: ZERO,
			taxFinancingCost: null,
			netEffect: grossEffect
		});
	}
	return later;
}
