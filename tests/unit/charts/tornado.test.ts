/**
 * The tornado of the net present value: its words (table and text alternative, exact) and its
 * drawing (a bar from the point estimate to each end, both on one row).
 */
import { describe, expect, it } from 'vitest';
import { tornadoWords } from '../../../src/lib/charts';
import { tornadoConfig } from '../../../src/lib/charts/draw/tornado';
import { nb, reportOf } from './report-of';

// pv_net at BASE: 150 000 × 0.1 × 250 000 = 3 750 000 000.
// s1 at 0.05 and 0.15: 1 875 000 000 and 5 625 000 000, swing 3 750 000 000;
// ben at 200 000 and 300 000: 3 000 000 000 and 4 500 000 000, swing 1 500 000 000.
const RANGED = 'pop=150000&s1=0.1:0.05:0.15&ben=250000:200000:300000&v=2';

function tornadoOf(query: string) {
	const report = reportOf(query);
	const uncertainty = report.uncertainty;
	if (uncertainty === undefined || 'error' in uncertainty) throw new Error('no simulation');
	return { report, bars: uncertainty.tornado.bars };
}

describe('the tornado', () => {
	const { report, bars } = tornadoOf(RANGED);

	it('gives each ranged input its exact figures, widest swing first, in Norwegian', () => {
		const words = tornadoWords(report, 'pv_net', bars, 'nb', 'NOK')!;
		expect(words.title).toBe(
			'Nåverdi av netto effekt når ett tall om gangen går fra lav til høy verdi'
		);
		expect(words.table.columns).toEqual([
			'Tall (lav–høy)',
			'Ved lav verdi',
			'Ved høy verdi',
			'Utslag'
		]);
		expect(words.table.rows).toEqual([
			[
				nb('Trakt-steg 1 (s1) (5_%–15_%)'),
				nb('1_875_000_000_kr'),
				nb('5_625_000_000_kr'),
				nb('3_750_000_000_kr')
			],
			[
				nb('Ytelser per personår (ben) (200_000_kr–300_000_kr)'),
				nb('3_000_000_000_kr'),
				nb('4_500_000_000_kr'),
				nb('1_500_000_000_kr')
			]
		]);
		expect(words.summary).toBe(
			nb(
				'Nåverdi av netto effekt svinger mest med Trakt-steg 1 (s1): fra 1_875_000_000_kr til 5_625_000_000_kr.'
			)
		);
	});

	it('draws a bar from the point estimate to each end, both on the input’s row', () => {
		const config = tornadoConfig(report, 'pv_net', bars, 'en', 'NOK');
		expect(config.options?.indexAxis).toBe('y');
		const [atLow, atHigh] = config.data.datasets;
		expect(atLow?.data).toEqual([
			[3750000000, 1875000000],
			[3750000000, 3000000000]
		]);
		expect(atHigh?.data).toEqual([
			[3750000000, 5625000000],
			[3750000000, 4500000000]
		]);
		expect([atLow?.grouped, atHigh?.grouped]).toEqual([false, false]);
		expect([atLow?.label, atHigh?.label]).toEqual(['Low value', 'High value']);
		expect(config.data.labels).toEqual([
			['Funnel step 1 (s1)'],
			['Benefits per', 'person-year (ben)']
		]);
	});

	it('has no words without a ranged input that moves', () => {
		expect(tornadoWords(report, 'pv_net', [], 'en', 'NOK')).toBeNull();
	});
});
