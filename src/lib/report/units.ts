/**
 * What each input and result measures, so a figure is formatted as persons, money or a share.
 * Framework-free.
 */
import type { ResultId, Unit } from '../model/types';
import { parameter } from '../model/parameters';
import { RESULTS } from '../model/results';

/** Unit of an input key, from its row of the parameter table; a share for any other key. */
export function inputUnit(key: string): Unit {
	return parameter(key)?.unit ?? 'share';
}

/** Unit of a result, from its declaration (`model/results.ts`). */
export function resultUnit(id: ResultId): Unit {
	return RESULTS[id].unit;
}
