/**
 * docs/model.md tabulates the formulas the trail computes: its table is the one written from the
 * results' declarations (`npm run docs` writes it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaTable } from '../../../src/lib/report/formula-lines';

const text = readFileSync('docs/model.md', 'utf8');
const section = text.slice(
	text.indexOf('<!-- formulas:start -->'),
	text.indexOf('<!-- formulas:end -->')
);
/** The table's cells, trimmed, without the rule under the header. */
const documented = section
	.split('\n')
	.filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/.test(line))
	.map((line) =>
		line
			.slice(1, -1)
			.split('|')
			.map((cell) => cell.trim())
	);

describe('docs/model.md', () => {
	it('has the formula table written from the declarations (run `npm run docs`)', () => {
		expect(documented).toEqual(formulaTable());
	});

	it('lists the seed formulas as a reader checks them', () => {
		// By hand, from DESIGN.md §2: a few rows as they must read.
		expect(documented).toContainEqual([
			'5',
			'`benefit_saving`',
			'`benefit_saving(t) = active(t) × ben × work`',
			'money, per year'
		]);
		expect(documented).toContainEqual([
			'18',
			'`bcr`',
			'`bcr = pv_gross ÷ pv_cost`<br>society, with mcpf: `bcr = 1 + pv_net ÷ ((1 + mcpf) × pv_cost)`',
			'ratio, whole horizon'
		]);
		expect(documented).toContainEqual([
			'13',
			'`tax_financing_cost`',
			'`tax_financing_cost(t) = mcpf × (programme_cost(t) − net_benefit_saving(t) − tax_gain(t) − health_saving(t))`',
			'money, per year'
		]);
		expect(documented).toContainEqual([
			'11',
			'`gross_effect`',
			'fiscal: `gross_effect(t) = net_benefit_saving(t) + tax_gain(t) + health_saving(t)`<br>society: `gross_effect(t) = production_gain(t) + health_saving(t)`',
			'money, per year'
		]);
	});
});
