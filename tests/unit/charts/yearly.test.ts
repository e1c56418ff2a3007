import { describe, expect, it } from 'vitest';
import type { TooltipItem } from 'chart.js';
import { yearlyWords } from '../../../src/lib/charts';
import { yearlyConfig } from '../../../src/lib/charts/draw/yearly';
import { nb, reportOf } from './report-of';

/** The words (eager) and the drawing (loaded with chart.js) of the chart together. */
function yearlyChart(...args: Parameters<typeof yearlyConfig>) {
	const [report, locale, currency] = args;
	const words = yearlyWords(report, locale, currency);
	const config = yearlyConfig(...args);
	return words && config ? { ...words, config } : null;
}

// helped = 1 000 × 0.72 = 720; gross effect = 720 × 200 000 = 144 000 000 every year (no drop-off);
// programme cost = 720 × 400 000 = 288 000 000 in year 1, so net = −144 000 000, 144 000 000,
// 144 000 000. Discounted at 20 %: ÷ 1, ÷ 1.2, ÷ 1.44 → −144 000 000, 120 000 000, 100 000 000;
// cumulative: −144 000 000, −24 000 000, 76 000 000: it pays back in year 3.
const THREE_YEARS = 'pop=1000&s1=0.72&ben=200000&cost=400000&years=3&disc=0.2';
// helped = 500; net = 500 × 200 000 − 500 × 1 000 000 = −400 000 000, then 100 000 000;
// cumulative −400 000 000, −300 000 000: no payback within 2 years.
const NO_PAYBACK = 'pop=1000&s1=0.5&ben=200000&cost=1000000&years=2';

describe('the yearly chart over three years', () => {
	const chart = yearlyChart(reportOf(THREE_YEARS), 'nb', 'NOK');

	it('has a bar of the net effect and a point of the cumulative present value per year', () => {
		expect(chart?.config.data.labels).toEqual(['1', '2', '3']);
		const [bars, line] = chart?.config.data.datasets ?? [];
		expect(bars?.type).toBe('bar');
		expect(bars?.data).toEqual([-144000000, 144000000, 144000000]);
		expect(line?.type).toBe('line');
		expect(line?.data).toEqual([-144000000, -24000000, 76000000]);
	});

	it('gives every year exactly in the table, with U+2212 minus signs', () => {
		expect(chart?.table).toEqual({
			caption: 'Tallene i diagrammet, år for år, med hvert års diskonterte netto effekt',
			columns: ['År', 'Netto effekt', 'Diskontert netto effekt', 'Akkumulert nåverdi'],
			rows: [
				['1', nb('−144_000_000_kr'), nb('−144_000_000_kr'), nb('−144_000_000_kr')],
				['2', nb('144_000_000_kr'), nb('120_000_000_kr'), nb('−24_000_000_kr')],
				['3', nb('144_000_000_kr'), nb('100_000_000_kr'), nb('76_000_000_kr')]
			]
		});
	});

	it('says where the net effect goes and when it pays back', () => {
		expect(chart?.summary).toBe(
			nb(
				'Over 3\u00a0år går netto effekt fra −144_000_000_kr i år 1 til 144_000_000_kr i år 3, og ' +
					'den akkumulerte nåverdien når 76_000_000_kr. Tiltaket er tjent inn i år 3. ' +
					'Hvert år står i tabellen.'
			)
		);
	});

	it('names the year and the series in compact money in the tooltip', () => {
		const callbacks = chart?.config.options?.plugins?.tooltip?.callbacks;
		const item = (datasetIndex: number, label: string) =>
			({
				dataIndex: 2,
				datasetIndex,
				label,
				dataset: chart?.config.data.datasets[datasetIndex]
			}) as TooltipItem<'bar'>;
		expect(callbacks?.title?.call({} as never, [item(0, '3')])).toBe('År 3');
		expect(callbacks?.label?.call({} as never, item(0, '3'))).toBe(
			nb('Netto effekt: 144_mill._kr')
		);
		expect(callbacks?.label?.call({} as never, item(1, '3'))).toBe(
			nb('Akkumulert nåverdi: 76_mill._kr')
		);
	});

	it('draws the bars in the total colour and the line apart, per scheme', () => {
		const dark = yearlyChart(reportOf(THREE_YEARS), 'nb', 'NOK', { scheme: 'dark', motion: false });
		expect(chart?.config.data.datasets.map((set) => set.backgroundColor)).toEqual([
			'#000000',
			'#009E73'
		]);
		expect(dark?.config.data.datasets.map((set) => set.backgroundColor)).toEqual([
			'#e8eaed',
			'#CC79A7'
		]);
		expect(dark?.config.options?.animation).toBe(false);
	});
});

describe('the yearly chart in other cases', () => {
	it('says so when the horizon never pays back', () => {
		expect(yearlyChart(reportOf(NO_PAYBACK), 'en', 'NOK')?.summary).toBe(
			'Over 2 years the net effect goes from -NOK\u00a0400,000,000 in year 1 to ' +
				'NOK\u00a0100,000,000 in year 2, and the cumulative present value reaches ' +
				'-NOK\u00a0300,000,000. It does not pay back within 2 years. Every year is in the table.'
		);
	});

	// Society perspective, so the benefit saving is a transfer: gross effect 0. Public spending
	// in year 1 = 288 000 000 − 144 000 000 (net benefit saving) = 144 000 000, × 0.2 = 28 800 000;
	// later years 0 − 144 000 000, × 0.2 = −28 800 000. Net effect: 0 − 288 000 000 − 28 800 000
	// = −316 800 000, then 28 800 000; ÷ 1, ÷ 1.2, ÷ 1.44 → −316 800 000, 24 000 000, 20 000 000;
	// cumulative −316 800 000, −292 800 000, −272 800 000.
	it('gives each year’s cost of public funds beside the net effect it is taken off', () => {
		const query = `${THREE_YEARS}&persp=society&mcpf=0.2`;
		expect(yearlyChart(reportOf(query), 'nb', 'NOK')?.table).toEqual({
			caption:
				'Tallene i diagrammet, år for år, med hvert års skattefinansieringskostnad og diskonterte netto effekt',
			columns: [
				'År',
				'Skattefinansieringskostnad',
				'Netto effekt',
				'Diskontert netto effekt',
				'Akkumulert nåverdi'
			],
			rows: [
				[
					'1',
					nb('28_800_000_kr'),
					nb('−316_800_000_kr'),
					nb('−316_800_000_kr'),
					nb('−316_800_000_kr')
				],
				[
					'2',
					nb('−28_800_000_kr'),
					nb('28_800_000_kr'),
					nb('24_000_000_kr'),
					nb('−292_800_000_kr')
				],
				['3', nb('−28_800_000_kr'), nb('28_800_000_kr'), nb('20_000_000_kr'), nb('−272_800_000_kr')]
			]
		});
	});

	it('is not drawn for a single year', () => {
		expect(yearlyChart(reportOf('pop=150000&s1=0.1&ben=250000'), 'nb', 'NOK')).toBeNull();
	});
});
