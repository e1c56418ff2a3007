import { describe, expect, it } from 'vitest';
import type { Scale, TooltipItem } from 'chart.js';
import { grossEffectWords } from '../../../src/lib/charts';
import { grossEffectConfig } from '../../../src/lib/charts/draw/gross-effect';
import { nb, reportOf } from './report-of';

/** The words (eager) and the drawing (loaded with chart.js) of the chart together. */
function grossEffectChart(...args: Parameters<typeof grossEffectConfig>) {
	const [report, locale, currency] = args;
	return { ...grossEffectWords(report, locale, currency), config: grossEffectConfig(...args) };
}

const SEED = 'pop=150000&s1=0.1&ben=250000';
// helped = 150 000 × 0.1 = 15 000; participants = 15 000 ÷ 0.5 = 30 000
// benefit_saving   = 15 000 × 250 000            = 3 750 000 000
// benefit_tax_lost = 3 750 000 000 × 0.2         =   750 000 000
// tax_gain         = 15 000 × 400 000 × 0.25     = 1 500 000 000
// health_saving    = 15 000 × 20 000             =   300 000 000
// programme_cost   = 30 000 × 100 000            = 3 000 000 000
// gross = 3 000 000 000 + 1 500 000 000 + 300 000 000 = 4 800 000 000; net = 1 800 000 000
const FISCAL =
	'pop=150000&s1=0.1&ben=250000&btax=0.2&wage=400000&wtax=0.25&health=20000&cost=100000&success=0.5';
// helped = 1 000 × 0.5 = 500; production_gain = 500 × 500 000 × 1.1 = 275 000 000;
// health_saving = 500 × 10 000 = 5 000 000; programme_cost = 500 × 100 000 = 50 000 000;
// net = 275 000 000 + 5 000 000 − 50 000 000 = 230 000 000
const SOCIETY =
	'pop=1000&s1=0.5&ben=250000&btax=0.2&wage=500000&wtax=0.3&emp=0.1&health=10000&cost=100000&persp=society';

describe('the gross effect chart of the seed claim', () => {
	const chart = grossEffectChart(reportOf(SEED), 'nb', 'NOK');

	it('runs the waterfall from the benefit saving to the net effect, all 3 750 000 000', () => {
		const full = [0, 3750000000];
		const flat = [3750000000, 3750000000];
		expect(chart.config.data.datasets[0]?.data).toEqual([full, flat, flat, flat, flat, full]);
	});

	it('writes the sign before every label, wrapped to fit beside the bars', () => {
		expect(chart.config.data.labels).toEqual([
			['+ Sparte trygdeytelser'],
			['− Tapt skatt på', 'ytelsene'],
			['+ Skatt og', 'arbeidsgiveravgift av', 'lønn'],
			['+ Sparte helseutgifter'],
			['− Tiltakskostnad'],
			['= Netto effekt']
		]);
	});

	it('gives the exact figures as a table in Norwegian', () => {
		expect(chart.title).toBe('Slik bygges netto effekt opp, år 1');
		expect(chart.table).toEqual({
			caption: 'Tallene i diagrammet: Slik bygges netto effekt opp, år 1',
			columns: ['Del', 'Beløp'],
			rows: [
				['+ Sparte trygdeytelser', nb('+3_750_000_000_kr')],
				['− Tapt skatt på ytelsene', nb('0_kr')],
				['+ Skatt og arbeidsgiveravgift av lønn', nb('0_kr')],
				['+ Sparte helseutgifter', nb('0_kr')],
				['− Tiltakskostnad', nb('0_kr')],
				['= Netto effekt', nb('3_750_000_000_kr')]
			]
		});
	});

	it('says what it shows in a sentence with the exact figures', () => {
		expect(chart.summary).toBe(
			nb(
				'År 1: en brutto effekt på 3_750_000_000_kr, minus en tiltakskostnad på 0_kr, gir en ' +
					'netto effekt på 3_750_000_000_kr. Perspektiv: Offentlige budsjetter. Hver del står i tabellen.'
			)
		);
	});

	it('formats the money axis as compact money for the locale', () => {
		const callback = chart.config.options?.scales?.x?.ticks?.callback;
		const tick = (value: number) => callback?.call({} as Scale, value, 0, []);
		expect(tick(3750000000)).toBe(nb('3,75_mrd._kr'));
		expect(tick(500000000)).toBe(nb('500_mill._kr'));
		expect(tick(0)).toBe(nb('0_kr'));
	});

	it('steps its money axis in whole currency units (no 0,20 kr ticks when every part is 0)', () => {
		expect(chart.config.options?.scales?.x?.ticks).toMatchObject({ precision: 0 });
	});
});

describe('the gross effect chart of a fiscal scenario with every part', () => {
	const report = reportOf(FISCAL);

	it('floats each part from the running total before it', () => {
		const chart = grossEffectChart(report, 'en', 'NOK');
		expect(chart.config.data.datasets[0]?.data).toEqual([
			[0, 3750000000],
			[3750000000, 3000000000], // tax lost: −750 000 000
			[3000000000, 4500000000],
			[4500000000, 4800000000],
			[4800000000, 1800000000], // programme cost: −3 000 000 000
			[0, 1800000000]
		]);
	});

	it('gives signed exact amounts in English', () => {
		const chart = grossEffectChart(report, 'en', 'NOK');
		expect(chart.table.rows.map((row) => row[1])).toEqual([
			'+NOK\u00a03,750,000,000',
			'-NOK\u00a0750,000,000',
			'+NOK\u00a01,500,000,000',
			'+NOK\u00a0300,000,000',
			'-NOK\u00a03,000,000,000',
			'NOK\u00a01,800,000,000'
		]);
		expect(chart.summary).toBe(
			'Year 1: a gross effect of NOK\u00a04,800,000,000, less a programme cost of ' +
				'NOK\u00a03,000,000,000, gives a net effect of NOK\u00a01,800,000,000. ' +
				'Perspective: Fiscal (public budgets). Each part is in the table.'
		);
	});

	it('shows signed compact amounts in the tooltip, with the unwrapped label as its title', () => {
		const chart = grossEffectChart(report, 'da', 'DKK');
		const callbacks = chart.config.options?.plugins?.tooltip?.callbacks;
		const item = (dataIndex: number) => ({ dataIndex }) as TooltipItem<'bar'>;
		expect(callbacks?.title?.call({} as never, [item(1)])).toBe('− Tabt skat af ydelserne');
		expect(callbacks?.label?.call({} as never, item(1))).toBe('\u2212750\u00a0mio.\u00a0kr.');
		expect(callbacks?.label?.call({} as never, item(0))).toBe('+3,75\u00a0mia.\u00a0kr.');
	});

	it('colours gains, losses and the total apart, per colour scheme', () => {
		const light = grossEffectChart(report, 'nb', 'NOK');
		const dark = grossEffectChart(report, 'nb', 'NOK', { scheme: 'dark', motion: true });
		expect(light.config.data.datasets[0]?.backgroundColor).toEqual([
			'#0072B2',
			'#D55E00',
			'#0072B2',
			'#0072B2',
			'#D55E00',
			'#000000'
		]);
		expect(dark.config.data.datasets[0]?.backgroundColor).toEqual([
			'#56B4E9',
			'#D55E00',
			'#56B4E9',
			'#56B4E9',
			'#D55E00',
			'#e8eaed'
		]);
	});

	it('animates unless the reader asked for reduced motion', () => {
		const moving = grossEffectChart(report, 'nb', 'NOK');
		const still = grossEffectChart(report, 'nb', 'NOK', { scheme: 'light', motion: false });
		expect(moving.config.options?.animation).toBeUndefined();
		expect(still.config.options?.animation).toBe(false);
	});
});

describe('the gross effect chart from the society perspective', () => {
	const chart = grossEffectChart(reportOf(SOCIETY), 'en', 'NOK');

	it('adds production and health, leaves out benefits and taxes, and takes the cost', () => {
		expect(chart.table.rows).toEqual([
			['+ Value of the work done', '+NOK\u00a0275,000,000'],
			['+ Health-care costs avoided', '+NOK\u00a05,000,000'],
			['− Programme cost', '-NOK\u00a050,000,000'],
			['= Net effect', 'NOK\u00a0230,000,000']
		]);
		expect(chart.config.data.datasets[0]?.data).toEqual([
			[0, 275000000],
			[275000000, 280000000],
			[280000000, 230000000],
			[0, 230000000]
		]);
		expect(chart.summary).toContain('Perspective: Society (socio-economic).');
	});
});

describe('the gross effect chart with the cost of public funds', () => {
	// SOCIETY with mcpf = 0.2: public budgets pay 50 000 000 and gain the net benefit saving
	// 500 × 250 000 × 0.8 = 100 000 000, tax 500 × 500 000 × 0.4 = 100 000 000 and health
	// 5 000 000; cost of public funds 0.2 × (50 000 000 − 205 000 000) = −31 000 000;
	// net 275 000 000 + 5 000 000 − 50 000 000 + 31 000 000 = 261 000 000
	const chart = grossEffectChart(reportOf(`${SOCIETY}&mcpf=0.2`), 'en', 'NOK');

	it('takes it off as a part of its own, which a negative cost adds to', () => {
		expect(chart.table.rows).toEqual([
			['+ Value of the work done', '+NOK\u00a0275,000,000'],
			['+ Health-care costs avoided', '+NOK\u00a05,000,000'],
			['− Programme cost', '-NOK\u00a050,000,000'],
			['− Cost of public funds', '+NOK\u00a031,000,000'],
			['= Net effect', 'NOK\u00a0261,000,000']
		]);
		expect(chart.config.data.datasets[0]?.data).toEqual([
			[0, 275000000],
			[275000000, 280000000],
			[280000000, 230000000],
			[230000000, 261000000],
			[0, 261000000]
		]);
		// A negative cost is a gain, and coloured so
		expect(chart.config.data.datasets[0]?.backgroundColor).toEqual([
			'#0072B2',
			'#0072B2',
			'#D55E00',
			'#0072B2',
			'#000000'
		]);
		expect(chart.summary).toBe(
			'Year 1: a gross effect of NOK\u00a0280,000,000, less a programme cost of ' +
				'NOK\u00a050,000,000 and a cost of public funds of -NOK\u00a031,000,000, gives a net ' +
				'effect of NOK\u00a0261,000,000. Perspective: Society (socio-economic). Each part is in the table.'
		);
	});

	it('has no such part where it is not counted', () => {
		const plain = grossEffectChart(reportOf(SOCIETY), 'en', 'NOK');
		expect(plain.table.rows.map((row) => row[0])).not.toContain('− Cost of public funds');
		const fiscal = grossEffectChart(reportOf(`${FISCAL}&mcpf=0.2`), 'en', 'NOK');
		expect(fiscal.table.rows.map((row) => row[0])).not.toContain('− Cost of public funds');
	});
});
