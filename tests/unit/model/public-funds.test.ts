/**
 * The cost of public funds (`mcpf`, R-109/21's skattefinansieringskostnad): in the society
 * perspective, a share of each year's net public spending, subtracted from the net effect; bcr
 * and the break-even points keep their meaning, the point where pv_net is 0. Every figure by hand.
 */
import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/lib/model';
import { modelInput, show } from './helpers';

/**
 * helped = 1000 × 0.5 = 500, participants = 500 ÷ 0.5 = 1000, two years, half relapse after one.
 * Year 1, 500 in work: benefit saving 500 × 100 000 = 50 000 000, tax on it 12 500 000, net
 * 37 500 000; wages 500 × 400 000 = 200 000 000, tax gain × 0.4 = 80 000 000, production × 1.1 =
 * 220 000 000; health 5 000 000. Gross (society) 225 000 000; programme 1000 × 40 000 = 40 000 000.
 * Public spending 40 000 000 − 37 500 000 − 80 000 000 − 5 000 000 = −82 500 000; cost of public
 * funds 0.2 × that = −16 500 000; net 225 000 000 − 40 000 000 + 16 500 000 = 201 500 000.
 * Year 2, 250 in work: net benefit saving 18 750 000, tax 40 000 000, health 2 500 000, gross
 * 110 000 000 + 2 500 000 = 112 500 000; cost of public funds 0.2 × (0 − 18 750 000 − 40 000 000
 * − 2 500 000) = −12 250 000; net 112 500 000 + 12 250 000 = 124 750 000.
 */
const FUNDED = modelInput({
	pop: '1000',
	s1: '0.5',
	ben: '100000',
	btax: '0.25',
	wage: '400000',
	wtax: '0.3',
	emp: '0.1',
	health: '10000',
	cost: '40000',
	success: '0.5',
	drop: '0.5',
	years: 2,
	persp: 'society',
	mcpf: '0.2'
});

describe('the cost of public funds in the society perspective', () => {
	const { results, byYear, trail, warnings } = runModel(FUNDED);

	it('is a share of each year’s net public spending, taken off the net effect', () => {
		expect(byYear.map((row) => [row.tax_financing_cost, row.net_effect])).toEqual([
			['-16500000', '201500000'],
			['-12250000', '124750000']
		]);
		expect(results.tax_financing_cost).toBe('-16500000');
		expect(results.net_effect).toBe('201500000');
		// 201 500 000 + 124 750 000; pv_gross 225 000 000 + 112 500 000, unchanged by mcpf
		expect(results.pv_net).toBe('326250000');
		expect(results.pv_gross).toBe('337500000');
		expect(results.payback_year).toBe('1');
		expect(warnings.map((warning) => warning.id)).not.toContain('mcpf_not_counted');
	});

	it('keeps bcr and the break-even points at pv_net = 0', () => {
		// Gains: pv_gross + 0.2 × public savings (122 500 000 + 61 250 000) = 374 250 000; cost
		// with its tax financing 1.2 × 40 000 000 = 48 000 000. bcr 374 250 000 ÷ 48 000 000.
		expect(results.bcr).toBe('7.796875');
		// 1.2 × 500 × c ÷ 0.5 = 374 250 000: c = 311 875
		expect(results.break_even_cost).toBe('311875');
		// 1.2 × 500 × 40 000 ÷ 374 250 000 = 24 ÷ 374.25, to 40 significant digits
		expect(results.break_even_success).toBe('0.06412825651302605210420841683366733466934');
	});

	it('writes its own trail lines, year 1 from its parts and year 2 down to the persons in work', () => {
		const line = (id: string) => show(trail.find((step) => step.id === id)!.formula);
		expect(line('tax_financing_cost')).toBe(
			'mcpf=0.2 × ( programme_cost=40000000 − net_benefit_saving=37500000 − tax_gain=80000000 − health_saving=5000000 )'
		);
		expect(line('net_effect')).toBe(
			'gross_effect=225000000 − programme_cost=40000000 − tax_financing_cost=-16500000'
		);
		expect(line('tax_financing_cost@2')).toBe(
			'mcpf=0.2 × ( 0 − ( active@2=250 × ben=100000 × work=1 − active@2=250 × ben=100000 × work=1 × btax=0.25 ) − active@2=250 × wage=400000 × work=1 × ( wtax=0.3 + emp=0.1 ) − active@2=250 × health=10000 )'
		);
		expect(line('net_effect@2')).toBe(
			'gross_effect@2=112500000 − 0 − tax_financing_cost@2=-12250000'
		);
		expect(line('bcr')).toBe('1 + pv_net=326250000 ÷ ( ( 1 + mcpf=0.2 ) × pv_cost=40000000 )');
	});

	it('counts 0 % as given: a line of 0, and the same figures as without it', () => {
		const zero = runModel({ ...FUNDED, mcpf: '0' });
		const without = runModel({ ...FUNDED, mcpf: undefined });
		expect(zero.results.tax_financing_cost).toBe('0');
		expect(without.results.tax_financing_cost).toBeNull();
		expect(trail.some((step) => step.id === 'tax_financing_cost')).toBe(true);
		expect(without.trail.some((step) => step.id === 'tax_financing_cost')).toBe(false);
		// 225 000 000 − 40 000 000 + 112 500 000
		expect(zero.results.pv_net).toBe('297500000');
		expect(without.results.pv_net).toBe('297500000');
		// 337 500 000 ÷ 40 000 000, either way
		expect(zero.results.bcr).toBe('8.4375');
		expect(without.results.bcr).toBe('8.4375');
	});
});

describe('the cost of public funds elsewhere', () => {
	it('is not counted in the fiscal perspective, and a warning says so', () => {
		const fiscal = runModel({ ...FUNDED, persp: 'fiscal' });
		const plain = runModel({ ...FUNDED, persp: 'fiscal', mcpf: undefined });
		expect(fiscal.results).toEqual(plain.results);
		expect(fiscal.results.tax_financing_cost).toBeNull();
		expect(fiscal.warnings).toContainEqual({ id: 'mcpf_not_counted', keys: ['mcpf', 'persp'] });
		expect(plain.warnings.map((warning) => warning.id)).not.toContain('mcpf_not_counted');
	});

	it('gives a break-even success where the only gains are the public budget’s', () => {
		// No wage, no health saving, one year: pv_gross = 0, but the benefits saved spare
		// 0.2 × 37 500 000 = 7 500 000 of tax financing; 1.2 × 500 × 40 000 ÷ 7 500 000 = 3.2
		const benefitsOnly = { ...FUNDED, wage: '0', health: '0', years: 1 };
		expect(runModel(benefitsOnly).results.break_even_success).toBe('3.2');
		// With mcpf = 0 there are no gains at all: no success share pays off, and none is given
		expect(runModel({ ...benefitsOnly, mcpf: '0' }).results.break_even_success).toBeNull();
	});
});
