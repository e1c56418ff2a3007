/**
 * A simulation's summary of one result: percentiles as R's type 7 computes them, six significant
 * digits, the exact point estimate where nothing varies.
 */
import { describe, expect, it } from 'vitest';
import { quantile, shortDecimal, summarize } from '../../../src/lib/uncertainty/summary';

describe('summarize', () => {
	it('gives the mean, median and 90 % interval of the draws', () => {
		// 1 … 101: mean 51, median 51, 5th percentile at position 5 → 6, 95th at 95 → 96
		const draws = Float64Array.from({ length: 101 }, (_, index) => 101 - index);
		expect(summarize(draws, '51')).toEqual({ mean: '51', median: '51', p5: '6', p95: '96' });
	});

	it('interpolates between neighbours', () => {
		// 0, 10, 20, 30: position 0.05 × 3 = 0.15 → 1.5; 0.95 × 3 = 2.85 → 28.5
		const draws = Float64Array.from([30, 0, 20, 10]);
		expect(summarize(draws, '15')).toEqual({ mean: '15', median: '15', p5: '1.5', p95: '28.5' });
	});

	it('is the exact point estimate when every draw is the same', () => {
		const draws = new Float64Array(1000).fill(4486521678.8);
		expect(summarize(draws, '4486521678.80000001')).toEqual({
			mean: '4486521678.80000001',
			median: '4486521678.80000001',
			p5: '4486521678.80000001',
			p95: '4486521678.80000001'
		});
	});

	it('has no interval of a figure that does not exist in some draws', () => {
		expect(summarize(Float64Array.from([1, NaN, 3]), '1')).toBeNull();
	});
});

describe('shortDecimal', () => {
	it.each([
		[3_750_000_000, '3750000000'],
		[4486521678.8, '4486520000'],
		[0.123456789, '0.123457'],
		[-1234.56789, '-1234.57'],
		[0, '0']
	])('%d → %s', (value, text) => {
		expect(shortDecimal(value)).toBe(text);
	});
});

describe('quantile', () => {
	it('puts the median of two draws between them', () => {
		expect(quantile(Float64Array.from([1, 2]), 0.5)).toBe(1.5);
	});

	// 0 … 1000 in a scrambled order (i × 7919 mod 1001 is a permutation: 7919 is prime and does
	// not divide 1001): the p-quantile is at position p × 1000, whatever the order.
	const scrambled = () => Float64Array.from({ length: 1001 }, (_, index) => (index * 7919) % 1001);
	it.each([
		[0, 0],
		[0.05, 50],
		[0.123, 123],
		[0.5, 500],
		[0.0505, 50.5],
		[0.95, 950],
		[1, 1000]
	])('finds the %d-quantile of unsorted draws: %d', (p, expected) => {
		expect(quantile(scrambled(), p)).toBe(expected);
	});

	it('gives the same figure when asked again of draws it has reordered', () => {
		const draws = scrambled();
		expect([quantile(draws, 0.95), quantile(draws, 0.05), quantile(draws, 0.5)]).toEqual([
			950, 50, 500
		]);
	});
});
