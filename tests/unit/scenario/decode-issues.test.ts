/**
 * Bad input through `decode`: every row must yield exactly one issue, naming the key, the value
 * as written (decoded) and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { decode, type Issue } from '../../../src/lib/scenario';

const POP = { min: '0', max: '10000000000' };
const SHARE = { min: '0', max: '1' };
const CLAIM = { format: 'METRIC:OP:VALUE[:SIG]' };
const METRICS =
	'helped, participants, attributable, active, benefit_saving, benefit_tax_lost, ' +
	'net_benefit_saving, tax_gain, production_gain, health_saving, gross_effect, programme_cost, ' +
	'tax_financing_cost, net_effect, pv_gross, pv_cost, pv_net, bcr, break_even_cost, break_even_success, payback_year';

/** [query, expected single issue]; rows on keys other than pop get `pop=1&` in front. */
const rows: [string, Issue][] = [
	['pop=-1', { key: 'pop', value: '-1', code: 'not_decimal', params: POP }],
	['pop=abc', { key: 'pop', value: 'abc', code: 'not_decimal', params: POP }],
	['pop=1e9999', { key: 'pop', value: '1e9999', code: 'not_decimal', params: POP }],
	['pop=NaN', { key: 'pop', value: 'NaN', code: 'not_decimal', params: POP }],
	['pop=Infinity', { key: 'pop', value: 'Infinity', code: 'not_decimal', params: POP }],
	['pop=0x10', { key: 'pop', value: '0x10', code: 'not_decimal', params: POP }],
	['pop=1_000', { key: 'pop', value: '1_000', code: 'not_decimal', params: POP }],
	['pop=', { key: 'pop', value: '', code: 'empty', params: POP }],
	['pop', { key: 'pop', value: '', code: 'empty', params: POP }],
	['pop=1.', { key: 'pop', value: '1.', code: 'not_decimal', params: POP }],
	['pop=.5', { key: 'pop', value: '.5', code: 'not_decimal', params: POP }],
	// `+` is a space in a query, so `+5` arrives as " 5"; `%2B5` is a literal plus.
	['pop=+5', { key: 'pop', value: ' 5', code: 'not_decimal', params: POP }],
	['pop=%2B5', { key: 'pop', value: '+5', code: 'not_decimal', params: POP }],
	['pop= 5', { key: 'pop', value: ' 5', code: 'not_decimal', params: POP }],
	['pop=5%20', { key: 'pop', value: '5 ', code: 'not_decimal', params: POP }],
	['pop=150+000', { key: 'pop', value: '150 000', code: 'not_decimal', params: POP }],
	['pop=150,5', { key: 'pop', value: '150,5', code: 'not_decimal', params: POP }],
	['pop=%EF%BC%91', { key: 'pop', value: '１', code: 'not_decimal', params: POP }],
	['pop=10000000001', { key: 'pop', value: '10000000001', code: 'out_of_range', params: POP }],
	// 54 significant digits: refused for its length before anything reads its value.
	[
		'pop=10000000000.0000000000000000000000000000000000000000001',
		{
			key: 'pop',
			value: '10000000000.0000000000000000000000000000000000000000001',
			code: 'too_many_digits',
			params: { ...POP, digits: '54', maxDigits: '30' }
		}
	],
	// 31 significant digits, the first over the bound; leading zeros do not count.
	[
		's1=0.0001234567890123456789012345678901',
		{
			key: 's1',
			value: '0.0001234567890123456789012345678901',
			code: 'too_many_digits',
			params: { ...SHARE, digits: '31', maxDigits: '30' }
		}
	],
	[
		'c1=helped:eq:1.000000000000000000000000000001',
		{
			key: 'c1',
			value: 'helped:eq:1.000000000000000000000000000001',
			code: 'too_many_digits',
			params: { format: 'METRIC:OP:VALUE[:SIG]', digits: '31', maxDigits: '30' }
		}
	],
	// 10^-41: one significant digit, but 41 decimal places, one over the bound (every figure
	// computed from 0.000…1 with thousands of zeros would be thousands of digits long).
	[
		`s1=0.${'0'.repeat(40)}1`,
		{
			key: 's1',
			value: `0.${'0'.repeat(40)}1`,
			code: 'too_many_decimals',
			params: { ...SHARE, decimals: '41', maxDecimals: '40' }
		}
	],
	[
		`c1=pv_net:gt:-0.${'0'.repeat(7500)}1`,
		{
			key: 'c1',
			value: `pv_net:gt:-0.${'0'.repeat(7500)}1`,
			code: 'too_many_decimals',
			params: { format: 'METRIC:OP:VALUE[:SIG]', decimals: '7501', maxDecimals: '40' }
		}
	],
	['pop=%E0%A4%A', { key: 'pop', value: '%E0%A4%A', code: 'bad_encoding', params: {} }],
	['pop=%', { key: 'pop', value: '%', code: 'bad_encoding', params: {} }],
	// UTF-8 of a lone surrogate (U+D800): not valid Unicode.
	['pop=%ED%A0%80', { key: 'pop', value: '%ED%A0%80', code: 'bad_encoding', params: {} }],
	['pop=1&pop=2', { key: 'pop', value: '1', code: 'duplicate', params: { count: '2' } }],
	['pop=1&pop=1&pop=1', { key: 'pop', value: '1', code: 'duplicate', params: { count: '3' } }],
	['s1=0.1', { key: 'pop', value: '', code: 'required', params: POP }],
	['POP=5', { key: 'pop', value: '', code: 'required', params: POP }],
	['s1=1.5', { key: 's1', value: '1.5', code: 'out_of_range', params: SHARE }],
	// 1 + 10^-29: 30 significant digits, the most allowed, still compared exactly.
	[
		's1=1.00000000000000000000000000001',
		{
			key: 's1',
			value: '1.00000000000000000000000000001',
			code: 'out_of_range',
			params: SHARE
		}
	],
	['s2=-0.1', { key: 's2', value: '-0.1', code: 'not_decimal', params: SHARE }],
	['s8=', { key: 's8', value: '', code: 'empty', params: SHARE }],
	['s1=10%', { key: 's1', value: '10%', code: 'bad_encoding', params: {} }],
	['s1=10+%25', { key: 's1', value: '10 %', code: 'not_decimal', params: SHARE }],
	['s1=0.1&s1=0.1', { key: 's1', value: '0.1', code: 'duplicate', params: { count: '2' } }],
	[
		'ben=1000000000000.5',
		{
			key: 'ben',
			value: '1000000000000.5',
			code: 'out_of_range',
			params: { min: '0', max: '1000000000000' }
		}
	],
	['work=2', { key: 'work', value: '2', code: 'out_of_range', params: SHARE }],
	[
		'success=0',
		{
			key: 'success',
			value: '0',
			code: 'out_of_range_exclusive_min',
			params: { ...SHARE, minExclusive: 'true' }
		}
	],
	[
		'success=0.000',
		{
			key: 'success',
			value: '0.000',
			code: 'out_of_range_exclusive_min',
			params: { ...SHARE, minExclusive: 'true' }
		}
	],
	['years=0', { key: 'years', value: '0', code: 'out_of_range', params: { min: '1', max: '50' } }],
	['years=1.5', { key: 'years', value: '1.5', code: 'not_whole', params: { min: '1', max: '50' } }],
	['years=1.0', { key: 'years', value: '1.0', code: 'not_whole', params: { min: '1', max: '50' } }],
	[
		'years=51',
		{ key: 'years', value: '51', code: 'out_of_range', params: { min: '1', max: '50' } }
	],
	['years=-1', { key: 'years', value: '-1', code: 'not_whole', params: { min: '1', max: '50' } }],
	[
		'disc=0.3',
		{ key: 'disc', value: '0.3', code: 'out_of_range', params: { min: '0', max: '0.2' } }
	],
	[
		'disc=0.2000001',
		{ key: 'disc', value: '0.2000001', code: 'out_of_range', params: { min: '0', max: '0.2' } }
	],
	[
		'persp=x',
		{ key: 'persp', value: 'x', code: 'not_allowed', params: { allowed: 'fiscal, society' } }
	],
	[
		'persp=Fiscal',
		{ key: 'persp', value: 'Fiscal', code: 'not_allowed', params: { allowed: 'fiscal, society' } }
	],
	[
		'cur=nok',
		{
			key: 'cur',
			value: 'nok',
			code: 'not_allowed',
			params: { allowed: 'NOK, DKK, SEK, EUR, USD, GBP' }
		}
	],
	[
		'cur=',
		{ key: 'cur', value: '', code: 'empty', params: { allowed: 'NOK, DKK, SEK, EUR, USD, GBP' } }
	],
	['lang=fr', { key: 'lang', value: 'fr', code: 'not_allowed', params: { allowed: 'nb, da, en' } }],
	[
		`title=${'a'.repeat(121)}`,
		{
			key: 'title',
			value: 'a'.repeat(121),
			code: 'text_too_long',
			params: { maxLength: '120', length: '121' }
		}
	],
	[
		`l1=${'b'.repeat(81)}`,
		{
			key: 'l1',
			value: 'b'.repeat(81),
			code: 'text_too_long',
			params: { maxLength: '80', length: '81' }
		}
	],
	// 81 emoji: 162 UTF-16 units, 81 code points.
	[
		`l8=${'%F0%9F%98%80'.repeat(81)}`,
		{
			key: 'l8',
			value: '😀'.repeat(81),
			code: 'text_too_long',
			params: { maxLength: '80', length: '81' }
		}
	],
	[
		'title=a%0Ab',
		{
			key: 'title',
			value: 'a\nb',
			code: 'control_char',
			params: { maxLength: '120', char: 'U+000A', position: '1' }
		}
	],
	[
		'title=%00',
		{
			key: 'title',
			value: '\u0000',
			code: 'control_char',
			params: { maxLength: '120', char: 'U+0000', position: '0' }
		}
	],
	[
		'l2=ab%7F',
		{
			key: 'l2',
			value: 'ab\u007f',
			code: 'control_char',
			params: { maxLength: '80', char: 'U+007F', position: '2' }
		}
	],
	[
		'l3=%09tab',
		{
			key: 'l3',
			value: '\ttab',
			code: 'control_char',
			params: { maxLength: '80', char: 'U+0009', position: '0' }
		}
	],
	[
		'c1=foo:eq:1',
		{ key: 'c1', value: 'foo:eq:1', code: 'unknown_metric', params: { ...CLAIM, allowed: METRICS } }
	],
	[
		'c1=pv_net:approx:1:0',
		{
			key: 'c1',
			value: 'pv_net:approx:1:0',
			code: 'bad_sig',
			params: { ...CLAIM, min: '1', max: '40' }
		}
	],
	[
		'c2=pv_net:approx:1:41',
		{
			key: 'c2',
			value: 'pv_net:approx:1:41',
			code: 'bad_sig',
			params: { ...CLAIM, min: '1', max: '40' }
		}
	],
	[
		'c3=pv_net:approx:1:2.5',
		{
			key: 'c3',
			value: 'pv_net:approx:1:2.5',
			code: 'bad_sig',
			params: { ...CLAIM, min: '1', max: '40' }
		}
	],
	[
		'c4=pv_net:approx:1:',
		{
			key: 'c4',
			value: 'pv_net:approx:1:',
			code: 'bad_sig',
			params: { ...CLAIM, min: '1', max: '40' }
		}
	],
	[
		'c1=pv_net:gt:1:3',
		{
			key: 'c1',
			value: 'pv_net:gt:1:3',
			code: 'sig_without_approx',
			params: { ...CLAIM, op: 'gt' }
		}
	],
	['c1=pv_net:gt', { key: 'c1', value: 'pv_net:gt', code: 'bad_claim', params: CLAIM }],
	['c1=pv_net', { key: 'c1', value: 'pv_net', code: 'bad_claim', params: CLAIM }],
	[
		'c1=pv_net:approx:1:2:3',
		{ key: 'c1', value: 'pv_net:approx:1:2:3', code: 'bad_claim', params: CLAIM }
	],
	[
		'c1=pv_net:between:1',
		{
			key: 'c1',
			value: 'pv_net:between:1',
			code: 'unknown_op',
			params: { ...CLAIM, allowed: 'eq, approx, gt, ge, lt, le' }
		}
	],
	[
		'c1=PV_NET:gt:1',
		{
			key: 'c1',
			value: 'PV_NET:gt:1',
			code: 'unknown_metric',
			params: { ...CLAIM, allowed: METRICS }
		}
	],
	[
		'c1=pv_net:gt:1e9',
		{ key: 'c1', value: 'pv_net:gt:1e9', code: 'bad_claim_value', params: CLAIM }
	],
	['c1=pv_net:gt:+1', { key: 'c1', value: 'pv_net:gt: 1', code: 'bad_claim_value', params: CLAIM }],
	['c1=pv_net:gt:', { key: 'c1', value: 'pv_net:gt:', code: 'bad_claim_value', params: CLAIM }],
	[
		'c1=pv_net:gt:3,75',
		{ key: 'c1', value: 'pv_net:gt:3,75', code: 'bad_claim_value', params: CLAIM }
	],
	['c4=', { key: 'c4', value: '', code: 'empty', params: CLAIM }],
	['v=4', { key: 'v', value: '4', code: 'unsupported_version', params: { supported: '1, 2, 3' } }],
	['v=0', { key: 'v', value: '0', code: 'unsupported_version', params: { supported: '1, 2, 3' } }],
	[
		'v=abc',
		{ key: 'v', value: 'abc', code: 'unsupported_version', params: { supported: '1, 2, 3' } }
	],
	['v=', { key: 'v', value: '', code: 'unsupported_version', params: { supported: '1, 2, 3' } }],
	[
		'v=1.0',
		{ key: 'v', value: '1.0', code: 'unsupported_version', params: { supported: '1, 2, 3' } }
	]
];

describe('decode: bad input, one issue per bad key', () => {
	it.each(rows)('%s', (query, expected) => {
		const full = expected.key === 'pop' ? query : `pop=1&${query}`;
		const result = decode(full);
		expect(result.issues).toEqual([expected]);
		expect(result.input).toBeNull();
	});

	it('takes 40 decimal places, the zeros that end a number not counted', () => {
		const decoded = decode(`pop=1&s1=0.${'0'.repeat(39)}1&s2=0.1${'0'.repeat(5000)}`);
		expect(decoded.issues).toEqual([]);
		expect(decoded.input).toMatchObject({ s1: `0.${'0'.repeat(39)}1`, s2: '0.1' });
	});

	it('reports a key that cannot be decoded on `query`, and then pop as missing', () => {
		expect(decode('%E0%A4%A').issues).toEqual([
			{ key: 'query', value: '%E0%A4%A', code: 'bad_encoding', params: {} },
			{ key: 'pop', value: '', code: 'required', params: POP }
		]);
		expect(decode('pop=1&utm_%E0=x').issues).toEqual([
			{ key: 'query', value: 'utm_%E0=x', code: 'bad_encoding', params: {} }
		]);
	});

	it('refuses a query over 8000 characters as a whole, quoting its first 100 characters', () => {
		const query = 'pop=1&title=' + 'x'.repeat(7989); // 12 + 7989 = 8001 characters
		const result = decode(query);
		expect(result.issues).toEqual([
			{
				key: 'query',
				value: query.slice(0, 100),
				code: 'too_long',
				params: { max: '8000', length: '8001' }
			}
		]);
		expect(result.input).toBeNull();
		expect(decode(query.slice(0, 8000)).issues).not.toContainEqual(
			expect.objectContaining({ code: 'too_long' })
		);
	});

	it('gives one issue for each bad key at once, in canonical key order', () => {
		const result = decode('c1=foo:eq:1&years=0&s1=2&cur=nok&pop=x&v=1');
		expect(result.issues.map((issue) => [issue.key, issue.code])).toEqual([
			['pop', 'not_decimal'],
			['s1', 'out_of_range'],
			['years', 'out_of_range'],
			['cur', 'not_allowed'],
			['c1', 'unknown_metric']
		]);
	});

	it('keeps one issue per key: an encoding problem wins over a duplicate', () => {
		expect(decode('pop=%E0&pop=2').issues).toEqual([
			{ key: 'pop', value: '%E0', code: 'bad_encoding', params: {} }
		]);
	});

	it('with an unsupported version, reports only the version (and encoding problems)', () => {
		expect(decode('pop=x&v=4&s1=%E0').issues).toEqual([
			{ key: 's1', value: '%E0', code: 'bad_encoding', params: {} },
			{ key: 'v', value: '4', code: 'unsupported_version', params: { supported: '1, 2, 3' } }
		]);
	});
});
