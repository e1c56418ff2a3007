/**
 * Parsing what people type and paste (DESIGN §4). Each row: input, locale, kind, then the
 * canonical value and the significant digits worked out by hand (digits from the first non-zero
 * one; a whole number's trailing zeros do not count, a decimal's do).
 * Spaces: \u00a0 NO-BREAK, \u202f NARROW NO-BREAK, \u2009 THIN; \u2212 MINUS SIGN.
 */
import { describe, expect, it } from 'vitest';
import {
	PARSE_ERROR_CODES,
	parseLocaleNumber,
	parseSignedLocaleNumber,
	type Locale,
	type ParseErrorCode,
	type ParseKind
} from '../../../src/lib/format';

type Accepted = [text: string, locale: Locale, kind: ParseKind, value: string, digits: number];
type Rejected = [text: string, locale: Locale, kind: ParseKind, code: ParseErrorCode];

const norwegian: Accepted[] = [
	['150 000', 'nb', 'number', '150000', 2],
	['150\u00a0000', 'nb', 'number', '150000', 2],
	['150\u202f000', 'nb', 'number', '150000', 2],
	['150\u2009000', 'nb', 'number', '150000', 2],
	['150.000', 'nb', 'number', '150000', 2],
	['  150 000  ', 'nb', 'number', '150000', 2],
	['+150 000', 'nb', 'number', '150000', 2],
	['1 500 000', 'nb', 'number', '1500000', 2],
	['1.500,25', 'nb', 'number', '1500.25', 6],
	['1.500.000,5', 'nb', 'number', '1500000.5', 8],
	['1500,250', 'nb', 'number', '1500.25', 7],
	['1 500,250', 'nb', 'number', '1500.25', 7],
	['0,1', 'nb', 'share', '0.1', 1],
	['0,1', 'nb', 'number', '0.1', 1],
	[',5', 'nb', 'number', '0.5', 1],
	['2,50', 'nb', 'number', '2.5', 3],
	['0,05', 'nb', 'number', '0.05', 1],
	['100,0', 'nb', 'number', '100', 4],
	['007', 'nb', 'number', '7', 1],
	['0', 'nb', 'number', '0', 1],
	// a group cannot start with 0, so this comma is a decimal comma
	['0,500', 'nb', 'number', '0.5', 3],
	// a "." not followed by a group of 3 can only be an English decimal point
	['1.5', 'nb', 'number', '1.5', 2],
	['0.500', 'nb', 'number', '0.5', 3],
	['1 500.5', 'nb', 'number', '1500.5', 5],
	['10 %', 'nb', 'share', '0.1', 1],
	['10\u00a0%', 'nb', 'share', '0.1', 1],
	['10%', 'nb', 'share', '0.1', 1],
	['12,5 %', 'nb', 'share', '0.125', 3],
	['12,5 prosent', 'nb', 'share', '0.125', 3],
	['10 pst.', 'nb', 'share', '0.1', 1],
	['250 000 kr', 'nb', 'money', '250000', 2],
	['250\u00a0000\u00a0kr', 'nb', 'money', '250000', 2],
	['kr 250.000,-', 'nb', 'money', '250000', 2],
	['250.000,- kr', 'nb', 'money', '250000', 2],
	['NOK 250 000', 'nb', 'money', '250000', 2],
	['250000NOK', 'nb', 'money', '250000', 2],
	['3,75 mrd.', 'nb', 'number', '3750000000', 3],
	['3,75 mrd', 'nb', 'number', '3750000000', 3],
	['3,75 MRD.', 'nb', 'number', '3750000000', 3],
	['3,75 milliarder', 'nb', 'number', '3750000000', 3],
	['3,75 milliarder', 'nb', 'money', '3750000000', 3],
	['3,75 milliarder kroner', 'nb', 'money', '3750000000', 3],
	['3,75 mrd. kr', 'nb', 'money', '3750000000', 3],
	['kr 3,75 mrd.', 'nb', 'money', '3750000000', 3],
	['4 milliarder', 'nb', 'money', '4000000000', 1],
	['1 milliard', 'nb', 'number', '1000000000', 1],
	['1,5 mill.', 'nb', 'number', '1500000', 2],
	['1,5 mill', 'nb', 'number', '1500000', 2],
	['1,5 mln.', 'nb', 'number', '1500000', 2],
	['1,5 millioner', 'nb', 'number', '1500000', 2],
	['1 million', 'nb', 'number', '1000000', 1],
	['250 tusen', 'nb', 'number', '250000', 2],
	['250k', 'nb', 'number', '250000', 2],
	['250 K', 'nb', 'money', '250000', 2],
	// the trap: Norwegian billion is 10^12
	['3,75 billioner', 'nb', 'number', '3750000000000', 3],
	['1 billion', 'nb', 'number', '1000000000000', 1]
];

const danish: Accepted[] = [
	['150.000', 'da', 'number', '150000', 2],
	['150 000', 'da', 'number', '150000', 2],
	['150\u202f000', 'da', 'number', '150000', 2],
	['0,1', 'da', 'share', '0.1', 1],
	['10 %', 'da', 'share', '0.1', 1],
	['12,5 procent', 'da', 'share', '0.125', 3],
	['kr. 250.000,-', 'da', 'money', '250000', 2],
	['250.000 kr.', 'da', 'money', '250000', 2],
	['DKK 250.000', 'da', 'money', '250000', 2],
	['1,5 mio.', 'da', 'number', '1500000', 2],
	['1,5 mio', 'da', 'number', '1500000', 2],
	['3,75 mia.', 'da', 'number', '3750000000', 3],
	['3,75 mia', 'da', 'number', '3750000000', 3],
	['3,75 mia. kr.', 'da', 'money', '3750000000', 3],
	['3,75 milliarder', 'da', 'number', '3750000000', 3],
	['250 tusind', 'da', 'number', '250000', 2],
	['250k', 'da', 'number', '250000', 2],
	// Danish billion is 10^12 too
	['3,75 billioner', 'da', 'number', '3750000000000', 3],
	['2 billion', 'da', 'number', '2000000000000', 1]
];

const english: Accepted[] = [
	['150,000', 'en', 'number', '150000', 2],
	['150 000', 'en', 'number', '150000', 2],
	['150\u2009000', 'en', 'number', '150000', 2],
	['1,500.25', 'en', 'number', '1500.25', 6],
	['0.500', 'en', 'number', '0.5', 3],
	['.5', 'en', 'number', '0.5', 1],
	// a "," not followed by a group of 3 can only be a decimal comma
	['1,5', 'en', 'number', '1.5', 2],
	['0.1', 'en', 'share', '0.1', 1],
	['10%', 'en', 'share', '0.1', 1],
	['10 %', 'en', 'share', '0.1', 1],
	['12.5 percent', 'en', 'share', '0.125', 3],
	['NOK 250,000', 'en', 'money', '250000', 2],
	['NOK\u00a0250,000', 'en', 'money', '250000', 2],
	['€250,000', 'en', 'money', '250000', 2],
	['£250,000', 'en', 'money', '250000', 2],
	['$250,000', 'en', 'money', '250000', 2],
	['US$250,000', 'en', 'money', '250000', 2],
	['USD 250,000', 'en', 'money', '250000', 2],
	['250,000 EUR', 'en', 'money', '250000', 2],
	['SEK 250,000', 'en', 'money', '250000', 2],
	['GBP 1.5m', 'en', 'money', '1500000', 2],
	['3.75 billion', 'en', 'number', '3750000000', 3],
	['3.75bn', 'en', 'number', '3750000000', 3],
	['3.75 BN', 'en', 'money', '3750000000', 3],
	['3.75b', 'en', 'number', '3750000000', 3],
	['€3.75bn', 'en', 'money', '3750000000', 3],
	['NOK 3.75 billion', 'en', 'money', '3750000000', 3],
	['1.5 million', 'en', 'number', '1500000', 2],
	['1.5m', 'en', 'number', '1500000', 2],
	['1.5 mn', 'en', 'number', '1500000', 2],
	['250k', 'en', 'number', '250000', 2],
	['250 thousand', 'en', 'number', '250000', 2],
	['1 trillion', 'en', 'number', '1000000000000', 1]
];

describe('parseLocaleNumber accepts', () => {
	it.each([...norwegian, ...danish, ...english])(
		'%j in %s as %s → %s (%i significant digits)',
		(text, locale, kind, value, significantDigits) => {
			expect(parseLocaleNumber(text, locale, kind)).toMatchObject({
				ok: true,
				value,
				significantDigits
			});
		}
	);
});

const rejected: Rejected[] = [
	['', 'nb', 'number', 'empty'],
	['  ', 'nb', 'number', 'empty'],
	['\u00a0\u202f', 'da', 'money', 'empty'],
	['1'.repeat(101), 'en', 'number', 'too_long'],
	['NaN', 'en', 'number', 'not_finite'],
	['nan', 'nb', 'number', 'not_finite'],
	['Infinity', 'en', 'number', 'not_finite'],
	['-Infinity', 'en', 'number', 'not_finite'],
	['∞ kr', 'nb', 'money', 'not_finite'],
	['0x10', 'en', 'number', 'radix_prefix'],
	['0b101', 'nb', 'number', 'radix_prefix'],
	['1_000', 'en', 'number', 'underscore'],
	['1e5', 'nb', 'number', 'exponent'],
	['1e5', 'en', 'number', 'exponent'],
	['1E+5', 'da', 'number', 'exponent'],
	['1,5e-3', 'nb', 'number', 'exponent'],
	['abc', 'nb', 'number', 'not_a_number'],
	['kr', 'nb', 'money', 'not_a_number'],
	['%', 'nb', 'share', 'not_a_number'],
	['5 / 2', 'en', 'number', 'unexpected'],
	['kr 5 kr', 'nb', 'money', 'unexpected'],
	['mrd. 5', 'nb', 'number', 'unexpected'],
	['5 % %', 'nb', 'share', 'unexpected'],
	['5 kr mrd.', 'nb', 'money', 'unexpected'],
	['--5', 'nb', 'number', 'unexpected'],
	['5-', 'nb', 'number', 'unexpected'],
	['250 yen', 'nb', 'money', 'unknown_word'],
	['3,75 bn', 'nb', 'number', 'unknown_word'],
	['3.75 billioner', 'en', 'number', 'unknown_word'],
	['10-20', 'nb', 'number', 'several_numbers'],
	['10–15 %', 'nb', 'share', 'several_numbers'],
	['150 000 kr 20', 'nb', 'money', 'several_numbers'],
	['10 %', 'nb', 'number', 'percent_not_allowed'],
	['10%', 'en', 'money', 'percent_not_allowed'],
	['250 kr', 'nb', 'number', 'currency_not_allowed'],
	['€5', 'en', 'share', 'currency_not_allowed'],
	['250 000,-', 'nb', 'number', 'currency_not_allowed'],
	['1,5 mill.', 'nb', 'share', 'scale_not_allowed'],
	['-5', 'nb', 'number', 'negative'],
	['\u22125', 'nb', 'number', 'negative'],
	['-5 %', 'en', 'share', 'negative'],
	['kr -250', 'nb', 'money', 'negative'],
	['-NOK 1,234.50', 'en', 'money', 'negative'],
	['1,500.25', 'nb', 'number', 'mixed_separators'],
	['1.500,25', 'en', 'number', 'mixed_separators'],
	['1.500', 'en', 'number', 'ambiguous_separator'],
	['1,500', 'nb', 'number', 'ambiguous_separator'],
	['1,500', 'da', 'number', 'ambiguous_separator'],
	['150,000', 'nb', 'number', 'ambiguous_separator'],
	['kr 1,500', 'nb', 'money', 'ambiguous_separator'],
	['1.50.000', 'nb', 'number', 'bad_grouping'],
	['1 50 000', 'nb', 'number', 'bad_grouping'],
	['1,50,000', 'en', 'number', 'bad_grouping'],
	['1.500 000', 'nb', 'number', 'bad_grouping'],
	['1500.000', 'da', 'number', 'bad_grouping'],
	['1,500,000', 'nb', 'number', 'misplaced_separator'],
	['1,5 5', 'nb', 'number', 'misplaced_separator'],
	['5.', 'en', 'number', 'misplaced_separator'],
	['150 000.', 'nb', 'number', 'misplaced_separator']
];

describe('parseLocaleNumber rejects', () => {
	it.each(rejected)('%j in %s as %s: %s', (text, locale, kind, code) => {
		const result = parseLocaleNumber(text, locale, kind);
		expect(result).toMatchObject({ ok: false, code });
	});

	it('quotes the offending part of the input', () => {
		expect(parseLocaleNumber('1.500', 'en', 'number')).toEqual({
			ok: false,
			code: 'ambiguous_separator',
			detail: '1.500'
		});
		expect(parseLocaleNumber('1,500.25', 'nb', 'number')).toEqual({
			ok: false,
			code: 'mixed_separators',
			detail: '1,500.25'
		});
		expect(parseLocaleNumber('250 Yen', 'nb', 'money')).toEqual({
			ok: false,
			code: 'unknown_word',
			detail: 'yen'
		});
	});

	it('names every code it can return in PARSE_ERROR_CODES', () => {
		const codes = new Set<string>(PARSE_ERROR_CODES);
		for (const [, , , code] of rejected) expect(codes.has(code)).toBe(true);
		expect(PARSE_ERROR_CODES.length).toBe(new Set(PARSE_ERROR_CODES).size);
	});

	it('returns an error for a value that is not a string, as untyped callers may pass one', () => {
		expect(parseLocaleNumber(12 as unknown as string, 'nb', 'number')).toEqual({
			ok: false,
			code: 'not_a_number'
		});
	});
});

describe('parseSignedLocaleNumber', () => {
	it.each<Accepted>([
		['\u22125', 'nb', 'number', '-5', 1],
		['-5', 'en', 'number', '-5', 1],
		['\u20135', 'nb', 'number', '-5', 1],
		['\u22121\u00a0234,50\u00a0kr', 'nb', 'money', '-1234.5', 6],
		['\u22121.234,50 kr.', 'da', 'money', '-1234.5', 6],
		['-NOK\u00a01,234.50', 'en', 'money', '-1234.5', 6],
		['kr \u2212250', 'nb', 'money', '-250', 2],
		['\u22123,75 mrd.', 'nb', 'number', '-3750000000', 3],
		['-10 %', 'nb', 'share', '-0.1', 1],
		['\u22120', 'nb', 'number', '0', 1],
		['+5', 'nb', 'number', '5', 1]
	])('%j in %s as %s → %s', (text, locale, kind, value, significantDigits) => {
		expect(parseSignedLocaleNumber(text, locale, kind)).toMatchObject({
			ok: true,
			value,
			significantDigits
		});
	});

	it('still rejects two signs and everything else parseLocaleNumber rejects', () => {
		expect(parseSignedLocaleNumber('\u2212\u22125', 'nb', 'number')).toMatchObject({
			ok: false,
			code: 'unexpected'
		});
		expect(parseSignedLocaleNumber('-1.500', 'en', 'number')).toMatchObject({
			ok: false,
			code: 'ambiguous_separator'
		});
	});
});

describe('unitWritten: whether a scale word, currency or percent came with the number', () => {
	it.each([
		['3,75', 'money', false],
		['3,75 mrd.', 'money', true],
		['250 000 kr', 'money', true],
		['kr 250.000,-', 'money', true],
		['10 %', 'share', true],
		['0,1', 'share', false],
		['250k', 'number', true]
	] as const)('%j as %s → %s', (text, kind, unitWritten) => {
		expect(parseLocaleNumber(text, 'nb', kind)).toMatchObject({ ok: true, unitWritten });
	});
});
