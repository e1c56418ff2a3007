/**
 * One-way sensitivity: each input given as a range moved from its LOW to its HIGH with every
 * other input at its BASE, and how far that moves one result — the bars of a tornado chart,
 * widest first. Computed with the exact model, so a swing is exact (for a result linear in the
 * input it is the slope times HIGH − LOW, to the digit). Framework-free.
 */
import { D, toCanonical } from '../model/decimal';
import { resultOf } from '../model/index';
import { PARAMETERS, type InputKey } from '../model/parameters';
import type { DecimalString, ModelInput, ResultId } from '../model/types';
import type { InputRange } from '../scenario/schema';

export interface TornadoBar {
	key: InputKey;
	/** The input's LOW and HIGH. */
	range: InputRange;
	/** The result with the input at LOW, and at HIGH (null where it does not exist). */
	atLow: DecimalString | null;
	atHigh: DecimalString | null;
	/** |atHigh − atLow|; null when either does not exist. */
	swing: DecimalString | null;
}

/**
 * The tornado of `metric` for a scenario's exact `input` and its `ranges`: one bar per input
 * whose range is not collapsed (LOW < HIGH), widest swing first, inputs of equal swing (and
 * those without one, last) in the parameter table's order.
 */
export function tornado(
	input: ModelInput,
	ranges: Partial<Record<InputKey, InputRange>>,
	metric: ResultId
): TornadoBar[] {
	const at = (key: InputKey, value: DecimalString) => resultOf({ ...input, [key]: value }, metric);
	const bars: TornadoBar[] = [];
	for (const { key } of PARAMETERS) {
		const range = ranges[key];
		if (range === undefined || range.low === range.high) continue;
		const atLow = at(key, range.low);
		const atHigh = at(key, range.high);
		const swing =
			atLow === null || atHigh === null ? null : toCanonical(new D(atHigh).minus(atLow).abs());
		bars.push({ key, range, atLow, atHigh, swing });
	}
	// A stable sort keeps the table's order among equals.
	return bars.sort((a, b) => {
		if (a.swing === null || b.swing === null)
			return Number(a.swing === null) - Number(b.swing === null);
		return new D(b.swing).comparedTo(a.swing);
	});
}
