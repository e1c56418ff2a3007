import { describe, expect, it } from 'vitest';
import { RESULT_IDS, runModel } from '../../../src/lib/model';
import { modelInput, show } from './helpers';

// The seed claim: 150 000 people × 10 % × 250 000 kr a year.
const seed = modelInput({ pop: '150000', s1: '0.1', ben: '250000' });

describe('runModel: the seed claim', () => {
	const { results, byYear, trail } = runModel(seed);

	it('reproduces 150 000 × 0.1 × 250 000 = 3 750 000 000', () => {
		// helped = 150000 × 0.1 = 15000; benefit_saving = 15000 × 250000 × 1 = 3 750 000 000;
		// no tax, wage, health or cost, so gross = net = pv_net = benefit_saving.
		expect(results).toEqual({
			helped: '15000',
			participants: '15000',
			attributable: '15000',
			active: '15000',
			benefit_saving: '3750000000',
			benefit_tax_lost: '0',
			net_benefit_saving: '3750000000',
			tax_gain: '0',
			production_gain: '0',
			health_saving: '0',
			gross_effect: '3750000000',
			programme_cost: '0',
			tax_financing_cost: null,
			net_effect: '3750000000',
			pv_gross: '3750000000',
			pv_cost: '0',
			pv_net: '3750000000',
			bcr: null,
			// 3 750 000 000 ÷ 15000 participants
			break_even_cost: '250000',
			// 15000 × 0 ÷ 3 750 000 000
			break_even_success: '0',
			// no programme cost: nothing to pay back (version 1 said year 1, see below)
			payback_year: null
		});
	});

	it('under version 1, which a v=1 link keeps, gave payback in year 1 with no cost', () => {
		expect(runModel({ ...seed, version: 1 }).results.payback_year).toBe('1');
	});

	it('has one year row, undiscounted', () => {
		expect(byYear).toEqual([
			{
				t: 1,
				active: '15000',
				benefit_saving: '3750000000',
				benefit_tax_lost: '0',
				net_benefit_saving: '3750000000',
				tax_gain: '0',
				production_gain: '0',
				health_saving: '0',
				gross_effect: '3750000000',
				programme_cost: '0',
				net_effect: '3750000000',
				discount_factor: '1',
				discounted_net: '3750000000',
				cumulative_pv: '3750000000'
			}
		]);
	});

	it('records the trail in result order, one step per result', () => {
		// Every result but the cost of public funds, which the fiscal perspective does not count.
		expect(trail.map((step) => step.id)).toEqual(
			RESULT_IDS.filter((id) => id !== 'tax_financing_cost')
		);
		expect(trail.every((step) => step.year === undefined)).toBe(true);
	});

	it('writes helped as pop × s1 with the numbers and units', () => {
		expect(trail[0]).toEqual({
			id: 'helped',
			result: 'helped',
			formula: [
				{ kind: 'ref', id: 'pop', value: '150000', unit: 'persons' },
				{ kind: 'op', text: '×' },
				{ kind: 'ref', id: 's1', value: '0.1', unit: 'share' }
			],
			value: '15000',
			unit: 'persons'
		});
	});

	it.each([
		['participants', 'helped=15000 ÷ success=1', '15000', 'persons'],
		['attributable', 'helped=15000 × ( 1 − dead=0 ) × ( 1 − disp=0 )', '15000', 'persons'],
		['active', 'attributable=15000', '15000', 'persons'],
		['benefit_saving', 'active=15000 × ben=250000 × work=1', '3750000000', 'money'],
		['benefit_tax_lost', 'benefit_saving=3750000000 × btax=0', '0', 'money'],
		['net_benefit_saving', 'benefit_saving=3750000000 − benefit_tax_lost=0', '3750000000', 'money'],
		['tax_gain', 'active=15000 × wage=0 × work=1 × ( wtax=0 + emp=0 )', '0', 'money'],
		['production_gain', 'active=15000 × wage=0 × work=1 × ( 1 + emp=0 )', '0', 'money'],
		['health_saving', 'active=15000 × health=0', '0', 'money'],
		[
			'gross_effect',
			'net_benefit_saving=3750000000 + tax_gain=0 + health_saving=0',
			'3750000000',
			'money'
		],
		['programme_cost', 'helped=15000 × cost=0 ÷ success=1', '0', 'money'],
		['net_effect', 'gross_effect=3750000000 − programme_cost=0', '3750000000', 'money'],
		['pv_gross', 'gross_effect=3750000000', '3750000000', 'money'],
		['pv_cost', 'programme_cost=0', '0', 'money'],
		['pv_net', 'net_effect=3750000000', '3750000000', 'money'],
		['bcr', 'pv_gross=3750000000 ÷ pv_cost=0', null, 'ratio'],
		['break_even_cost', 'pv_gross=3750000000 × success=1 ÷ helped=15000', '250000', 'money'],
		['break_even_success', 'helped=15000 × cost=0 ÷ pv_gross=3750000000', '0', 'share'],
		['payback_year', '', null, 'years']
	])('writes %s as %s', (id, formula, value, unit) => {
		const step = trail.find((candidate) => candidate.id === id);
		expect(step && { formula: show(step.formula), value: step.value, unit: step.unit }).toEqual({
			formula,
			value,
			unit
		});
	});
});

describe('runModel: one-year variations', () => {
	it('adds the health saving: 15000 × 20000 = 300 000 000 on top of 3 750 000 000', () => {
		const { results } = runModel({ ...seed, health: '20000' });
		expect([results.health_saving, results.gross_effect, results.pv_net]).toEqual([
			'300000000',
			'4050000000',
			'4050000000'
		]);
	});

	it('gives society the production, not the benefits', () => {
		// wage 500000, emp 0.141: production = 15000 × 500000 × 1 × 1.141 = 8 557 500 000;
		// the benefit saving is a transfer and does not count.
		const { results } = runModel({ ...seed, wage: '500000', emp: '0.141', persp: 'society' });
		expect([results.production_gain, results.gross_effect]).toEqual(['8557500000', '8557500000']);
	});

	it('multiplies only the funnel steps present', () => {
		// 150000 × 0.1 × 0.4 × 0.5 = 3000
		const { results, trail } = runModel({ ...seed, s2: '0.4', s3: '0.5' });
		expect(results.helped).toBe('3000');
		expect(show(trail[0]!.formula)).toBe('pop=150000 × s1=0.1 × s2=0.4 × s3=0.5');
	});

	it.each([
		{
			name: 'a programme that pays off',
			// helped = 1000 × 0.5 = 500; participants = 500 ÷ 0.5 = 1000;
			// programme_cost = 1000 × 40000 = 40 000 000; gross = 500 × 100000 = 50 000 000;
			// net = 10 000 000; bcr = 50 000 000 ÷ 40 000 000 = 1.25;
			// break_even_cost = 50 000 000 ÷ 1000 = 50000; break_even_success = 500 × 40000 ÷
			// 50 000 000 = 0.4
			input: { pop: '1000', s1: '0.5', ben: '100000', cost: '40000', success: '0.5' },
			expected: {
				participants: '1000',
				programme_cost: '40000000',
				net_effect: '10000000',
				pv_cost: '40000000',
				pv_net: '10000000',
				bcr: '1.25',
				break_even_cost: '50000',
				break_even_success: '0.4',
				payback_year: '1'
			}
		},
		{
			name: 'one that does not pay back within one year',
			// programme_cost = 1000 × 60000 = 60 000 000 > gross 50 000 000: net −10 000 000;
			// bcr = 50 ÷ 60 = 0.8333…; 40 significant digits, the 41st is 3: rounds down
			input: { pop: '1000', s1: '0.5', ben: '100000', cost: '60000', success: '0.5' },
			expected: {
				participants: '1000',
				programme_cost: '60000000',
				net_effect: '-10000000',
				pv_cost: '60000000',
				pv_net: '-10000000',
				bcr: '0.8' + '3'.repeat(39),
				break_even_cost: '50000',
				// 500 × 60000 ÷ 50 000 000 = 0.6
				break_even_success: '0.6',
				payback_year: null
			}
		},
		{
			name: 'nobody in the target group',
			// everything is 0: no ratio, no break-even, and nothing to pay back
			input: { pop: '0', s1: '0.5', ben: '100000', cost: '40000' },
			expected: {
				participants: '0',
				programme_cost: '0',
				net_effect: '0',
				pv_cost: '0',
				pv_net: '0',
				bcr: null,
				break_even_cost: null,
				break_even_success: null,
				payback_year: null
			}
		},
		{
			name: 'a success share whose reciprocal does not terminate',
			// participants = 100 ÷ 0.3 = 333.333…: 40 significant digits, 41st is 3, rounds down;
			// programme_cost = helped × cost ÷ success = 100 × 300 ÷ 0.3 = 30 000 ÷ 0.3 = 100 000,
			// exact because the division comes last (participants × cost would give 99 999.99…);
			// gross = 100 × 1000 = 100 000; net = 100 000 − 100 000 = 0
			input: { pop: '1000', s1: '0.1', ben: '1000', cost: '300', success: '0.3' },
			expected: {
				participants: '333.' + '3'.repeat(37),
				programme_cost: '100000',
				net_effect: '0',
				pv_cost: '100000',
				pv_net: '0',
				// 100 000 ÷ 100 000
				bcr: '1',
				// pv_gross × success ÷ helped = 100 000 × 0.3 ÷ 100 = 300
				break_even_cost: '300',
				// 100 × 300 ÷ 100000 = 0.3
				break_even_success: '0.3',
				payback_year: '1'
			}
		}
	])('$name', ({ input, expected }) => {
		const { results } = runModel(modelInput(input));
		expect(
			Object.fromEntries(
				Object.keys(expected).map((id) => [id, results[id as keyof typeof results]])
			)
		).toEqual(expected);
	});
});
