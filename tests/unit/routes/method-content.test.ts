/**
 * The method page's content: every result of the model has its formula, in trail order, and
 * every reference figure is written in every language.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/format';
import { RESULT_IDS } from '../../../src/lib/model/types';
import { FORMULA_LIST } from '../../../src/lib/report/formula-lines';
import { confidenceText, factSource, factText } from '../../../src/lib/scenario/fact-text';
import { DENMARK_FACTS, NORWAY_FACTS } from '../../../src/lib/scenario/facts';
import { formulaSymbols } from '../../../src/lib/format';
import { runModel } from '../../../src/lib/model';
import { modelInput } from '../model/helpers';

/** Every step present: a cost, a success share below 1, a second year. */
const { trail } = runModel(
	modelInput({ pop: '1000', ben: '1', cost: '1', success: '0.5', years: 2, disc: '0.04' })
);

describe('the formulas', () => {
	it('list every result id once, in the order of the trail', () => {
		expect(FORMULA_LIST.map((formula) => formula.id)).toEqual([...RESULT_IDS]);
	});

	it.each(FORMULA_LIST.map((formula) => [formula.id, formula.lines] as const))(
		'%s is defined by a line that starts with its id (and a year)',
		(id, lines) => {
			const definition = new RegExp(`^${id}(\\([^)]*\\))? = `);
			expect(lines.some((line) => definition.test(line.symbols))).toBe(true);
		}
	);

	// The method page shows each formula the code computes: its right-hand side, with the year
	// marks `(t)` and `(1)` left off, is the formula in symbols of the trail's year-1 step.
	it.each([
		['participants'],
		['attributable'],
		['benefit_saving'],
		['benefit_tax_lost'],
		['net_benefit_saving'],
		['tax_gain'],
		['production_gain'],
		['health_saving'],
		['programme_cost'],
		['net_effect'],
		['bcr'],
		['break_even_cost'],
		['break_even_success']
	] as const)('show %s as the trail computes it', (id) => {
		const step = trail.find((candidate) => candidate.id === id)!;
		const lines = FORMULA_LIST.find((formula) => formula.id === id)!.lines;
		const shown = lines.map((line) => line.symbols.replace(/\((t|1)\)/g, ''));
		expect(shown).toContain(`${id} = ${formulaSymbols(step.formula)}`);
	});

	it.each(['fiscal', 'society'] as const)(
		'show gross_effect as the trail computes it (%s)',
		(persp) => {
			const step = runModel(modelInput({ pop: '1', persp })).trail.find(
				(candidate) => candidate.id === 'gross_effect'
			)!;
			const line = FORMULA_LIST.find((formula) => formula.id === 'gross_effect')!.lines.find(
				(candidate) => candidate.persp === persp
			)!;
			expect(line.symbols.replace(/\(t\)/g, '')).toBe(
				`gross_effect = ${formulaSymbols(step.formula)}`
			);
		}
	);

	it('give gross_effect one line per perspective', () => {
		const gross = FORMULA_LIST.find((formula) => formula.id === 'gross_effect');
		expect(gross?.lines.map((line) => line.persp)).toEqual(['fiscal', 'society']);
	});
});

describe('the reference figures', () => {
	const facts = [...NORWAY_FACTS, ...DENMARK_FACTS];

	it('hold the 23 Norwegian and 6 Danish figures of the sources list', () => {
		expect([NORWAY_FACTS.length, DENMARK_FACTS.length]).toEqual([23, 6]);
	});

	it.each(LOCALES)('are written out in %s', (lang) => {
		const empty = facts.filter((fact) =>
			[
				fact.label[lang],
				factText(fact, lang),
				factSource(fact, lang),
				confidenceText(fact, lang)
			].some((text) => text.trim() === '')
		);
		expect(empty).toEqual([]);
	});
});
