/**
 * The API's answer (`answerOf`): the report in DESIGN.md §5's JSON shape, with `intervals`,
 * `probabilities` and `tornado` for ranges and `b` for a scenario B. Expected figures by hand.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/lib/i18n/all-locales';
import { answerOf, calculate, type Answer } from '../../../src/lib/report/calculate';
import { RESULT_IDS } from '../../../src/lib/model/types';

function answer(query: string): Answer {
	const outcome = calculate(query);
	if (!outcome.ok) throw new Error(`${query}: ${JSON.stringify(outcome.errors)}`);
	return answerOf(outcome);
}

const ADDED_KEYS = ['intervals', 'probabilities', 'tornado', 'simulation_error', 'b'];

describe('the API answer', () => {
	it('has none of the added keys for a scenario without ranges or B', () => {
		const plain = answer('pop=150000&s1=0.1&ben=250000&v=3');
		for (const key of [...ADDED_KEYS, 'uncertainty', 'comparison']) {
			expect(plain).not.toHaveProperty(key);
		}
		expect(plain.results.benefit_saving).toBe('3750000000');
	});

	it('gives the tornado as bars of pv_net at LOW and HIGH, and the probabilities by id', () => {
		const ranged = answer('pop=1000&s1=0.1:0.05:0.15&ben=100000:50000:150000&c1=pv_net:gt:0&v=3');
		// By hand, pv_net = 1 000 × s1 × ben: s1 at 0.05 and 0.15 with ben = 100 000 gives
		// 5 000 000 and 15 000 000; ben at 50 000 and 150 000 with s1 = 0.1 gives the same.
		// Equal swings keep the input table's order (s1 before ben).
		expect(ranged.tornado).toEqual([
			{
				key: 's1',
				metric: 'pv_net',
				range: { low: '0.05', high: '0.15' },
				low: '5000000',
				high: '15000000',
				swing: '10000000'
			},
			{
				key: 'ben',
				metric: 'pv_net',
				range: { low: '50000', high: '150000' },
				low: '5000000',
				high: '15000000',
				swing: '10000000'
			}
		]);
		// Both ranges stay above 0 in every draw (beta and lognormal), so pv_net > 0 always.
		expect(ranged.probabilities).toEqual({ pv_net_positive: '1', c1: '1' });
		expect(Object.keys(ranged.intervals!)).toEqual([...RESULT_IDS]);
		expect(ranged).not.toHaveProperty('uncertainty');
	});

	it('gives every interval as the point figure when every range is collapsed', () => {
		const collapsed = answer('pop=1000:1000:1000&s1=0.1&ben=100000&v=3');
		// 1 000 × 0.1 = 100 people; × 100 000 = 10 000 000.
		expect(collapsed.intervals!.helped).toEqual({
			mean: '100',
			median: '100',
			p5: '100',
			p95: '100'
		});
		expect(collapsed.intervals!.pv_net).toEqual({
			mean: '10000000',
			median: '10000000',
			p5: '10000000',
			p95: '10000000'
		});
		expect(collapsed.tornado).toEqual([]);
	});

	it('names the field as simulation_error when no distribution fits, with no intervals', () => {
		const unfit = answer('pop=1000&s1=0.1:0.1:0.10000000000000002&v=3');
		expect(unfit.simulation_error).toMatchObject({
			key: 's1',
			value: '0.1:0.1:0.10000000000000002'
		});
		for (const key of ['intervals', 'probabilities', 'tornado']) {
			expect(unfit).not.toHaveProperty(key);
		}
		expect(unfit.results.helped).toBe('100');
	});

	it('gives scenario B with its own canonical link, its results and B − A', () => {
		const compared = answer('pop=1000&s1=0.1&ben=100000&c1=pv_net:gt:0&b_dead=0.5&v=3');
		// B: 1 000 × 0.1 × (1 − 0.5) × 100 000 = 5 000 000 against A's 10 000 000.
		expect(compared.b).toMatchObject({
			canonical: 'pop=1000&s1=0.1&ben=100000&dead=0.5&v=3',
			overrides: { b_dead: '0.5' },
			adjusted: []
		});
		expect(compared.b!.results.pv_net).toBe('5000000');
		expect(compared.b!.difference.pv_net).toBe('-5000000');
		expect(compared.b!.warnings.map((warning) => warning.id)).not.toContain('no_deadweight');
		expect(compared.warnings.map((warning) => warning.id)).toContain('no_deadweight');
		expect(compared).not.toHaveProperty('comparison');
	});
});
