/**
 * The audit-trail steps of the yearly figures: year 1 in full, and for each later year its
 * persons in work, gross effect and net effect. Framework-free.
 */
import type { YearFigures } from './fiscal';
import { laterActiveFormula } from './funnel';
import { num, yearId, type Ledger } from './ledger';
import type { Perspective } from './types';

/** Records year 1: benefit_saving … net_effect (the `active` step is the funnel's). */
export function recordYearOne(ledger: Ledger, year: YearFigures, persp: Perspective): void {
	if (!ledger.recording) return;
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
	if (!ledger.recording) return;
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
	const minusZero = ledger.resolve(['−', num('0', 'money')]);
	for (const { t, active, grossEffect, netEffect } of later) {
		const activeId = yearId('active', t);
		ledger.record(activeId, active, 'persons', activeFormula(t));
		const grossId = yearId('gross_effect', t);
		ledger.record(grossId, grossEffect, 'money', grossFormula(activeId));
		ledger.record(yearId('net_effect', t), netEffect, 'money', [
			ledger.token(grossId),
			...minusZero
		]);
	}
}
