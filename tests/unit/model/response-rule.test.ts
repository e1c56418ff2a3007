/**
 * Version 3's rule for a funnel that ends in a response to treatment with no step into work: it
 * counts nobody in work, so no benefit, tax or production is claimed from it; version 2 counted
 * everyone through it. Worked by hand: 1 000 × 50 % = 500 people respond.
 */
import { describe, expect, it } from 'vitest';
import { runModel, type ModelInput } from '../../../src/lib/model';
import { floatModel } from '../../../src/lib/uncertainty/float-model';
import { modelInput, show } from './helpers';

function responders(version: ModelInput['version'], extra: Partial<ModelInput> = {}): ModelInput {
	return modelInput({
		pop: '1000',
		s1: '0.5',
		ben: '100000',
		cost: '1000',
		years: 3,
		kinds: { s1: 'response' },
		version,
		...extra
	});
}

describe('a funnel that ends in a response to treatment', () => {
	it('counts nobody in work from version 3: no saving, only the cost', () => {
		const { results, byYear, trail } = runModel(responders(3));
		expect(results.helped).toBe('500');
		expect(results.active).toBe('0');
		expect(results.benefit_saving).toBe('0');
		expect(results.gross_effect).toBe('0');
		// 500 helped ÷ 100 % success × 1 000 kr = 500 000 kr, all of it lost.
		expect(results.programme_cost).toBe('500000');
		expect(results.pv_net).toBe('-500000');
		expect(byYear.map((row) => row.active)).toEqual(['0', '0', '0']);
		const active = trail
			.filter((step) => step.result === 'active')
			.map((step) => show(step.formula));
		expect(active).toEqual(['0', '0', '0']);
	});

	it('counted everyone through it as in work in version 2, as its links still do', () => {
		const { results } = runModel(responders(2));
		expect(results.active).toBe('500');
		// 500 × 100 000 kr = 50 000 000 kr.
		expect(results.benefit_saving).toBe('50000000');
	});

	it('counts those a return-to-work step names', () => {
		const input = responders(3, { s2: '0.4', kinds: { s1: 'response', s2: 'rtw' } });
		const { results } = runModel(input);
		// 500 × 40 % = 200 in work, 200 × 100 000 kr = 20 000 000 kr.
		expect(results.active).toBe('200');
		expect(results.benefit_saving).toBe('20000000');
	});

	it('is the same in the simulation’s model', () => {
		for (const version of [2, 3] as const) {
			const input = responders(version);
			const { benefit_saving } = floatModel(input, new Map(), 1);
			expect(benefit_saving[0]).toBe(version === 3 ? 0 : 50_000_000);
		}
	});
});
