/**
 * The chart of A and B: the money key figures of both, exact in its table and text, a pair of
 * bars each. Worked by hand: 150 000 × 10 % = 15 000 back in work saving 250 000 kr each in A;
 * B has deadweight 30 %, 10 500 in work, and a programme cost of 1 000 kr per participant.
 */
import { describe, expect, it } from 'vitest';
import { comparisonWords, hasComparisonChart } from '../../../src/lib/charts';
import { comparisonConfig } from '../../../src/lib/charts/draw/comparison';
import { nb, reportOf } from './report-of';

const report = reportOf('pop=150000&s1=0.1&ben=250000&b_dead=0.3&b_cost=1000&v=3');
const comparison = report.comparison!;

describe('the words of A and B', () => {
	const words = comparisonWords(report, comparison, 'nb', 'NOK');

	it('holds every money key figure of both, exact, with B − A', () => {
		expect(words.table.columns).toEqual(['Resultat', 'A', 'B', 'B − A']);
		// B: 10 500 × 250 000 = 2 625 000 000 saved; 15 000 participants × 1 000 = 15 000 000.
		expect(words.table.rows).toEqual([
			nb('Sparte trygdeytelser|3_750_000_000_kr|2_625_000_000_kr|−1_125_000_000_kr').split('|'),
			nb('Brutto effekt|3_750_000_000_kr|2_625_000_000_kr|−1_125_000_000_kr').split('|'),
			nb('Tiltakskostnad|0_kr|15_000_000_kr|15_000_000_kr').split('|'),
			nb('Netto effekt|3_750_000_000_kr|2_610_000_000_kr|−1_140_000_000_kr').split('|')
		]);
	});

	it('says what B does to the net effect', () => {
		expect(words.summary).toBe(
			nb(
				'Netto effekt: 3_750_000_000_kr i A og 2_610_000_000_kr i B, en forskjell på −1_140_000_000_kr.'
			)
		);
	});
});

describe('the drawing of A and B', () => {
	it('draws a bar for A and one for B for each figure of the table', () => {
		const config = comparisonConfig(report, comparison, 'en', 'NOK');
		const [a, b] = config.data.datasets;
		expect([a?.label, b?.label]).toEqual(['A', 'B']);
		expect(a?.data).toEqual([3750000000, 3750000000, 0, 3750000000]);
		expect(b?.data).toEqual([2625000000, 2625000000, 15000000, 2610000000]);
		expect(config.data.labels).toHaveLength(4);
	});
});

describe('whether there is a chart of A and B', () => {
	it('is there when a money key figure is not 0 in A or B', () => {
		expect(hasComparisonChart(report, comparison)).toBe(true);
		// A counts no money at all; B's programme cost of 1 000 kr per participant does.
		const costly = reportOf('pop=150000&s1=0.1&b_cost=1000&v=3');
		expect(hasComparisonChart(costly, costly.comparison!)).toBe(true);
	});

	it('is not for a funnel that ends in a response, where neither counts any money', () => {
		const response = reportOf('pop=1000&s1=0.5&k1=response&ben=100000&b_s1=0.25&v=3');
		expect(response.comparison?.results.helped).toBe('250');
		expect(hasComparisonChart(response, response.comparison!)).toBe(false);
	});
});
