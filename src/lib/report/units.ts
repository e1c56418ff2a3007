/**
 * What each input and result measures, so a figure is formatted as persons, money or a share.
 * Framework-free.
 */
import type { ResultId, Unit } from '../model/types';
import { parameter } from '../model/parameters';

/** Unit of an input key, from its row of the parameter table; a share for any other key. */
export function inputUnit(key: string): Unit {
	return parameter(key)?.unit ?? 'share';
}

const RESULT_UNITS: Record<ResultId, Unit> = {
	helped: 'persons',
	participants: 'persons',
	attributable: 'persons',
	active: 'persons',
	benefit_saving: 'money',
	benefit_tax_lost: 'money',
	net_benefit_saving: 'money',
	tax_gain: 'money',
	production_gain: 'money',
	health_saving: 'money',
	gross_effect: 'money',
	programme_cost: 'money',
	net_effect: 'money',
	pv_gross: 'money',
	pv_cost: 'money',
	pv_net: 'money',
	bcr: 'ratio',
	break_even_cost: 'money',
	break_even_success: 'share',
	payback_year: 'years'
};

export function resultUnit(id: ResultId): Unit {
	return RESULT_UNITS[id];
}
