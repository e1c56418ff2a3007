/**
 * The method page's content: every result of the model has its formula, in trail order, and
 * every reference figure is written in every language.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/format';
import { RESULT_IDS } from '../../../src/lib/model/types';
import { FORMULA_LIST } from '../../../src/routes/method/formulas';
import { NORWAY } from '../../../src/routes/method/norway-figures';
import { DENMARK } from '../../../src/routes/method/reference-figures';

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

	it('give gross_effect one line per perspective', () => {
		const gross = FORMULA_LIST.find((formula) => formula.id === 'gross_effect');
		expect(gross?.lines.map((line) => line.persp)).toEqual(['fiscal', 'society']);
	});
});

describe('the reference figures', () => {
	const figures = [...NORWAY, ...DENMARK];

	it('hold the 20 Norwegian and 5 Danish figures of the sources list', () => {
		expect([NORWAY.length, DENMARK.length]).toEqual([20, 5]);
	});

	it.each(LOCALES)('are written out in %s', (lang) => {
		const empty = figures.filter((figure) =>
			[figure.figure, figure.value, figure.source, figure.confidence].some(
				(text) => text[lang].trim() === ''
			)
		);
		expect(empty).toEqual([]);
	});
});
