/**
 * The floating-point model a simulation runs is the exact model to about 12 significant digits,
 * on every result, including where a figure does not exist (NaN there, null in the model); and
 * a draw's results do not depend on the draws beside it (the model runs a block at a time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runModel, RESULT_IDS, type ModelInput } from '../../../src/lib/model';
import type { InputKey } from '../../../src/lib/model/parameters';
import { floatModel } from '../../../src/lib/uncertainty/float-model';
import { anyInput } from '../model/arbitraries';
import { modelInput } from '../model/helpers';

/** Whether `float` is `exact` to a relative 1e-9 (absolute near 0), or both do not exist. */
function close(float: number, exact: string | null): boolean {
	if (exact === null) return Number.isNaN(float);
	const value = Number(exact);
	return Math.abs(float - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** The model's results for `input` itself: one draw, nothing drawn. */
function pointResults(input: ModelInput) {
	const columns = floatModel(input, new Map(), 1);
	return (id: (typeof RESULT_IDS)[number]) => columns[id][0]!;
}

describe('floatModel', () => {
	it('computes the seed claim: 150 000 × 10 % × 250 000 kr = 3 750 000 000 kr', () => {
		const input = modelInput({ pop: '150000', s1: '0.1', ben: '250000' });
		const result = pointResults(input);
		expect(result('benefit_saving')).toBe(3_750_000_000);
		expect(result('helped')).toBe(15_000);
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
				const result = pointResults(input);
				for (const id of RESULT_IDS) {
					const float = result(id);
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

	it('gives each draw, in every block of draws, the results of that draw alone', () => {
		const input = modelInput({
			pop: '150000',
			s1: '0.15',
			s2: '0.5',
			ben: '265657',
			btax: '0.123',
			cost: '150000',
			success: '0.5',
			drop: '0.15',
			years: 20,
			disc: '0.04',
			persp: 'society',
			mcpf: '0.2'
		});
		// 2 500 draws: two full blocks of 1 024 and part of a third.
		const n = 2500;
		const drawn = new Map<InputKey, Float64Array>([
			['s1', Float64Array.from({ length: n }, (_, draw) => 0.05 + draw / 25_000)],
			['ben', Float64Array.from({ length: n }, (_, draw) => 200_000 + 40 * draw)],
			['mcpf', Float64Array.from({ length: n }, (_, draw) => (draw % 7) / 20)]
		]);
		const columns = floatModel(input, drawn, n);
		for (const draw of [0, 1, 1023, 1024, 2047, 2048, 2499]) {
			const alone = new Map(
				[...drawn].map(([key, draws]) => [key, draws.subarray(draw, draw + 1)])
			);
			const own = floatModel(input, alone, 1);
			for (const id of RESULT_IDS) {
				expect(Object.is(columns[id][draw], own[id][0]), `${id} of draw ${draw}`).toBe(true);
			}
		}
	});
});
