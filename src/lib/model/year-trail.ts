/**
 * The audit-trail steps of the yearly figures: year 1 in full, and for each later year its
 * persons in work, gross effect and net effect. The formulas are the declared ones
 * (`results.ts`). Framework-free.
 */
import type { YearFigures } from './fiscal';
import { laterActiveFormula } from './funnel';
import { num, yearId, type Ledger } from './ledger';
import { expandedFormula, recordResult } from './results';
import type { Perspective } from './types';

/**
 * Records year 1: benefit_saving … net_effect (the `active` step is the funnel's), with the cost
 * of public funds before the net effect where the run counts it.
 */
export function recordYearOne(ledger: Ledger, year: YearFigures, persp: Perspective): void {
	if (!ledger.recording) return;
	recordResult(ledger, 'benefit_saving', year.benefitSaving);
	recordResult(ledger, 'benefit_tax_lost', year.benefitTaxLost);
	recordResult(ledger, 'net_benefit_saving', year.netBenefitSaving);
	recordResult(ledger, 'tax_gain', year.taxGain);
	recordResult(ledger, 'production_gain', year.productionGain);
	recordResult(ledger, 'health_saving', year.healthSaving);
	recordResult(ledger, 'gross_effect', year.grossEffect, persp);
	recordResult(ledger, 'programme_cost', year.programmeCost);
	const publicFunds = year.taxFinancingCost !== null;
	if (publicFunds) recordResult(ledger, 'tax_financing_cost', year.taxFinancingCost);
	recordResult(ledger, 'net_effect', year.netEffect, persp, publicFunds);
}

/**
 * Records every year t ≥ 2: active@t (0 throughout when nobody works, `worksNobody`),
 * gross_effect@t, where the run counts it tax_financing_cost@t, and net_effect@t, in that order.
 * The gross effect and the cost of public funds are their declared formulas written out down to
 * active@t and the inputs (the programme cost a 0), term by term in the order they are computed,
 * so the reader can redo them without the year's parts; all but active@t is resolved once.
 */
export function recordLaterYears(
	ledger: Ledger,
	later: readonly YearFigures[],
	persp: Perspective,
	nobody = false
): void {
	if (!ledger.recording) return;
	const activeFormula = laterActiveFormula(ledger, nobody);
	const grossFormula = ledger.template(expandedFormula('gross_effect', persp, 'active'), 'active');
	const zero = num('0', 'money');
	const minusZero = ledger.resolve(['−', zero]);
	const publicFunds = later.some((year) => year.taxFinancingCost !== null);
	const fundsFormula = ledger.template(
		publicFunds
			? expandedFormula('tax_financing_cost', persp, 'active', { programme_cost: zero })
			: [],
		'active'
	);
	const minus = ledger.token('−');
	for (const { t, active, grossEffect, taxFinancingCost, netEffect } of later) {
		const activeId = yearId('active', t);
		ledger.record(activeId, active, 'persons', activeFormula(t));
		const grossId = yearId('gross_effect', t);
		ledger.record(grossId, grossEffect, 'money', grossFormula(activeId));
		const netFormula = [ledger.token(grossId), ...minusZero];
		if (taxFinancingCost !== null) {
			const fundsId = yearId('tax_financing_cost', t);
			ledger.record(fundsId, taxFinancingCost, 'money', fundsFormula(activeId));
			netFormula.push(minus, ledger.token(fundsId));
		}
		ledger.record(yearId('net_effect', t), netEffect, 'money', netFormula);
	}
}
