/**
 * The cost of public funds in the link (`mcpf`): optional, a share from 0 to 1, written after
 * the discount rate, typed in the form (blank: not counted), refused with a message naming it,
 * varied in scenario B, searched by the implied-assumption search only where it counts, and
 * warned about in words where it does not.
 */
import { describe, expect, it } from 'vitest';
import { impliedKeys } from '../../../src/lib/claims/input-ranges';
import { readField } from '../../../src/lib/form';
import { buildReport } from '../../../src/lib/report';
import { errorEntries } from '../../../src/lib/report/issues';
import { comparisonRows, headlineDetail, warningSentence } from '../../../src/lib/report/sentences';
import { decode, encode, toModelInput, type Scenario } from '../../../src/lib/scenario';
import '../../../src/lib/i18n/all-locales';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(JSON.stringify(issues));
	return input;
}

const SOCIETY = 'pop=1000&s1=0.5&ben=100000&cost=40000&success=0.5&persp=society&v=3';

describe('mcpf in the link', () => {
	it('is absent unless given, and then written after the discount rate', () => {
		expect(toModelInput(scenarioOf('pop=100&v=3'))).not.toHaveProperty('mcpf');
		const scenario = scenarioOf('pop=100&persp=society&mcpf=0.2&disc=0.04&v=3');
		expect(toModelInput(scenario)).toMatchObject({ mcpf: '0.2', persp: 'society' });
		expect(encode(scenario)).toBe('pop=100&disc=0.04&mcpf=0.2&persp=society&v=3');
		expect(encode(scenarioOf('pop=100&mcpf=0&v=3'))).toBe('pop=100&mcpf=0&v=3');
	});

	it.each([
		['1.5', 'Cost of public funds (mcpf): 1.5 is out of range. Allowed: a number from 0 to 1.'],
		['', 'Cost of public funds (mcpf) is empty. Allowed: a number from 0 to 1.']
	])('refuses mcpf=%s naming it and what is allowed', (value, message) => {
		const { input, issues } = decode(`pop=100&mcpf=${value}&v=3`);
		expect(input).toBeNull();
		expect(errorEntries(issues, 'en').map((entry) => entry.message)).toEqual([message]);
	});

	it('takes a range like any share', () => {
		const scenario = scenarioOf(`${SOCIETY}&mcpf=0.2:0.1:0.3`);
		expect(scenario.mcpf).toBe('0.2');
		expect(scenario.ranges).toEqual({ mcpf: { low: '0.1', high: '0.3' } });
	});
});

describe('mcpf in the form', () => {
	it('reads a blank field as not counted, and a percentage the locale’s way', () => {
		expect(readField('mcpf', '  ', 'nb')).toEqual({ ok: true, value: null });
		expect(readField('mcpf', '20 %', 'nb')).toEqual({ ok: true, value: '0.2' });
		expect(readField('mcpf', '0,2', 'da')).toEqual({ ok: true, value: '0.2' });
	});
});

describe('mcpf in a report', () => {
	it('makes the headline say the net effect is net of it too', () => {
		// helped 500, gross 500 × 100 000 = 0 in the society perspective (no wage, no health):
		// programme 40 000 000; 0.2 × (40 000 000 − 50 000 000) = −2 000 000; net −38 000 000
		const funded = buildReport(scenarioOf(`${SOCIETY}&mcpf=0.2`), 'en');
		expect(headlineDetail(funded.results, 1, 'en', 'NOK')).toBe(
			'Gross effect per year: NOK\u00a00; net of programme cost and the cost of public funds in ' +
				'year 1: -NOK\u00a038\u00a0million.'
		);
		const plain = buildReport(scenarioOf(SOCIETY), 'en');
		expect(headlineDetail(plain.results, 1, 'en', 'NOK')).toBe(
			'Gross effect per year: NOK\u00a00; net of programme cost in year 1: -NOK\u00a040\u00a0million.'
		);
	});

	it('is searched for a claim only where it counts', () => {
		const society = toModelInput(scenarioOf(`${SOCIETY}&mcpf=0.2`));
		const fiscal = toModelInput(scenarioOf(`${SOCIETY}&mcpf=0.2`.replace('persp=society&', '')));
		expect(impliedKeys(society)).toContain('mcpf');
		expect(impliedKeys(fiscal)).not.toContain('mcpf');
	});

	it('says in words, in every language, that the fiscal perspective leaves it out', () => {
		const report = buildReport(scenarioOf('pop=1000&s1=0.5&ben=100000&mcpf=0.2&v=3'), 'nb');
		const warning = report.warnings.find((each) => each.id === 'mcpf_not_counted')!;
		expect(warningSentence(warning, report, 'en')).toBe(
			'The cost of public funds (mcpf) counts in the society perspective only. In the fiscal ' +
				'perspective no figure includes it.'
		);
		expect(warningSentence(warning, report, 'nb')).toBe(
			'Skattefinansieringskostnaden (mcpf) regnes bare i samfunnsøkonomisk perspektiv. I ' +
				'offentlige budsjetter er den ikke med i noen tall.'
		);
		expect(warningSentence(warning, report, 'da')).toBe(
			'Omkostningen ved skattefinansiering (mcpf) regnes kun i det samfundsøkonomiske ' +
				'perspektiv. I offentlige budgetter indgår den ikke i noget tal.'
		);
	});

	it('is varied in scenario B, and its row shown only where A or B counts it', () => {
		// B: helped 500, programme 500 × 40 000 ÷ 0.5 = 40 000 000; public budgets gain
		// 500 × 100 000 = 50 000 000 in benefits; 0.2 × (40 000 000 − 50 000 000) = −2 000 000
		const report = buildReport(scenarioOf(`${SOCIETY}&b_mcpf=0.2`), 'en');
		expect(report.results.tax_financing_cost).toBeNull();
		expect(report.comparison!.results.tax_financing_cost).toBe('-2000000');
		const ids = (query: string) => {
			const each = buildReport(scenarioOf(query), 'en');
			return comparisonRows(each, each.comparison!, 'en', 'NOK').map((row) => row.id);
		};
		expect(ids(`${SOCIETY}&b_mcpf=0.2`)).toContain('tax_financing_cost');
		expect(ids(`${SOCIETY}&b_dead=0.3`)).not.toContain('tax_financing_cost');
	});
});
