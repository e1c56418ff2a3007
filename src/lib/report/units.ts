/**
 * What each input and result measures, so a figure is formatted as persons, money or a share.
 * Framework-free.
 */
import type { ResultId, Unit } from '../model/types';
import { parameter } from '../model/parameters';
import { RESULTS } from '../model/results';
import { SIMULATION_KEYS } from '../scenario/keys';

/**
 * Unit of an input key, from its row of the parameter table; the simulation's `n` and `seed`
 * are counts, the price year `py` a calendar year; any other key (a funnel step after the first)
 * a share. Scenario B's `b_KEY` has the unit of KEY.
 */
export function inputUnit(key: string): Unit {
	// Scenario B's override of KEY measures what KEY does.
	const row = parameter(key.startsWith('b_') ? key.slice(2) : key);
	if (row) return row.unit;
	if (key === 'py') return 'calendar_year';
	return (SIMULATION_KEYS as readonly string[]).includes(key) ? 'count' : 'share';
}

/** Unit of a result, from its declaration (`model/results.ts`). */
export function resultUnit(id: ResultId): Unit {
	return RESULTS[id].unit;
}
