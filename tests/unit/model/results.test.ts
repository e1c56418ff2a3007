/**
 * The results' declarations (src/lib/model/results.ts) are what the trail records: each result
 * has its declared unit and formula, and every formula, written out with the scenario's numbers
 * as a reader would type it into a pocket calculator, gives the figure again to the digit.
 */
import { describe, expect, it } from 'vitest';
import { formulaSymbols } from '../../../src/lib/format/formula';
import { runModel, RESULT_IDS, type FormulaToken, type ModelInput } from '../../../src/lib/model';
import { expandedFormula, needsBrackets } from '../../../src/lib/model/results';
import { evaluate, modelInput, show } from './helpers';

/** Every step present: three funnel steps, every adjustment, a cost, three years. */
const FULL = {
	pop: '150000',
	s1: '0.1',
	s2: '0.7',
	s3: '0.35',
	ben: '250000',
	btax: '0.123',
	wage: '550000',
	wtax: '0.27',
	emp: '0.141',
	work: '0.8',
	health: '12000',
	cost: '30000',
	success: '0.3',
	dead: '0.2',
	disp: '0.05',
	drop: '0.1',
	years: 3,
	disc: '0.04'
} satisfies Partial<ModelInput>;

/** The formula with every value put in, as `formulaSymbols` writes it: `150000 × 0.1`. */
function withNumbers(formula: readonly FormulaToken[]): string {
	return formulaSymbols(
		formula.map((token) =>
			token.kind === 'ref' ? { kind: 'num', value: token.value, unit: token.unit } : token
		)
	);
}

/** Reads a line written by `withNumbers` back into tokens (`-` in a number, `−` an operator). */
function typedIn(line: string): FormulaToken[] {
	return [...line.matchAll(/-?\d+(?:\.\d+)?|[×÷+−()^]/g)].map(([text]) =>
		/\d/.test(text)
			? { kind: 'num', value: text, unit: 'factor' }
			: { kind: 'op', text: text as '×' }
	);
}

/** The results recorded where the cost of public funds is not counted: all but its own. */
const UNFUNDED_IDS = RESULT_IDS.filter((id) => id !== 'tax_financing_cost');

describe.each([
	['the fiscal perspective', { persp: 'fiscal' as const }, UNFUNDED_IDS, 25],
	['the society perspective', { persp: 'society' as const }, UNFUNDED_IDS, 25],
	// mcpf is given but not counted in the fiscal perspective (a warning says so)
	['the fiscal perspective with mcpf', { persp: 'fiscal' as const, mcpf: '0.2' }, UNFUNDED_IDS, 25],
	// plus the cost of public funds of years 1, 2 and 3
	['the society perspective with mcpf', { persp: 'society' as const, mcpf: '0.2' }, RESULT_IDS, 28]
])('the trail in %s', (_, scenario, recordedIds, lines) => {
	const { trail, results } = runModel(modelInput({ ...FULL, ...scenario }));

	it('records every result once, with its unit and the value the results report', () => {
		const steps = trail.filter((step) => step.year === undefined);
		expect(steps.map((step) => step.id)).toEqual([...recordedIds]);
		expect(steps.map((step) => step.value)).toEqual(recordedIds.map((id) => results[id]));
		if (recordedIds === UNFUNDED_IDS) expect(results.tax_financing_cost).toBeNull();
		// By hand, from DESIGN.md §2.
		expect(Object.fromEntries(steps.map((step) => [step.id, step.unit]))).toEqual({
			helped: 'persons',
			participants: 'persons',
			attributable: 'persons',
			active: 'persons',
			benefit_saving: 'money',
			benefit_tax_lost: 'money',
			net_benefit_saving: 'money',
			tax_gain: 'money',
			production_gain: 'money',
			health_saving: 'money',
			gross_effect: 'money',
			programme_cost: 'money',
			...(recordedIds === RESULT_IDS ? { tax_financing_cost: 'money' } : {}),
			net_effect: 'money',
			pv_gross: 'money',
			pv_cost: 'money',
			pv_net: 'money',
			bcr: 'ratio',
			break_even_cost: 'money',
			break_even_success: 'share',
			payback_year: 'years'
		});
	});

	it('redoes every step, each year, from its formula written out with numbers', () => {
		const redone = trail
			.filter((step) => step.formula.length > 0)
			.map((step) => [step.id, evaluate(typedIn(withNumbers(step.formula))).toFixed()]);
		const recorded = trail
			.filter((step) => step.formula.length > 0)
			.map((step) => [step.id, step.value]);
		expect(redone).toEqual(recorded);
		// The results but payback_year (no formula), and active, gross_effect, net_effect of years
		// 2 and 3 (and the cost of public funds of each, where it is counted)
		expect(redone).toHaveLength(lines);
	});
});

describe('a formula written out', () => {
	it('is the declared one by perspective, down to the persons in work', () => {
		const symbols = (persp: 'fiscal' | 'society') =>
			expandedFormula('gross_effect', persp, 'active')
				.map((part) => (typeof part === 'string' ? part : show([part])))
				.join(' ');
		expect(symbols('fiscal')).toBe(
			'active × ben × work − active × ben × work × btax + active × wage × work × ( wtax + emp ) + active × health'
		);
		expect(symbols('society')).toBe('active × wage × work × ( 1 + emp ) + active × health');
	});

	it("writes a later year's cost of public funds with a programme cost of 0", () => {
		const zero = { kind: 'num', value: '0', unit: 'money' } as const;
		const symbols = expandedFormula('tax_financing_cost', 'society', 'active', {
			programme_cost: zero
		})
			.map((part) => (typeof part === 'string' ? part : show([part])))
			.join(' ');
		expect(symbols).toBe(
			'mcpf × ( 0 − ( active × ben × work − active × ben × work × btax ) − active × wage × work × ( wtax + emp ) − active × health )'
		);
	});
});

describe('needsBrackets', () => {
	it.each([
		// inner, before, after, whether it must be bracketed
		[['a', '+', 'b'], '+', '+', false],
		[['a', '+', 'b'], undefined, '−', false],
		[['a', '+', 'b'], '−', undefined, true],
		[['a', '−', 'b'], '×', undefined, true],
		[['a', '+', 'b'], undefined, '×', true],
		[['a', '×', 'b'], '+', '−', false],
		[['a', '×', 'b'], '−', '×', false],
		[['a', '×', 'b'], '÷', undefined, true],
		[['a', '×', 'b'], undefined, '^', true],
		[['(', 'a', '+', 'b', ')'], '×', '×', false],
		[['a'], '÷', '^', false]
	] as const)('%j between %s and %s: %s', (inner, before, after, bracket) => {
		expect(needsBrackets(inner, before, after)).toBe(bracket);
	});
});
