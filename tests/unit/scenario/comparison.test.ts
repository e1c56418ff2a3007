/**
 * Scenario B beside A (DESIGN.md §2, `b_KEY`): read, checked and written back canonically, run
 * beside A, and each key figure's difference B − A worked out exactly.
 */
import { describe, expect, it } from 'vitest';
import { RESULT_IDS } from '../../../src/lib/model/types';
import { buildReport } from '../../../src/lib/report';
import {
	comparisonRows,
	comparisonWarnings,
	overridesSentence
} from '../../../src/lib/report/sentences';
import { comparisonScenario, decode, encode, type Scenario } from '../../../src/lib/scenario';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(`${query}: ${JSON.stringify(issues)}`);
	return input;
}

// A: 150 000 × 0.1 × 250 000 = 3 750 000 000.
// B: dead 0.3, work 0.8: 15 000 × 0.7 = 10 500 in work; 10 500 × 250 000 × 0.8 = 2 100 000 000.
const SEED_B = 'pop=150000&s1=0.1&ben=250000&b_dead=0.3&b_work=0.8&v=2';

describe('scenario B in the URL', () => {
	it('is written after everything else of A, in the parameter table’s order', () => {
		expect(encode(scenarioOf('b_dead=0.30&pop=150000&b_work=0.8&s1=0.1&ben=250000&v=2'))).toBe(
			'pop=150000&s1=0.1&ben=250000&b_work=0.8&b_dead=0.3&v=2'
		);
	});

	it('is A with the overrides, without A’s claims and ranges', () => {
		const b = comparisonScenario(
			scenarioOf('pop=150000&s1=0.1:0.05:0.15&ben=250000&c1=helped:gt:1&b_dead=0.3&v=2')
		);
		expect(b).toMatchObject({ pop: '150000', s1: '0.1', ben: '250000', dead: '0.3', claims: [] });
		expect(b).not.toHaveProperty('ranges');
		expect(comparisonScenario(scenarioOf('pop=1&v=2'))).toBeNull();
	});

	it.each([
		['b_dead=1.5', 'b_dead'],
		['b_persp=state', 'b_persp'],
		['b_s1=0.1:0.05:0.15', 'b_s1'],
		['b_years=0', 'b_years']
	])('refuses %s, naming the key of B', (pair, key) => {
		const { input, issues } = decode(`pop=1&${pair}&v=2`);
		expect(input).toBeNull();
		expect(issues.map((issue) => issue.key)).toEqual([key]);
	});
});

describe('the comparison in a report', () => {
	const report = buildReport(scenarioOf(SEED_B), 'en');

	it('has B’s figures and the exact difference of every result', () => {
		expect(report.comparison).toMatchObject({
			overrides: { b_work: '0.8', b_dead: '0.3' },
			results: { benefit_saving: '2100000000', attributable: '10500' },
			difference: { benefit_saving: '-1650000000', helped: '0', bcr: null }
		});
	});

	it('is absent without overrides', () => {
		expect(buildReport(scenarioOf('pop=1&v=2'), 'en')).not.toHaveProperty('comparison');
	});

	it('says what B changes and sets every result side by side', () => {
		const comparison = report.comparison!;
		expect(overridesSentence(comparison, 'en', 'NOK')).toBe(
			'B is A with: Work fraction (work) 80%, Deadweight (dead) 30%.'
		);
		const rows = comparisonRows(report, comparison, 'en', 'NOK');
		// every result but the cost of public funds, which neither counts
		expect(rows.map((row) => row.id)).toEqual(
			RESULT_IDS.filter((id) => id !== 'tax_financing_cost')
		);
		// 15 000 × (1 − 30 %) = 10 500 in work in B, 4 500 fewer.
		expect(rows.find((row) => row.id === 'attributable')).toMatchObject({
			a: '15,000',
			b: '10,500',
			difference: '-4,500'
		});
		expect(rows.find((row) => row.id === 'benefit_saving')).toEqual({
			id: 'benefit_saving',
			label: 'Benefits no longer paid',
			a: 'NOK\u00a03.75\u00a0billion',
			b: 'NOK\u00a02.1\u00a0billion',
			difference: '-NOK\u00a01.65\u00a0billion'
		});
	});
});

describe('what B’s figures assume', () => {
	it('words B’s own warnings from B’s input: those A’s overrides leave, and only those', () => {
		// A: btax 0, dead 0, work 1 → benefit_gross_of_tax, no_deadweight, full_time (and, over
		// 3 years with drop 0, no_drop_off). B takes btax and dead, and 5 years: two remain.
		const report = buildReport(
			scenarioOf('pop=150000&s1=0.1&ben=250000&years=3&b_btax=0.123&b_dead=0.72&b_years=5&v=3'),
			'en'
		);
		expect(report.warnings.map((warning) => warning.id)).toEqual([
			'no_deadweight',
			'no_drop_off',
			'benefit_gross_of_tax',
			'full_time'
		]);
		expect(comparisonWarnings(report, report.comparison!, 'en')).toEqual([
			{
				id: 'no_drop_off',
				text: 'Drop-off is 0% over 5 years: the figure assumes that no one falls out of work again.'
			},
			{
				id: 'full_time',
				text: 'The work fraction is 100%: the figure assumes that everyone returns full-time.'
			}
		]);
		expect(comparisonWarnings(report, report.comparison!, 'nb')[0]!.text).toBe(
			'Frafallet er 0\u00a0% over 5\u00a0år: tallet forutsetter at ingen faller ut av arbeid igjen.'
		);
	});

	// A: 1 000 × 0.5 = 500 helped at a success of 0.4 needs 500 ÷ 0.4 = 1 250 participants, more
	// than 1 000. B: 1 100 × 0.5 = 550, ÷ 0.4 = 1 375 participants, more than 1 100.
	it('words B’s warning with B’s own figures and population', () => {
		const report = buildReport(
			scenarioOf('pop=1000&s1=0.5&success=0.4&dead=0.1&b_pop=1100&v=3'),
			'en'
		);
		expect(comparisonWarnings(report, report.comparison!, 'en')).toEqual([
			{
				id: 'participants_exceed_population',
				text:
					'The programme would have to take in 1,375 participants to help 550 back to work, more ' +
					'than the 1,100 in the target group: its success rate (40%) is below the share of the ' +
					'target group to be helped.'
			}
		]);
	});

	it('is empty for a B that sets what A leaves silent', () => {
		const report = buildReport(
			scenarioOf('pop=150000&s1=0.1&ben=250000&b_btax=0.123&b_dead=0.72&b_work=0.8&v=3'),
			'en'
		);
		expect(report.warnings).toHaveLength(3);
		expect(comparisonWarnings(report, report.comparison!, 'en')).toEqual([]);
	});
});
