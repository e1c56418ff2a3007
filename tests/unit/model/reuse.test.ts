import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/lib/model';
import { rememberLast } from '../../../src/lib/model/remember';
import { FIVE_YEARS, modelInput } from './helpers';

describe('rememberLast', () => {
	const counted = () => {
		const calls: number[] = [];
		const double = rememberLast(
			(value: number) => {
				calls.push(value);
				return [value * 2];
			},
			([value], [last]) => value === last
		);
		return { calls, double };
	};

	it('hands out the same answer again for equal arguments, without working it out anew', () => {
		const { calls, double } = counted();
		const first = double(3);
		expect(double(3)).toBe(first);
		expect(calls).toEqual([3]);
	});

	it('works the answer out anew when the arguments change, and keeps only the last', () => {
		const { calls, double } = counted();
		expect(double(3)).toEqual([6]);
		expect(double(4)).toEqual([8]);
		expect(double(3)).toEqual([6]);
		expect(calls).toEqual([3, 4, 3]);
	});
});

/*
 * The five-year case of five-years.test.ts (fiscal perspective), worked out by hand there:
 * attributable 120, drop 0.5, disc 0.25, gross effect 19 800 000 × 0.5^(t − 1), programme cost
 * 25 000 000 in year 1; pv_net = 7 662 080. Each variant below changes one input that the
 * persons in work by year or the discount divisors depend on:
 * - disc 0: pv_net = 19 800 000 + 9 900 000 + 4 950 000 + 2 475 000 + 1 237 500 − 25 000 000
 *   = 13 362 500;
 * - drop 0: every year's gross effect is 19 800 000; the factors 1, 0.8, 0.64, 0.512, 0.4096 sum
 *   to 3.3616, so pv_net = 19 800 000 × 3.3616 − 25 000 000 = 66 559 680 − 25 000 000
 *   = 41 559 680;
 * - years 3: pv_net = −5 200 000 + 7 920 000 + 3 168 000 = 5 888 000;
 * - pop 2000: attributable 240, every figure and the programme cost doubled: 15 324 160.
 */
const VARIANTS = [
	['disc 0', { disc: '0' }, '13362500'],
	['drop 0', { drop: '0' }, '41559680'],
	['years 3', { years: 3 }, '5888000'],
	['pop 2000', { pop: '2000' }, '15324160']
] as const;

describe('runs one after another', () => {
	it.each(VARIANTS)(
		'a run with %s right after the base run (and the base again) gives its own figures',
		(_, change, pvNet) => {
			const variant = { ...FIVE_YEARS, ...change };
			for (const trail of [true, false]) {
				expect(runModel(FIVE_YEARS, { trail }).results.pv_net).toBe('7662080');
				expect(runModel(variant, { trail }).results.pv_net).toBe(pvNet);
				expect(runModel(FIVE_YEARS, { trail }).results.pv_net).toBe('7662080');
				expect(runModel(variant, { trail }).results.pv_net).toBe(pvNet);
			}
		}
	);
});

/*
 * 100 persons in work for 42 years, 100 000 kr of benefit saved a year, no cost, disc 0.
 * With one rate: pv_net = 42 × 100 000 = 4 200 000.
 * Under Norway's schedule, whose first rate is disc (0 here) for steps 1–40 and 3 % from step 41:
 * years 1–41 are divided by 1 and year 42 by 1.03. 100 000 ÷ 1.03 = 10 000 000 ÷ 103
 * = 97 087.37864077669902912621359223300970873|786… (| after the 40th significant digit, the
 * 41st is 7: …0873 rounds up to …0874); 4 100 000 + 97 087.37864077669902912621359223300970874
 * = 4 197 087.378640776699029126213592233009708|74, rounded to 40 digits …009709.
 */
describe('runs one after another, with and without a discount schedule', () => {
	const flat = modelInput({ pop: '100', ben: '1000', years: 42 });
	const scheduled = { ...flat, schedule: 'no' as const };
	it('gives each run its own divisors', () => {
		for (const trail of [true, false]) {
			expect(runModel(flat, { trail }).results.pv_net).toBe('4200000');
			expect(runModel(scheduled, { trail }).results.pv_net).toBe(
				'4197087.378640776699029126213592233009709'
			);
			expect(runModel(flat, { trail }).results.pv_net).toBe('4200000');
		}
	});
});
