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

describe.each(['fiscal', 'society'] as const)('the trail in the %s perspective', (persp) => {
	const { trail, results } = runModel(modelInput({ ...FULL, persp }));

	it('records every result once, with its unit and the value the results report', () => {
		const steps = trail.filter((step) => step.year === undefined);
		expect(steps.map((step) => step.id)).toEqual([...RESULT_IDS]);
		expect(steps.map((step) => step.value)).toEqual(RESULT_IDS.map((id) => results[id]));
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
		// 20 results but payback_year (no formula), and active, gross_effect, net_effect of years 2, 3
		expect(redone).toHaveLength(25);
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
