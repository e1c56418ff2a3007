/**
 * The formulas of the cost model (DESIGN.md §2, docs/model.md) in symbols, numbered in the order
 * of the audit trail. Symbols are the URL keys and result ids, the same in every language; the
 * words that explain them live with each language's method text. Framework-free.
 */
import { RESULT_IDS, type ResultId } from '../../lib/model/types';

export interface FormulaLine {
	/** The formula in symbols. */
	symbols: string;
	/** The perspective the line applies to, when it differs by perspective. */
	persp?: 'fiscal' | 'society';
}

const FORMULAS: Record<ResultId, FormulaLine[]> = {
	helped: [{ symbols: 'helped = pop × s1 × s2 × … × s8' }],
	participants: [{ symbols: 'participants = helped ÷ success' }],
	attributable: [{ symbols: 'attributable = helped × (1 − dead) × (1 − disp)' }],
	active: [{ symbols: 'active(t) = attributable × (1 − drop)^(t − 1)' }],
	benefit_saving: [{ symbols: 'benefit_saving = active × ben × work' }],
	benefit_tax_lost: [{ symbols: 'benefit_tax_lost = benefit_saving × btax' }],
	net_benefit_saving: [{ symbols: 'net_benefit_saving = benefit_saving − benefit_tax_lost' }],
	tax_gain: [{ symbols: 'tax_gain = active × wage × work × (wtax + emp)' }],
	production_gain: [{ symbols: 'production_gain = active × wage × work × (1 + emp)' }],
	health_saving: [{ symbols: 'health_saving = active × health' }],
	gross_effect: [
		{ symbols: 'gross_effect = net_benefit_saving + tax_gain + health_saving', persp: 'fiscal' },
		{ symbols: 'gross_effect = production_gain + health_saving', persp: 'society' }
	],
	programme_cost: [
		{ symbols: 'programme_cost(1) = helped × cost ÷ success' },
		{ symbols: 'programme_cost(t > 1) = 0' }
	],
	net_effect: [{ symbols: 'net_effect(t) = gross_effect(t) − programme_cost(t)' }],
	pv_gross: [{ symbols: 'pv_gross = Σₜ gross_effect(t) ÷ (1 + disc)^(t − 1)' }],
	pv_cost: [{ symbols: 'pv_cost = Σₜ programme_cost(t) ÷ (1 + disc)^(t − 1) = programme_cost(1)' }],
	pv_net: [{ symbols: 'pv_net = Σₜ net_effect(t) ÷ (1 + disc)^(t − 1)' }],
	bcr: [{ symbols: 'bcr = pv_gross ÷ pv_cost' }],
	break_even_cost: [{ symbols: 'break_even_cost = pv_gross × success ÷ helped' }],
	break_even_success: [{ symbols: 'break_even_success = helped × cost ÷ pv_gross' }],
	payback_year: [
		{ symbols: 'cumulative_pv(t) = Σ net_effect(u) ÷ (1 + disc)^(u − 1), u = 1 … t' },
		{ symbols: 'payback_year = min { t : cumulative_pv(t) ≥ 0 }, none when pv_cost = 0 (v2)' }
	]
};

/** Every result with its formula lines, in trail order (1 = `helped` … 20 = `payback_year`). */
export const FORMULA_LIST: readonly { id: ResultId; lines: FormulaLine[] }[] = RESULT_IDS.map(
	(id) => ({ id, lines: FORMULAS[id] })
);
