/**
 * Property tests of the codec: round trip of random valid scenarios, and decode never throwing
 * (nor answering anything but an issue or a valid value) whatever the query holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, toCanonical } from '../../../src/lib/model/decimal';
import { RESULT_IDS } from '../../../src/lib/model/types';
import { CLAIM_KEYS, CLAIM_OPS, type Claim } from '../../../src/lib/claims/types';
import {
	CURRENCIES,
	decode,
	encode,
	ISSUE_CODES,
	LOCALES,
	URL_KEYS,
	type Scenario
} from '../../../src/lib/scenario';

const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 14 });

/** A canonical decimal in [min, max] (bounds inclusive unless `aboveMin`). */
function decimalIn(min: string, max: string, aboveMin = false): fc.Arbitrary<string> {
	const top = BigInt(new D(max).floor().toFixed());
	const general = fc
		.tuple(fc.bigInt({ min: 0n, max: top }), digits)
		.map(([whole, fraction]) => toCanonical(new D(`${whole}.${fraction}0`)));
	return fc
		.oneof(fc.constantFrom(min, max), general)
		.filter(
			(text) => (aboveMin ? new D(text).gt(min) : new D(text).gte(min)) && new D(text).lte(max)
		);
}

const share = decimalIn('0', '1');
const money = decimalIn('0', '1000000000000');

/** Drops control characters (U+0000–U+001F, U+007F), which text fields refuse. */
function withoutControls(value: string): string {
	return [...value].filter((char) => char > '\u001f' && char !== '\u007f').join('');
}

/** Text as users write it: any Unicode, markup, URL syntax; no control characters, not empty. */
function text(maxLength: number): fc.Arbitrary<string> {
	return fc
		.oneof(
			fc.string({ unit: 'binary', maxLength }),
			fc.string({ unit: 'grapheme', maxLength }),
			fc.string({ maxLength }),
			fc.constantFrom(
				'<script>alert(1)</script>',
				'a&b=c+d%20e',
				'10 % · æøå ÆØÅ',
				' x ',
				'%E0%A4%A'
			)
		)
		.map(withoutControls)
		.filter((value) => value !== '' && [...value].length <= maxLength);
}

const signedDecimal = fc
	.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), digits)
	.map(([negative, whole, fraction]) =>
		toCanonical(new D(`${negative ? '-' : ''}${whole}.${fraction}0`))
	);

const claims: fc.Arbitrary<Claim[]> = fc.subarray([...CLAIM_KEYS]).chain((ids) =>
	fc.tuple(
		...ids.map((id) =>
			fc
				.record({
					metric: fc.constantFrom(...RESULT_IDS),
					op: fc.constantFrom(...CLAIM_OPS),
					value: signedDecimal,
					sig: fc.integer({ min: 1, max: 40 })
				})
				.map(({ metric, op, value, sig }): Claim =>
					op === 'approx' && sig % 2 === 0
						? { id, metric, op, value, sig }
						: { id, metric, op, value }
				)
		)
	)
);

const optionalKeys = [
	's2',
	's3',
	's4',
	's5',
	's6',
	's7',
	's8',
	'l1',
	'l2',
	'l3',
	'l4',
	'l5',
	'l6',
	'l7',
	'l8',
	'title'
] as const;

const scenarios: fc.Arbitrary<Scenario> = fc
	.record(
		{
			pop: decimalIn('0', '10000000000'),
			s1: share,
			s2: share,
			s3: share,
			s4: share,
			s5: share,
			s6: share,
			s7: share,
			s8: share,
			l1: text(80),
			l2: text(80),
			l3: text(80),
			l4: text(80),
			l5: text(80),
			l6: text(80),
			l7: text(80),
			l8: text(80),
			ben: money,
			btax: share,
			wage: money,
			wtax: share,
			emp: share,
			work: share,
			health: money,
			cost: money,
			success: decimalIn('0', '1', true),
			dead: share,
			disp: share,
			drop: share,
			years: fc.integer({ min: 1, max: 50 }),
			disc: decimalIn('0', '0.2'),
			persp: fc.constantFrom('fiscal' as const, 'society' as const),
			version: fc.constantFrom(1 as const, 2 as const),
			cur: fc.constantFrom(...CURRENCIES),
			title: text(120),
			claims,
			n: fc.integer({ min: 100, max: 100_000 }),
			seed: fc.integer({ min: 0, max: 4_294_967_295 })
		},
		{
			requiredKeys: [
				...(['pop', 's1', 'ben', 'btax', 'wage', 'wtax', 'emp', 'work', 'health', 'cost'] as const),
				...([
					'success',
					'dead',
					'disp',
					'drop',
					'years',
					'disc',
					'persp',
					'version',
					'cur'
				] as const),
				'claims',
				'n',
				'seed'
			]
		}
		// fc.record builds null-prototype objects; decode returns plain ones.
	)
	.map((scenario) => ({ ...scenario }));

/** Values for one key: random text, random Unicode, random %XX runs and near-misses. */
const percentRun = fc
	.array(
		fc.oneof(
			fc
				.tuple(
					fc.constantFrom(...'0123456789ABCDEFabcdefXZ'),
					fc.constantFrom(...'0123456789ABCDEFz')
				)
				.map(([a, b]) => `%${a}${b}`),
			fc.constantFrom('%', '%E0', '%ED%A0%80', '%F0%9F%98%80', '1', '.', '0', ':', '-', '+')
		),
		{ maxLength: 12 }
	)
	.map((parts) => parts.join(''));

function expectWellFormed(result: ReturnType<typeof decode>): void {
	expect(result.input === null).toBe(result.issues.length > 0);
	for (const issue of result.issues) {
		expect(ISSUE_CODES).toContain(issue.code);
		expect(issue.code).not.toBe('invalid');
		expect(['query', ...URL_KEYS]).toContain(issue.key);
	}
	expect(LOCALES).toContain(result.lang);
}

describe('codec properties', () => {
	it('decode(encode(x)) deep-equals x for random valid scenarios', () => {
		fc.assert(
			fc.property(scenarios, (scenario) => {
				const result = decode(encode(scenario));
				expect(result.issues).toEqual([]);
				expect(result.input).toStrictEqual(scenario);
			}),
			{ numRuns: 300 }
		);
	});

	it('encode writes defaults never and optional keys only when present', () => {
		fc.assert(
			fc.property(scenarios, (scenario) => {
				const keys = encode(scenario)
					.split('&')
					.map((pair) => pair.slice(0, pair.indexOf('=')));
				expect(keys.at(-1)).toBe('v');
				for (const key of optionalKeys)
					expect(keys.includes(key)).toBe(scenario[key] !== undefined);
				expect(keys.includes('years')).toBe(scenario.years !== 1);
				expect(keys.includes('persp')).toBe(scenario.persp !== 'fiscal');
			})
		);
	});

	it.each(URL_KEYS)('any value of %s gives an issue on %s or a valid value', (key) => {
		const values = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), percentRun);
		fc.assert(
			fc.property(values, fc.boolean(), (value, escape) => {
				const written = escape ? encodeURIComponent(value) : value.replace(/[&=#]/g, '');
				const query = key === 'pop' ? `pop=${written}` : `pop=1&${key}=${written}`;
				const result = decode(query);
				expectWellFormed(result);
				for (const issue of result.issues) expect(issue.key).toBe(key);
				if (result.input !== null) {
					expect(decode(encode(result.input, { lang: result.lang })).input).toStrictEqual(
						result.input
					);
				}
				if (escape) expect(result.raw[key]).toBe(value);
			}),
			// v=01 once came back as '1' in `raw`: the migration step rewrote it
			{ numRuns: 60, examples: [['01', true]] }
		);
	});

	it('decode never throws on any whole query string', () => {
		const tokens = fc.constantFrom(
			...URL_KEYS,
			'utm_source',
			'=',
			'&',
			'?',
			'#',
			'+',
			'%',
			'%E0',
			'%A4',
			'%2',
			'%3A',
			'%26',
			'1',
			'0.1',
			'-',
			':',
			'approx',
			'benefit_saving',
			'3750000000',
			'æ',
			'\u0000',
			'\uD800'
		);
		const queries = fc.oneof(
			fc.string({ unit: 'binary' }),
			fc.string(),
			fc.array(tokens, { maxLength: 40 }).map((parts) => parts.join(''))
		);
		fc.assert(
			fc.property(queries, (query) => {
				expectWellFormed(decode(query));
			}),
			{ numRuns: 1000 }
		);
	});
});
