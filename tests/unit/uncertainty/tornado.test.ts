/**
 * The tornado: each ranged input LOW → HIGH with the rest at BASE, swings exact, widest first.
 */
import { describe, expect, it } from 'vitest';
import { tornado } from '../../../src/lib/uncertainty/tornado';
import { modelInput } from '../model/helpers';

const seed = modelInput({ pop: '150000', s1: '0.1', ben: '250000' });

describe('tornado', () => {
	it('gives exact swings for a result linear in each input, widest first', () => {
		const bars = tornado(
			seed,
			{
				pop: { low: '150000', high: '150000' },
				s1: { low: '0.05', high: '0.15' },
				ben: { low: '200000', high: '300000' }
			},
			'benefit_saving'
		);
		// By hand: 150 000 × 0.05 × 250 000, 150 000 × 0.15 × 250 000; 150 000 × 0.1 × 200 000 …
		expect(bars).toEqual([
			{
				key: 's1',
				range: { low: '0.05', high: '0.15' },
				atLow: '1875000000',
				atHigh: '5625000000',
				swing: '3750000000'
			},
			{
				key: 'ben',
				range: { low: '200000', high: '300000' },
				atLow: '3000000000',
				atHigh: '4500000000',
				swing: '1500000000'
			}
		]);
	});

	it('orders equal swings as the parameter table does, and puts a bar without a swing last', () => {
		const input = modelInput({ pop: '100', ben: '1000', cost: '500' });
		const bars = tornado(
			input,
			{
				// bcr = 100 × 1000 ÷ (100 × cost): no ratio when the cost is 0
				cost: { low: '0', high: '1000' },
				// no tax rate: the wage moves no fiscal figure
				wage: { low: '100', high: '900' },
				pop: { low: '50', high: '150' },
				ben: { low: '500', high: '1500' }
			},
			'bcr'
		);
		expect(bars.map((bar) => [bar.key, bar.atLow, bar.atHigh, bar.swing])).toEqual([
			// bcr = ben ÷ cost: pop cancels out
			['ben', '1', '3', '2'],
			['pop', '2', '2', '0'],
			['wage', '2', '2', '0'],
			['cost', null, '1', null]
		]);
	});
});
