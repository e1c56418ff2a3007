import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/lib/report/calculate';
import { trailCsv } from '../../../src/lib/report/csv';

function reportOf(query: string) {
	const outcome = calculate(query);
	if (!outcome.ok) throw new Error('bad query');
	return outcome.report;
}

describe('trailCsv', () => {
	const csv = trailCsv(reportOf('pop=150000&s1=0.1&ben=250000&lang=en'), (key) => `[${key}]`);
	const lines = csv.split('\r\n');

	it('has a heading row and one row per trail step, CRLF-separated', () => {
		expect(lines[0]).toBe(
			'id,[page.trail_step],[page.trail_formula],[page.trail_substituted],[page.trail_value],unit'
		);
		// 20 steps of a one-year trail, the heading, and the empty string after the last CRLF
		expect(lines).toHaveLength(22);
	});

	it('writes exact values and quotes fields that hold commas', () => {
		expect(lines[1]).toBe('helped,People back in work,pop × s1,"150,000 × 10%",15000,persons');
		expect(lines[5]).toBe(
			'benefit_saving,Benefits no longer paid,active × ben × work,"15,000 × NOK\u00a0250,000 × 100%",3750000000,money'
		);
	});

	it('keeps a title-like text from running as a spreadsheet formula', () => {
		const withFormula = trailCsv(reportOf('pop=1'), () => '=HYPERLINK("x")');
		expect(withFormula.split('\r\n')[0]).toBe(
			`id,"'=HYPERLINK(""x"")","'=HYPERLINK(""x"")","'=HYPERLINK(""x"")","'=HYPERLINK(""x"")",unit`
		);
	});
});
