/**
 * Discount schedules (`disc=no|dk`): each yearly step at the rate for its year, worked by hand.
 *
 * One person back in work saving 1 000 000 kr of benefit a year (fiscal, nothing else), so
 * every year's net effect is 1 000 000 and its discounted figure is 1 000 000 ÷ the divisor.
 *
 * Denmark (3.5 % for steps 1–35, then 2.5 %): year 36 is 35 steps from year 1, all at 3.5 %;
 * year 37 is 35 at 3.5 % and one at 2.5 %: 1.035^35 × 1.025. To 40 digits (half-even, as the
 * model rounds): 1.035^35 = 3.333590445851176722053899855654807668062, × 1.025 =
 * 3.416930206997456140105247352046177859764; its reciprocal and 1 000 000 ÷ it are below.
 * Norway (4 % for steps 1–40, then 3 %): year 42 is 1.04^40 × 1.03 =
 * 4.801020627936650273820956185212558779880 × 1.03 = 4.945051246774749782035584870768935543276.
 * (Worked with Python's decimal module at 200 digits, each operation rounded to 40.)
 */
import { describe, expect, it } from 'vitest';
import { runModel, type ModelInput } from '../../../src/lib/model';
import { evaluate, modelInput, show } from './helpers';

function withSchedule(schedule: 'no' | 'dk', disc: string, years: number): ModelInput {
	return modelInput({ pop: '1', ben: '1000000', years, disc, schedule });
}

describe('a Danish schedule', () => {
	const output = runModel(withSchedule('dk', '0.035', 38));
	const row = (t: number) => output.byYear[t - 1]!;

	it('discounts the first 35 steps at 3.5 %, as one rate would', () => {
		const oneRate = runModel(modelInput({ pop: '1', ben: '1000000', years: 36, disc: '0.035' }));
		expect(output.byYear.slice(0, 36)).toEqual(oneRate.byYear);
	});

	it('discounts the 36th step at 2.5 %', () => {
		expect(row(37).discount_factor).toBe('0.2926603528372110197258023012466005290634');
		expect(row(37).discounted_net).toBe('292660.3528372110197258023012466005290634');
		expect(row(38).discount_factor).toBe('0.2855222954509375802202949280454639307936');
	});

	it('writes the later years in the trail with their own rate', () => {
		const pvGross = output.trail.find((step) => step.id === 'pv_gross')!;
		const text = show(pvGross.formula);
		expect(text).toContain(
			' + gross_effect@36=1000000 ÷ ( 1 + disc=0.035 ) ^ 35 + gross_effect@37=1000000 ÷ ( ( 1 + disc=0.035 ) ^ 35 × ( 1 + 0.025 ) ^ 1 ) + gross_effect@38=1000000 ÷ ( ( 1 + disc=0.035 ) ^ 35 × ( 1 + 0.025 ) ^ 2 )'
		);
		expect(evaluate(pvGross.formula).toFixed()).toBe(pvGross.value);
	});
});

describe('a Norwegian schedule', () => {
	const output = runModel(withSchedule('no', '0.04', 42));

	it('discounts the 41st step at 3 %', () => {
		expect(output.byYear[41]!.discount_factor).toBe('0.2022223734591664250348179646097086334153');
		expect(output.byYear[41]!.discounted_net).toBe('202222.3734591664250348179646097086334153');
	});

	it('gives a trail that recomputes to its present values', () => {
		for (const id of ['pv_gross', 'pv_net']) {
			const step = output.trail.find((candidate) => candidate.id === id)!;
			expect(evaluate(step.formula).toFixed()).toBe(step.value);
		}
	});

	it('is one rate of 4 % over a horizon of 41 years or less', () => {
		const scheduled = runModel(withSchedule('no', '0.04', 41));
		const oneRate = runModel(modelInput({ pop: '1', ben: '1000000', years: 41, disc: '0.04' }));
		expect(scheduled).toEqual(oneRate);
	});
});
