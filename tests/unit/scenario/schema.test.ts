/**
 * The schema outside the codec: defaults per DESIGN.md §2, the model's input, single fields as
 * a form checks them, and values handed to the schema directly (as an API might).
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULTS,
	parseScenario,
	SCENARIO_KEYS,
	toModelInput,
	URL_KEYS,
	withDefaults
} from '../../../src/lib/scenario';

/** RESULT_IDS joined with ', ', as a claim's `unknown_metric` issue lists them. */
const METRICS =
	'helped, participants, attributable, active, benefit_saving, benefit_tax_lost, ' +
	'net_benefit_saving, tax_gain, production_gain, health_saving, gross_effect, programme_cost, ' +
	'tax_financing_cost, net_effect, pv_gross, pv_cost, pv_net, bcr, break_even_cost, break_even_success, payback_year';

describe('DEFAULTS', () => {
	it('are the defaults of the input table', () => {
		expect(DEFAULTS).toStrictEqual({
			s1: '1',
			ben: '0',
			btax: '0',
			wage: '0',
			wtax: '0',
			emp: '0',
			work: '1',
			health: '0',
			cost: '0',
			success: '1',
			dead: '0',
			disp: '0',
			drop: '0',
			years: 1,
			disc: '0',
			persp: 'fiscal',
			cur: 'NOK',
			n: 10000,
			seed: 1
		});
	});
});

describe('keys', () => {
	it('lists the scenario keys in canonical order, then lang and v', () => {
		expect(SCENARIO_KEYS.join(',')).toBe(
			'pop,s1,s2,s3,s4,s5,s6,s7,s8,l1,l2,l3,l4,l5,l6,l7,l8,k1,k2,k3,k4,k5,k6,k7,k8,' +
				'ben,btax,wage,wtax,emp,work,' +
				'health,cost,success,dead,disp,drop,years,disc,mcpf,persp,cur,py,title,c1,c2,c3,c4,n,seed,' +
				'b_pop,b_s1,b_s2,b_s3,b_s4,b_s5,b_s6,b_s7,b_s8,b_ben,b_btax,b_wage,b_wtax,b_emp,' +
				'b_work,b_health,b_cost,b_success,b_dead,b_disp,b_drop,b_years,b_disc,b_mcpf,b_persp'
		);
		expect(URL_KEYS.slice(-2)).toEqual(['lang', 'v']);
	});
});

describe('toModelInput', () => {
	it('keeps the model keys (and present steps only), drops labels, currency, title, claims', () => {
		const scenario = withDefaults({
			pop: '100',
			s1: '0.5',
			s3: '0.2',
			l1: 'label',
			title: 'title',
			cur: 'DKK',
			claims: [{ id: 'c1', metric: 'helped', op: 'eq', value: '10' }]
		});
		expect(toModelInput(scenario)).toStrictEqual({
			pop: '100',
			s1: '0.5',
			s3: '0.2',
			ben: '0',
			btax: '0',
			wage: '0',
			wtax: '0',
			emp: '0',
			work: '1',
			health: '0',
			cost: '0',
			success: '1',
			dead: '0',
			disp: '0',
			drop: '0',
			years: 1,
			disc: '0',
			persp: 'fiscal',
			version: 3
		});
	});

	it('does not change the scenario', () => {
		const scenario = withDefaults({ pop: '1', s2: '0.5' });
		const copy = structuredClone(scenario);
		toModelInput(scenario).pop = '2';
		expect(scenario).toStrictEqual(copy);
	});
});

/** The issue on `key` when a scenario (with a population) gives it `raw`, or null. */
function issueOn(key: string, raw: string) {
	const { issues } = parseScenario({ pop: '1', [key]: raw });
	return issues.find((issue) => issue.key === key) ?? null;
}

describe('one field', () => {
	it.each([
		['s1', '0.25'],
		['years', '50'],
		['title', ''],
		['l1', 'æøå <b>'],
		['cur', 'GBP'],
		['c1', 'pv_net:approx:1:3'],
		['v', '1']
	] as const)('%s=%s is allowed', (key, raw) => {
		expect(issueOn(key, raw)).toBeNull();
	});

	it.each([
		['s1', '1.5', 'out_of_range'],
		['pop', '', 'empty'],
		['years', '2.5', 'not_whole'],
		['persp', 'both', 'not_allowed'],
		['c2', 'pv_net:gt:1:3', 'sig_without_approx'],
		['v', '4', 'unsupported_version']
	] as const)('%s=%s gives %s on that key', (key, raw, code) => {
		expect(issueOn(key, raw)).toMatchObject({ key, value: raw, code });
	});
});

describe('parseScenario', () => {
	it('reports a value that is not a string as invalid, and a missing pop as required', () => {
		const result = parseScenario({ s1: 0.1 });
		expect(result.issues).toEqual([
			{ key: 'pop', value: '', code: 'required', params: { min: '0', max: '10000000000' } },
			{ key: 's1', value: '', code: 'invalid', params: {} }
		]);
	});
});

describe('parseScenario, a whole form', () => {
	it('turns a form into a scenario: canonical decimals, defaults filled, empty text absent', () => {
		const result = parseScenario({
			pop: '0150000',
			s1: '0.10',
			l1: '',
			ben: '250000.00',
			years: '3',
			title: ' Tittel ',
			c1: 'helped:eq:15000.0',
			utm_source: 'x'
		});
		expect(result.issues).toEqual([]);
		expect(result.scenario).toStrictEqual({
			// no `v`: version 1's rules, as for a link from before `v` was written
			...withDefaults({ pop: '150000', s1: '0.1', ben: '250000', years: 3, version: 1 }),
			title: ' Tittel ',
			claims: [{ id: 'c1', metric: 'helped', op: 'eq', value: '15000' }]
		});
	});

	it('gives one issue per bad field in canonical key order, and no scenario', () => {
		const result = parseScenario({ cur: 'nok', s2: '', years: '0', pop: '-1' });
		expect(result.scenario).toBeNull();
		expect(result.issues).toEqual([
			{ key: 'pop', value: '-1', code: 'not_decimal', params: { min: '0', max: '10000000000' } },
			{ key: 's2', value: '', code: 'empty', params: { min: '0', max: '1' } },
			{ key: 'years', value: '0', code: 'out_of_range', params: { min: '1', max: '50' } },
			{
				key: 'cur',
				value: 'nok',
				code: 'not_allowed',
				params: { allowed: 'NOK, DKK, SEK, EUR, USD, GBP' }
			}
		]);
	});
});

describe('one field, what is allowed', () => {
	it.each([
		['success', '0', 'out_of_range_exclusive_min', { min: '0', max: '1', minExclusive: 'true' }],
		['l1', 'a\tb', 'control_char', { maxLength: '80', char: 'U+0009', position: '1' }],
		['title', '\uDC00', 'bad_encoding', { maxLength: '120' }],
		['c3', 'x:eq:1', 'unknown_metric', { format: 'METRIC:OP:VALUE[:SIG]', allowed: METRICS }],
		['lang', 'NB', 'not_allowed', { allowed: 'nb, da, en' }]
	] as const)('%s=%j gives %s with what is allowed', (key, raw, code, params) => {
		expect(issueOn(key, raw)).toStrictEqual({ key, value: raw, code, params });
	});
});
