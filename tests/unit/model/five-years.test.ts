import { describe, expect, it } from 'vitest';
import { runModel, type YearRow } from '../../../src/lib/model';
import { FIVE_YEARS, show } from './helpers';

/*
 * A five-year case worked out by hand (its input is FIVE_YEARS in helpers.ts).
 *
 * Funnel: helped = 1000 × 0.5 × 0.4 = 200; participants = 200 ÷ 0.8 = 250;
 * attributable = 200 × (1 − 0.25) × (1 − 0.2) = 200 × 0.75 × 0.8 = 120.
 * Drop-off 0.5: active = 120, 60, 30, 15, 7.5 (120 × 0.5^(t−1)).
 *
 * Year 1 (every later year is year 1 × 0.5^(t−1), all figures being proportional to active):
 *   benefit_saving   = 120 × 200000 × 0.5            = 12 000 000
 *   benefit_tax_lost = 12 000 000 × 0.25              =  3 000 000
 *   net_benefit_saving                                =  9 000 000
 *   tax_gain         = 120 × 400000 × 0.5 × (0.25 + 0.15) = 24 000 000 × 0.4  =  9 600 000
 *   production_gain  = 120 × 400000 × 0.5 × (1 + 0.15)    = 24 000 000 × 1.15 = 27 600 000
 *   health_saving    = 120 × 10000                    =  1 200 000
 *   gross (fiscal)   = 9 000 000 + 9 600 000 + 1 200 000 = 19 800 000
 *   gross (society)  = 27 600 000 + 1 200 000         = 28 800 000
 *   programme_cost   = 250 × 100000                   = 25 000 000 (year 1 only)
 *
 * Discounting at 0.25: 1.25^(t−1) = 1, 1.25, 1.5625, 1.953125, 2.44140625, so the factors are
 * 1, 0.8, 0.64, 0.512, 0.4096.
 *
 * Fiscal: gross 19.8M, 9.9M, 4.95M, 2.475M, 1.2375M; net −5.2M, then = gross.
 *   discounted net: −5 200 000; 9 900 000 × 0.8 = 7 920 000; 4 950 000 × 0.64 = 3 168 000;
 *   2 475 000 × 0.512 = 1 267 200; 1 237 500 × 0.4096 = 506 880.
 *   cumulative: −5 200 000; 2 720 000 (≥ 0: payback in year 2); 5 888 000; 7 155 200; 7 662 080.
 *   pv_gross = 19 800 000 + 7 920 000 + 3 168 000 + 1 267 200 + 506 880 = 32 662 080;
 *   pv_cost = 25 000 000; pv_net = 7 662 080.
 *   bcr = 32 662 080 ÷ 25 000 000 = 1.3064832; break_even_cost = 32 662 080 ÷ 250 = 130 648.32;
 *   break_even_success = 200 × 100000 ÷ 32 662 080 = 62500 ÷ 102069 (divided through by 320),
 *   by long division 0.6123308742125424957626703504492059293223|2117… (| after the 40th
 *   significant digit): the 41st is 2, so it rounds down to …9293223.
 *
 * Society: gross 28.8M, 14.4M, 7.2M, 3.6M, 1.8M; net 3.8M, then = gross.
 *   discounted net: 3 800 000; 11 520 000; 4 608 000; 1 843 200; 737 280.
 *   cumulative: 3 800 000 (payback in year 1); 15 320 000; 19 928 000; 21 771 200; 22 508 480.
 *   pv_gross = 28 800 000 + 11 520 000 + 4 608 000 + 1 843 200 + 737 280 = 47 508 480;
 *   pv_net = 22 508 480; bcr = 47 508 480 ÷ 25 000 000 = 1.9003392;
 *   break_even_cost = 47 508 480 ÷ 250 = 190 033.92;
 *   break_even_success = 20 000 000 ÷ 47 508 480 = 15625 ÷ 37116 (divided through by 1280)
 *   = 0.4209774760211229658368358659338290764090|958…: the 41st digit is 9, so …764090 rounds
 *   up to …764091.
 *
 * Expensive (fiscal, cost 200000): programme_cost = 250 × 200000 = 50 000 000; net year 1
 *   = 19 800 000 − 50 000 000 = −30 200 000; cumulative −30 200 000; −22 280 000; −19 112 000;
 *   −17 844 800; −17 337 920: never ≥ 0, payback_year null. pv_net = 32 662 080 − 50 000 000.
 *   bcr = 32 662 080 ÷ 50 000 000 = 0.6532416; break_even_success = 40 000 000 ÷ 32 662 080
 *   = 125000 ÷ 102069 = 1.224661748425084991525340700898411858644|642…: above 1, no success
 *   rate pays off; the 41st digit is 6, so …858644 rounds up to …858645.
 */

/** The parts shared by both perspectives, year by year (see above). */
const PARTS = [
	['120', '12000000', '3000000', '9000000', '9600000', '27600000', '1200000'],
	['60', '6000000', '1500000', '4500000', '4800000', '13800000', '600000'],
	['30', '3000000', '750000', '2250000', '2400000', '6900000', '300000'],
	['15', '1500000', '375000', '1125000', '1200000', '3450000', '150000'],
	['7.5', '750000', '187500', '562500', '600000', '1725000', '75000']
];
const FACTORS = ['1', '0.8', '0.64', '0.512', '0.4096'];

/** by_year rows from the hand-worked columns [gross, cost, net, discounted net, cumulative]. */
function rows(columns: string[][]): YearRow[] {
	return columns.map(([gross, cost, net, discountedNet, cumulative], index) => {
		const [active, bs, btl, nbs, tax, production, health] = PARTS[index]!;
		return {
			t: index + 1,
			active: active!,
			benefit_saving: bs!,
			benefit_tax_lost: btl!,
			net_benefit_saving: nbs!,
			tax_gain: tax!,
			production_gain: production!,
			health_saving: health!,
			gross_effect: gross!,
			programme_cost: cost!,
			net_effect: net!,
			discount_factor: FACTORS[index]!,
			discounted_net: discountedNet!,
			cumulative_pv: cumulative!
		};
	});
}

const COMMON = {
	helped: '200',
	participants: '250',
	attributable: '120',
	active: '120',
	benefit_saving: '12000000',
	benefit_tax_lost: '3000000',
	net_benefit_saving: '9000000',
	tax_gain: '9600000',
	production_gain: '27600000',
	health_saving: '1200000'
};

describe('runModel: five years, fiscal perspective', () => {
	const { results, byYear, trail } = runModel(FIVE_YEARS);

	it('gives every year row', () => {
		expect(byYear).toEqual(
			rows([
				['19800000', '25000000', '-5200000', '-5200000', '-5200000'],
				['9900000', '0', '9900000', '7920000', '2720000'],
				['4950000', '0', '4950000', '3168000', '5888000'],
				['2475000', '0', '2475000', '1267200', '7155200'],
				['1237500', '0', '1237500', '506880', '7662080']
			])
		);
	});

	it('gives every result, paying back in year 2', () => {
		expect(results).toEqual({
			...COMMON,
			gross_effect: '19800000',
			programme_cost: '25000000',
			tax_financing_cost: null,
			net_effect: '-5200000',
			pv_gross: '32662080',
			pv_cost: '25000000',
			pv_net: '7662080',
			bcr: '1.3064832',
			break_even_cost: '130648.32',
			break_even_success: '0.6123308742125424957626703504492059293223',
			payback_year: '2'
		});
	});

	it('adds per-year steps for years 2 … 5 between net_effect and pv_gross', () => {
		const ids = trail.map((step) => step.id);
		expect(ids.slice(ids.indexOf('net_effect') + 1, ids.indexOf('pv_gross'))).toEqual(
			[2, 3, 4, 5].flatMap((t) => [`active@${t}`, `gross_effect@${t}`, `net_effect@${t}`])
		);
		expect(trail.filter((step) => step.year === 3).map((step) => step.result)).toEqual([
			'active',
			'gross_effect',
			'net_effect'
		]);
	});

	it.each([
		['active@3', 'attributable=120 × ( 1 − drop=0.5 ) ^ 2', '30'],
		[
			'gross_effect@2',
			'active@2=60 × ben=200000 × work=0.5 − active@2=60 × ben=200000 × work=0.5 × btax=0.25' +
				' + active@2=60 × wage=400000 × work=0.5 × ( wtax=0.25 + emp=0.15 )' +
				' + active@2=60 × health=10000',
			'9900000'
		],
		['net_effect@5', 'gross_effect@5=1237500 − 0', '1237500'],
		[
			'pv_gross',
			'gross_effect=19800000' +
				' + gross_effect@2=9900000 ÷ ( 1 + disc=0.25 ) ^ 1' +
				' + gross_effect@3=4950000 ÷ ( 1 + disc=0.25 ) ^ 2' +
				' + gross_effect@4=2475000 ÷ ( 1 + disc=0.25 ) ^ 3' +
				' + gross_effect@5=1237500 ÷ ( 1 + disc=0.25 ) ^ 4',
			'32662080'
		],
		['pv_cost', 'programme_cost=25000000', '25000000'],
		[
			'pv_net',
			'net_effect=-5200000' +
				' + net_effect@2=9900000 ÷ ( 1 + disc=0.25 ) ^ 1' +
				' + net_effect@3=4950000 ÷ ( 1 + disc=0.25 ) ^ 2' +
				' + net_effect@4=2475000 ÷ ( 1 + disc=0.25 ) ^ 3' +
				' + net_effect@5=1237500 ÷ ( 1 + disc=0.25 ) ^ 4',
			'7662080'
		],
		['bcr', 'pv_gross=32662080 ÷ pv_cost=25000000', '1.3064832']
	])('writes %s as %s', (id, formula, value) => {
		const step = trail.find((candidate) => candidate.id === id);
		expect(step && [show(step.formula), step.value]).toEqual([formula, value]);
	});
});

describe('runModel: five years, society perspective', () => {
	const { results, byYear, trail } = runModel({ ...FIVE_YEARS, persp: 'society' });

	it('gives every year row', () => {
		expect(byYear).toEqual(
			rows([
				['28800000', '25000000', '3800000', '3800000', '3800000'],
				['14400000', '0', '14400000', '11520000', '15320000'],
				['7200000', '0', '7200000', '4608000', '19928000'],
				['3600000', '0', '3600000', '1843200', '21771200'],
				['1800000', '0', '1800000', '737280', '22508480']
			])
		);
	});

	it('gives every result, paying back in year 1', () => {
		expect(results).toEqual({
			...COMMON,
			gross_effect: '28800000',
			programme_cost: '25000000',
			tax_financing_cost: null,
			net_effect: '3800000',
			pv_gross: '47508480',
			pv_cost: '25000000',
			pv_net: '22508480',
			bcr: '1.9003392',
			break_even_cost: '190033.92',
			break_even_success: '0.4209774760211229658368358659338290764091',
			payback_year: '1'
		});
	});

	it('writes the gross effect as production plus health', () => {
		const formulas = trail
			.filter((step) => step.result === 'gross_effect')
			.map((step) => show(step.formula));
		expect(formulas.slice(0, 2)).toEqual([
			'production_gain=27600000 + health_saving=1200000',
			'active@2=60 × wage=400000 × work=0.5 × ( 1 + emp=0.15 ) + active@2=60 × health=10000'
		]);
	});
});

describe('runModel: five years, a programme that never pays back', () => {
	const { results, byYear, trail } = runModel({ ...FIVE_YEARS, cost: '200000' });

	it('stays below zero every year', () => {
		expect(byYear.map((row) => row.cumulative_pv)).toEqual([
			'-30200000',
			'-22280000',
			'-19112000',
			'-17844800',
			'-17337920'
		]);
	});

	it('has no payback year, a ratio below 1 and a break-even success above 1', () => {
		expect({
			pv_net: results.pv_net,
			bcr: results.bcr,
			break_even_cost: results.break_even_cost,
			break_even_success: results.break_even_success,
			payback_year: results.payback_year
		}).toEqual({
			pv_net: '-17337920',
			bcr: '0.6532416',
			break_even_cost: '130648.32',
			break_even_success: '1.224661748425084991525340700898411858645',
			payback_year: null
		});
		expect(trail.at(-1)).toEqual({
			id: 'payback_year',
			result: 'payback_year',
			formula: [],
			value: null,
			unit: 'years'
		});
	});
});
