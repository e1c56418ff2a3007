/**
 * A simulation's summary of one result: percentiles as R's type 7 computes them, six significant
 * digits, the exact point estimate where nothing varies.
 */
import { describe, expect, it } from 'vitest';
import { RESULT_IDS, type ResultId, type Results } from '../../../src/lib/model';
import {
	quantile,
	shortDecimal,
	summarize,
	summarizeResults
} from '../../../src/lib/uncertainty/summary';

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

	// 0 … 999 in a scrambled order (7919 is prime and does not divide 1000): positions 0.05 × 999
	// = 49.95, 0.5 × 999 = 499.5 and 0.95 × 999 = 949.05, each between two neighbours.
	it('finds the three percentiles of many unsorted draws between their neighbours', () => {
		const draws = Float64Array.from({ length: 1000 }, (_, index) => (index * 7919) % 1000);
		expect(summarize(draws, '499.5')).toEqual({
			mean: '499.5',
			median: '499.5',
			p5: '49.95',
			p95: '949.05'
		});
	});

	it('gives the percentiles of two draws', () => {
		// Positions 0.05, 0.5 and 0.95 between 1 and 2.
		expect(summarize(Float64Array.from([2, 1]), '1.5')).toEqual({
			mean: '1.5',
			median: '1.5',
			p5: '1.05',
			p95: '1.95'
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

describe('summarizeResults', () => {
	/** Every result not given: a figure that does not exist in some draw (no summary). */
	function columnsOf(given: Partial<Record<ResultId, number[]>>) {
		return Object.fromEntries(
			RESULT_IDS.map((id) => [id, Float64Array.from(given[id] ?? [NaN, 1])])
		) as Record<ResultId, Float64Array>;
	}
	const exactOf = (given: Partial<Results>) =>
		Object.fromEntries(RESULT_IDS.map((id) => [id, given[id] ?? null])) as Results;

	it('summarizes each result of the same draws alike', () => {
		const draws = [30, 0, 20, 10];
		const summaries = summarizeResults(
			columnsOf({ gross_effect: draws, net_effect: draws, pv_net: [...draws].reverse() }),
			exactOf({ gross_effect: '15', net_effect: '15', pv_net: '15.000001' })
		);
		const summary = { mean: '15', median: '15', p5: '1.5', p95: '28.5' };
		expect([summaries.gross_effect, summaries.net_effect, summaries.pv_net]).toEqual([
			summary,
			summary,
			summary
		]);
		expect(summaries.bcr).toBeNull();
	});

	it('keeps each exact value of results whose draws are all the same number', () => {
		// 0.1 + 0.2 in floating point is 0.30000000000000004 whichever exact figure it stands for.
		const summaries = summarizeResults(
			columnsOf({ tax_gain: [0.1 + 0.2, 0.1 + 0.2], health_saving: [0.1 + 0.2, 0.1 + 0.2] }),
			exactOf({ tax_gain: '0.3', health_saving: '0.30000000000000004' })
		);
		expect(summaries.tax_gain?.median).toBe('0.3');
		expect(summaries.health_saving?.median).toBe('0.30000000000000004');
	});
});
