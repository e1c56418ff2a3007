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

/** Records year 1: benefit_saving … net_effect (the `active` step is the funnel's). */
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
	recordResult(ledger, 'net_effect', year.netEffect);
}

/**
 * Records every year t ≥ 2: active@t (0 throughout when nobody works, `worksNobody`),
 * gross_effect@t and net_effect@t, in that order. The gross
 * effect is its declared formula written out down to active@t and the inputs, term by term in
 * the order it is computed, so the reader can redo it without the year's parts; all but
 * active@t is resolved once.
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
