/**
 * The floating-point model a simulation runs is the exact model to about 12 significant digits,
 * on every result, including where a figure does not exist (NaN there, null in the model).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runModel, RESULT_IDS } from '../../../src/lib/model';
import { floatModel, pointValues, resultSlot } from '../../../src/lib/uncertainty/float-model';
import { anyInput } from '../model/arbitraries';
import { modelInput } from '../model/helpers';

/** Whether `float` is `exact` to a relative 1e-9 (absolute near 0), or both do not exist. */
function close(float: number, exact: string | null): boolean {
	if (exact === null) return Number.isNaN(float);
	const value = Number(exact);
	return Math.abs(float - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

describe('floatModel', () => {
	it('computes the seed claim: 150 000 × 10 % × 250 000 kr = 3 750 000 000 kr', () => {
		const input = modelInput({ pop: '150000', s1: '0.1', ben: '250000' });
		const values = pointValues(input);
		floatModel(input)(values);
		expect(values[resultSlot('benefit_saving')]).toBe(3_750_000_000);
		expect(values[resultSlot('helped')]).toBe(15_000);
	});

	// Random scenarios, and the same over a long horizon under a country's discount schedule.
	const scheduled = fc
		.tuple(anyInput, fc.constantFrom(['no', '0.04'] as const, ['dk', '0.035'] as const))
		.chain(([input, [schedule, disc]]) =>
			fc.integer({ min: 30, max: 50 }).map((years) => ({ ...input, years, disc, schedule }))
		);
	it.each([
		['random scenarios', anyInput],
		['scenarios under a discount schedule', scheduled]
	])('agrees with the exact model on every result of %s', (_, scenarios) => {
		fc.assert(
			fc.property(scenarios, (input) => {
				const { results, byYear } = runModel(input);
				const values = pointValues(input);
				floatModel(input)(values);
				for (const id of RESULT_IDS) {
					const float = values[resultSlot(id)]!;
					if (id === 'payback_year' && !close(float, results[id])) {
						// Floating point may put a cumulative of exactly 0 a hair either side of it.
						const year = Number.isNaN(float) ? Number(results[id]) : float;
						const cumulative = Number(byYear[year - 1]?.cumulative_pv);
						const scale = Math.max(1, Math.abs(Number(results.pv_gross)));
						expect(Math.abs(cumulative) <= 1e-9 * scale, `payback ${float}`).toBe(true);
						continue;
					}
					expect(close(float, results[id]), `${id}: ${float} vs ${results[id]}`).toBe(true);
				}
			}),
			{ numRuns: 500 }
		);
	});
});
