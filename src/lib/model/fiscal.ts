/**
 * The yearly fiscal and socio-economic effects of the people in work, the programme cost, and the
 * net effect of one year. Framework-free.
 */
import { D } from './decimal';
import type { Values } from './inputs';
import { laterActiveFormula } from './funnel';
import { num, yearId, type Ledger } from './ledger';
import type { Perspective } from './types';

const ONE = new D(1);

/** Every figure of one year; money per year unless said. */
export interface YearFigures {
	t: number;
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
	programmeCost: D;
	netEffect: D;
}

/** What every year's figures are multiplied by; the sums among them worked out once a run. */
export interface YearRates extends Pick<
	Values,
	'ben' | 'btax' | 'wage' | 'work' | 'health' | 'persp'
> {
	/** wtax + emp: tax and employer's contribution per unit of wage, a share. */
	taxRate: D;
	/** 1 + emp: the value of production per unit of wage, a factor. */
	productionRate: D;
}

export function yearRates(values: Values): YearRates {
	const { ben, btax, wage, work, health, persp, wtax, emp } = values;
	const taxRate = wtax.plus(emp);
	const productionRate = ONE.plus(emp);
	return { ben, btax, wage, work, health, persp, taxRate, productionRate };
}

/**
 * The figures of year t for `active` persons in work (persons) and that year's programme cost
 * (money: helped × cost ÷ success — the participants' cost — in year 1, zero after).
 */
export function yearFigures(rates: YearRates, t: number, active: D, programmeCost: D): YearFigures {
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
	// x − 0 is x to the digit; the same object lets discounting and the texts reuse its work.
	const netEffect = programmeCost.isZero() ? grossEffect : grossEffect.minus(programmeCost);
	return {
		t,
		active,
		benefitSaving,
		benefitTaxLost,
		netBenefitSaving,
		taxGain,
		productionGain,
		healthSaving,
		grossEffect,
		programmeCost,
		netEffect
	};
}

/** Records year 1: benefit_saving … net_effect (the `active` step is the funnel's). */
export function recordYearOne(ledger: Ledger, year: YearFigures, persp: Perspective): void {
	ledger.step('benefit_saving', year.benefitSaving, 'money', ['active', '×', 'ben', '×', 'work']);
	ledger.step('benefit_tax_lost', year.benefitTaxLost, 'money', ['benefit_saving', '×', 'btax']);
	ledger.step('net_benefit_saving', year.netBenefitSaving, 'money', [
		'benefit_saving',
		'−',
		'benefit_tax_lost'
	]);
	ledger.step('tax_gain', year.taxGain, 'money', [
		...['active', '×', 'wage', '×', 'work', '×'],
		...['(', 'wtax', '+', 'emp', ')']
	]);
	ledger.step('production_gain', year.productionGain, 'money', [
		...['active', '×', 'wage', '×', 'work', '×'],
		...['(', num('1', 'share'), '+', 'emp', ')']
	]);
	ledger.step('health_saving', year.healthSaving, 'money', ['active', '×', 'health']);
	ledger.step(
		'gross_effect',
		year.grossEffect,
		'money',
		persp === 'fiscal'
			? ['net_benefit_saving', '+', 'tax_gain', '+', 'health_saving']
			: ['production_gain', '+', 'health_saving']
	);
	// helped × cost ÷ success rather than participants × cost: the same figure, but divided last,
	// so it stays exact whenever it can be (100 helped ÷ 0.3 × 300 kr is 100 000 kr, not 99 999.9…).
	ledger.step('programme_cost', year.programmeCost, 'money', [
		'helped',
		'×',
		'cost',
		'÷',
		'success'
	]);
	ledger.step('net_effect', year.netEffect, 'money', ['gross_effect', '−', 'programme_cost']);
}

/** Stands for the year's `active@t` in the formula of its gross effect. */
const ACTIVE = 'active@t';

/**
 * Records every year t ≥ 2: active@t, gross_effect@t and net_effect@t, in that order. The gross
 * effect is written out from active@t and the inputs, term by term in the order it is computed,
 * so the reader can redo it without the year's parts; all but active@t is resolved once.
 */
export function recordLaterYears(
	ledger: Ledger,
	later: readonly YearFigures[],
	persp: Perspective
): void {
	const activeFormula = laterActiveFormula(ledger);
	const labour = [ACTIVE, '×', 'wage', '×', 'work', '×'];
	const health = [ACTIVE, '×', 'health'];
	const grossFormula = ledger.template(
		persp === 'fiscal'
			? [
					...[ACTIVE, '×', 'ben', '×', 'work', '−', ACTIVE, '×', 'ben', '×', 'work', '×', 'btax'],
					...['+', ...labour, '(', 'wtax', '+', 'emp', ')', '+', ...health]
				]
			: [...labour, '(', num('1', 'share'), '+', 'emp', ')', '+', ...health],
		ACTIVE
	);
	for (const { t, active, grossEffect, netEffect } of later) {
		const activeId = yearId('active', t);
		ledger.step(activeId, active, 'persons', activeFormula(t));
		const grossId = yearId('gross_effect', t);
		ledger.step(grossId, grossEffect, 'money', grossFormula(activeId));
		ledger.step(yearId('net_effect', t), netEffect, 'money', [grossId, '−', num('0', 'money')]);
	}
}
