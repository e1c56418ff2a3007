import { describe, expect, it } from 'vitest';
import { combinedAssumption } from '../../../src/lib/claims/combined';
import type { Claim } from '../../../src/lib/claims/types';
import { runModel } from '../../../src/lib/model/index';
import { modelInput } from '../model/helpers';

const claim = (metric: Claim['metric'], op: Claim['op'], value: string): Claim => ({
	id: 'c1',
	metric,
	op,
	value
});

describe('the combined assumption: the gains besides the benefits, per person-year in work', () => {
	it('says "over 4 milliarder" needs tax gain plus health saving above 16 666,67 kr (the seed)', () => {
		const seed = runModel(modelInput({ pop: '150000', s1: '0.1', ben: '250000' }));
		expect(
			combinedAssumption(claim('gross_effect', 'gt', '4000000000'), seed, 'fiscal')
		).toStrictEqual({
			parts: ['tax_gain', 'health_saving'],
			// (4 000 000 000 − 3 750 000 000) ÷ 15 000 = 16 666.666…
			value: '16666.' + '6'.repeat(34) + '7',
			current: '0',
			direction: 'above'
		});
	});

	it('counts what the parts bring already, and the programme cost for a net effect', () => {
		// 1 000 in work, ben 100 000, health 2 000, wage 300 000 at wtax 0.2: tax 60 000 a person.
		// Now 1 000 × (100 000 + 60 000 + 2 000) = 162 000 000; cost 1 000 × 10 000 = 10 000 000;
		// net 152 000 000. For net = 200 000 000: S = 62 000 + (200e6 − 152e6) ÷ 1 000 = 110 000.
		const output = runModel(
			modelInput({
				pop: '1000',
				ben: '100000',
				health: '2000',
				wage: '300000',
				wtax: '0.2',
				cost: '10000'
			})
		);
		expect(
			combinedAssumption(claim('net_effect', 'ge', '200000000'), output, 'fiscal')
		).toStrictEqual({
			parts: ['tax_gain', 'health_saving'],
			value: '110000',
			current: '62000',
			direction: 'above'
		});
	});

	it('weighs each year by the persons still in work, discounted, for a present value', () => {
		// 100 in work, then 50 (drop 0.5), discounted by 1.25: weight 100 + 50 ÷ 1.25 = 140.
		// Gross per person-year 10 000 (benefit only): pv_gross 1 400 000. For 2 100 000:
		// S = 0 + (2 100 000 − 1 400 000) ÷ 140 = 5 000.
		const output = runModel(
			modelInput({ pop: '100', ben: '10000', drop: '0.5', years: 2, disc: '0.25' })
		);
		expect(
			combinedAssumption(claim('pv_gross', 'approx', '2100000'), output, 'fiscal')
		).toStrictEqual({
			parts: ['tax_gain', 'health_saving'],
			value: '5000',
			current: '0',
			direction: 'at'
		});
	});

	it('in the society perspective, production gain plus health saving', () => {
		// 10 in work, wage 100 000, emp 0.1: production 110 000 a person; gross 1 100 000.
		// Below 1 000 000: S below 110 000 − 100 000 ÷ 10 = 100 000.
		const output = runModel(
			modelInput({ pop: '10', wage: '100000', emp: '0.1', persp: 'society' })
		);
		expect(
			combinedAssumption(claim('gross_effect', 'lt', '1000000'), output, 'society')
		).toStrictEqual({
			parts: ['production_gain', 'health_saving'],
			value: '100000',
			current: '110000',
			direction: 'below'
		});
	});

	it('has none where it cannot be: another metric, nobody in work, a sum below 0', () => {
		const seed = runModel(modelInput({ pop: '150000', s1: '0.1', ben: '250000' }));
		expect(
			combinedAssumption(claim('benefit_saving', 'gt', '4000000000'), seed, 'fiscal')
		).toBeUndefined();
		const nobody = runModel(modelInput({ pop: '0', ben: '250000' }));
		expect(combinedAssumption(claim('gross_effect', 'gt', '1'), nobody, 'fiscal')).toBeUndefined();
		// below 3 000 000 000 would take −50 000 per person-year: no gain is negative
		expect(
			combinedAssumption(claim('gross_effect', 'lt', '3000000000'), seed, 'fiscal')
		).toBeUndefined();
	});
});
