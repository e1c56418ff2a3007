/**
 * The URL codec on hand-written examples: canonical encoding, normalisation on decode, text
 * percent-encoding, unknown keys, `raw` and `lang`.
 */
import { describe, expect, it } from 'vitest';
import { decode, encode, withDefaults, type Scenario } from '../../../src/lib/scenario';

/** The seed scenario with every default spelled out, as decode must return it. */
const seedScenario: Scenario = {
	pop: '150000',
	s1: '0.1',
	ben: '250000',
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
	// a URL without `v`, or with v=1, is read by version 1's rules
	version: 1,
	cur: 'NOK',
	claims: [],
	n: 10000,
	seed: 1
};

describe('encode', () => {
	it('writes the seed scenario canonically, defaults omitted, v last', () => {
		expect(encode(seedScenario)).toBe('pop=150000&s1=0.1&ben=250000&v=1');
	});

	it('keeps a claim readable, colons unescaped', () => {
		const scenario = withDefaults({
			pop: '150000',
			s1: '0.1',
			ben: '250000',
			claims: [{ id: 'c1', metric: 'benefit_saving', op: 'approx', value: '3750000000', sig: 3 }]
		});
		expect(encode(scenario)).toBe(
			'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&v=3'
		);
	});

	it('writes only pop and v when everything else is default', () => {
		expect(encode(withDefaults({ pop: '0' }))).toBe('pop=0&v=3');
	});

	it('writes every key in the order of the input table, then claims, lang, v', () => {
		const scenario = withDefaults({
			pop: '1000',
			s1: '0.5',
			s2: '0.25',
			s8: '0',
			l1: 'a',
			l8: 'h',
			ben: '1',
			btax: '0.1',
			wage: '2',
			wtax: '0.2',
			emp: '0.141',
			work: '0.5',
			health: '3',
			cost: '4',
			success: '0.9',
			dead: '0.2',
			disp: '0.1',
			drop: '0.05',
			years: 10,
			disc: '0.04',
			persp: 'society',
			cur: 'EUR',
			title: 'T',
			claims: [
				{ id: 'c1', metric: 'pv_net', op: 'gt', value: '0' },
				{ id: 'c4', metric: 'bcr', op: 'le', value: '-1.5' }
			]
		});
		expect(encode(scenario, { lang: 'en' })).toBe(
			'pop=1000&s1=0.5&s2=0.25&s8=0&l1=a&l8=h&ben=1&btax=0.1&wage=2&wtax=0.2&emp=0.141' +
				'&work=0.5&health=3&cost=4&success=0.9&dead=0.2&disp=0.1&drop=0.05&years=10&disc=0.04' +
				'&persp=society&cur=EUR&title=T&c1=pv_net:gt:0&c4=bcr:le:-1.5&lang=en&v=3'
		);
	});

	it('omits lang when it is nb', () => {
		expect(encode(withDefaults({ pop: '1' }), { lang: 'nb' })).toBe('pop=1&v=3');
	});

	it('canonicalises numbers in a hand-built scenario', () => {
		const scenario = withDefaults({
			pop: '0150000.00',
			s1: '0.10',
			ben: '0',
			claims: [{ id: 'c2', metric: 'pv_net', op: 'approx', value: '-0.0', sig: 2 }]
		});
		expect(encode(scenario)).toBe('pop=150000&s1=0.1&c2=pv_net:approx:0:2&v=3');
	});

	it('keeps a label or title that looks like a number as written', () => {
		const scenario = withDefaults({ pop: '1', l6: '-0', title: '0.10' });
		expect(encode(scenario)).toBe('pop=1&l6=-0&title=0.10&v=3');
		expect(decode(encode(scenario)).input).toStrictEqual(scenario);
	});

	it('percent-encodes a title: spaces, æøå, &, =, + and markup are just text', () => {
		const title = 'Æ ø & = + <script>alert(1)</script>';
		// Æ = C3 86, ø = C3 B8 in UTF-8; encodeURIComponent leaves ( and ) alone.
		const query =
			'pop=1&title=%C3%86%20%C3%B8%20%26%20%3D%20%2B%20%3Cscript%3Ealert(1)%3C%2Fscript%3E&v=3';
		const scenario = withDefaults({ pop: '1', title });
		expect(encode(scenario)).toBe(query);
		expect(decode(query).input).toStrictEqual(scenario);
	});

	it('never throws on an unpaired surrogate in a hand-built title: it becomes U+FFFD', () => {
		expect(encode(withDefaults({ pop: '1', title: 'a\uD800b' }))).toBe(
			'pop=1&title=a%EF%BF%BDb&v=3'
		);
	});
});

describe('decode', () => {
	it('fills in every default', () => {
		expect(decode('pop=150000&s1=0.1&ben=250000&v=1')).toStrictEqual({
			input: seedScenario,
			issues: [],
			raw: { pop: '150000', s1: '0.1', ben: '250000', v: '1' },
			lang: 'nb'
		});
	});

	it('accepts a leading ?, an absent v and empty segments', () => {
		expect(decode('?pop=150000&&s1=0.1&ben=250000&').input).toStrictEqual(seedScenario);
	});

	it('normalises non-canonical decimals but keeps the raw values', () => {
		const result = decode('pop=0150000&s1=0.10&ben=250000.0&years=01');
		expect(result.input).toStrictEqual(seedScenario);
		expect(result.raw).toEqual({ pop: '0150000', s1: '0.10', ben: '250000.0', years: '01' });
		expect(encode(result.input as Scenario)).toBe('pop=150000&s1=0.1&ben=250000&v=1');
	});

	it('accepts the range bounds themselves', () => {
		const query = 'pop=10000000000&s1=0&ben=1000000000000&success=0.0001&years=50&disc=0.2';
		expect(decode(query).input).toMatchObject({
			pop: '10000000000',
			s1: '0',
			ben: '1000000000000',
			success: '0.0001',
			years: 50,
			disc: '0.2'
		});
	});

	it('ignores unknown keys, even repeated or malformed ones', () => {
		const query = 'utm_source=x&pop=150000&fbclid=%E0&s1=0.1&utm_source=y&ben=250000&Pop=9';
		expect(decode(query)).toStrictEqual({
			input: seedScenario,
			issues: [],
			raw: { pop: '150000', s1: '0.1', ben: '250000' },
			lang: 'nb'
		});
	});

	it('keeps what the user typed when a key is bad, so the form can show it', () => {
		expect(decode('pop=abc&s1=0.10&title=Hei+du')).toMatchObject({
			input: null,
			raw: { pop: 'abc', s1: '0.10', title: 'Hei du' }
		});
	});

	it('reads the page locale from lang, outside the scenario', () => {
		const result = decode('pop=1&lang=da');
		expect(result.lang).toBe('da');
		expect(result.input).not.toHaveProperty('lang');
		expect(encode(result.input as Scenario, { lang: result.lang })).toBe('pop=1&lang=da&v=1');
	});

	it('decodes claims in c1 … c4 order, whatever the query order, canonical values', () => {
		const result = decode('pop=1&c3=pv_net:lt:-0.50&c1=helped%3Aeq%3A015000&c2=bcr:ge:-0');
		expect(result.input?.claims).toStrictEqual([
			{ id: 'c1', metric: 'helped', op: 'eq', value: '15000' },
			{ id: 'c2', metric: 'bcr', op: 'ge', value: '0' },
			{ id: 'c3', metric: 'pv_net', op: 'lt', value: '-0.5' }
		]);
	});

	it('accepts approx without a significant-digit count, and the bounds 1 and 40', () => {
		const result = decode('pop=1&c1=pv_net:approx:5&c2=pv_net:approx:5:1&c3=pv_net:approx:5:40');
		expect(result.input?.claims.map((claim) => claim.sig)).toEqual([undefined, 1, 40]);
	});

	it('treats an empty text as no text, and keeps other text exactly as written', () => {
		const result = decode('pop=1&title=&l1=%20padded%20&l2=80%25+%3Cb%3E');
		expect(result.input).not.toHaveProperty('title');
		expect(result.input).toMatchObject({ l1: ' padded ', l2: '80% <b>' });
	});

	it('counts text length in code points: 80 emoji fit a label', () => {
		const label = '😀'.repeat(80);
		expect(decode(`pop=1&l1=${encodeURIComponent(label)}`).input?.l1).toBe(label);
	});

	it('allows a step after a gap (s3 without s2)', () => {
		const result = decode('pop=1&s3=0.5');
		expect(result.input).toMatchObject({ s1: '1', s3: '0.5' });
		expect(result.input).not.toHaveProperty('s2');
	});
});
