/**
 * Display formatting. Expected strings are written out by hand with the exact characters:
 * \u00a0 NO-BREAK SPACE, \u2212 MINUS SIGN, \u2014 EM DASH. Formula spaces are plain U+0020.
 */
import { describe, expect, it } from 'vitest';
import {
	formatByUnit,
	formatCompact,
	formatMoney,
	formatNumber,
	formatShare,
	type Currency,
	type Locale
} from '../../../src/lib/format';
import type { Unit } from '../../../src/lib/model/types';

describe('formatNumber', () => {
	it('groups every length of whole number in threes from the right', () => {
		expect(['1', '12', '123', '1234', '12345', '123456'].map((n) => formatNumber(n, 'en'))).toEqual(
			['1', '12', '123', '1,234', '12,345', '123,456']
		);
		// A field shows what a URL held, however long: 16 000 digits, 5 333 separators.
		const long = formatNumber(`1${'0'.repeat(15999)}`, 'da');
		expect(long.startsWith('1.000.000')).toBe(true);
		expect(long.split('.').length - 1).toBe(5333);
		expect(long.endsWith('.000')).toBe(true);
	});

	it.each<[string, Locale, string]>([
		// 1 234 567,125 rounds half away from zero to 2 digits: ,13
		['1234567.125', 'nb', '1\u00a0234\u00a0567,13'],
		['1234567.125', 'da', '1.234.567,13'],
		['1234567.125', 'en', '1,234,567.13'],
		['-1234.5', 'nb', '\u22121\u00a0234,5'],
		['-1234.5', 'da', '\u22121.234,5'],
		['-1234.5', 'en', '-1,234.5'],
		['150000', 'nb', '150\u00a0000'],
		['1000', 'nb', '1\u00a0000'],
		['999', 'nb', '999'],
		['0', 'nb', '0'],
		['0.125', 'nb', '0,13'],
		['-0.125', 'nb', '\u22120,13'],
		// rounds to zero: no "−0"
		['-0.001', 'nb', '0'],
		['-0.001', 'en', '0'],
		// 1.005 as a float is 1.00499999999999989…, as a decimal string it rounds up
		['1.005', 'en', '1.01'],
		// 23 significant digits survive (a number keeps about 16)
		['12345678901234567890.125', 'en', '12,345,678,901,234,567,890.13'],
		[
			'12345678901234567890.125',
			'nb',
			'12\u00a0345\u00a0678\u00a0901\u00a0234\u00a0567\u00a0890,13'
		]
	])('%s in %s → %j', (value, locale, expected) => {
		expect(formatNumber(value, locale)).toBe(expected);
	});

	it.each<[string, { maximumFractionDigits?: number; minimumFractionDigits?: number }, string]>([
		['2.5', { maximumFractionDigits: 0 }, '3'],
		['1.5', { minimumFractionDigits: 2 }, '1.50'],
		['1.23456', { maximumFractionDigits: 4 }, '1.2346'],
		// a minimum above the maximum raises the maximum instead of throwing
		['1.23456', { maximumFractionDigits: 1, minimumFractionDigits: 3 }, '1.235']
	])('%s with %j in en → %j', (value, options, expected) => {
		expect(formatNumber(value, 'en', options)).toBe(expected);
	});

	it.each(['1e5', 'abc', '', '1,5', ' 1', 'NaN', '-0.'])(
		'rejects %j, which is no canonical decimal',
		(value) => {
			expect(() => formatNumber(value, 'nb')).toThrow(RangeError);
		}
	);
});

describe('formatMoney', () => {
	it.each<[string, Locale, Currency, string]>([
		['250000', 'nb', 'NOK', '250\u00a0000\u00a0kr'],
		['250000', 'da', 'DKK', '250.000\u00a0kr.'],
		['250000', 'en', 'NOK', 'NOK\u00a0250,000'],
		['250000', 'da', 'NOK', '250.000\u00a0NOK'],
		['250000', 'nb', 'DKK', '250\u00a0000\u00a0DKK'],
		['250000', 'en', 'DKK', 'DKK\u00a0250,000'],
		['250000', 'en', 'SEK', 'SEK\u00a0250,000'],
		['250000', 'en', 'EUR', '€250,000'],
		['250000', 'en', 'USD', 'US$250,000'],
		['250000', 'en', 'GBP', '£250,000'],
		['250000', 'nb', 'EUR', '250\u00a0000\u00a0€'],
		['250000', 'da', 'USD', '250.000\u00a0US$'],
		// not whole: 2 fraction digits
		['1234.5', 'nb', 'NOK', '1\u00a0234,50\u00a0kr'],
		['16666.6666666', 'nb', 'NOK', '16\u00a0666,67\u00a0kr'],
		// 1234.999 rounds to 1235.00, whole: no fraction digits
		['1234.999', 'nb', 'NOK', '1\u00a0235\u00a0kr'],
		['1234.004', 'nb', 'NOK', '1\u00a0234\u00a0kr'],
		['1234.005', 'nb', 'NOK', '1\u00a0234,01\u00a0kr'],
		['-1234.5', 'nb', 'NOK', '\u22121\u00a0234,50\u00a0kr'],
		['-1234.5', 'da', 'DKK', '\u22121.234,50\u00a0kr.'],
		['-1234.5', 'en', 'NOK', '-NOK\u00a01,234.50'],
		['-0.001', 'nb', 'NOK', '0\u00a0kr']
	])('%s in %s, %s → %j', (value, locale, currency, expected) => {
		expect(formatMoney(value, locale, currency)).toBe(expected);
	});

	it('takes a fixed number of fraction digits when asked', () => {
		expect(formatMoney('250000', 'nb', 'NOK', { fractionDigits: 2 })).toBe(
			'250\u00a0000,00\u00a0kr'
		);
		expect(formatMoney('1234.56', 'en', 'GBP', { fractionDigits: 0 })).toBe('£1,235');
	});
});

describe('formatShare', () => {
	it.each<[string, Locale, string]>([
		['0.1', 'nb', '10\u00a0%'],
		['0.1', 'da', '10\u00a0%'],
		['0.1', 'en', '10%'],
		// 0.123456 × 100 = 12.3456 → 12.35
		['0.123456', 'nb', '12,35\u00a0%'],
		['0.123456', 'en', '12.35%'],
		// 12.345 is a tie: half away from zero → 12.35
		['0.12345', 'da', '12,35\u00a0%'],
		['0.141', 'nb', '14,1\u00a0%'],
		['1', 'nb', '100\u00a0%'],
		['0', 'en', '0%'],
		['0.0000001', 'nb', '0\u00a0%'],
		['-0.05', 'nb', '\u22125\u00a0%'],
		['12.5', 'nb', '1\u00a0250\u00a0%']
	])('%s in %s → %j', (value, locale, expected) => {
		expect(formatShare(value, locale)).toBe(expected);
	});

	it('applies the digit options to the percentage and keeps every digit (×100 is exact)', () => {
		expect(formatShare('0.125', 'nb', { maximumFractionDigits: 0 })).toBe('13\u00a0%');
		// 0.33333333333333333333 × 100 = 33.333333333333333333 (a float stops at 33.333333333333336)
		expect(formatShare('0.33333333333333333333', 'en', { maximumFractionDigits: 18 })).toBe(
			'33.333333333333333333%'
		);
	});
});

describe('formatCompact', () => {
	it.each<[string, Locale, Currency | undefined, string]>([
		['3750000000', 'nb', 'NOK', '3,75\u00a0mrd.\u00a0kr'],
		['3750000000', 'da', 'DKK', '3,75\u00a0mia.\u00a0kr.'],
		['3750000000', 'en', 'NOK', 'NOK\u00a03.75\u00a0billion'],
		['3750000000', 'da', 'NOK', '3,75\u00a0mia.\u00a0NOK'],
		['3750000000', 'en', 'EUR', '€3.75\u00a0billion'],
		// 3 significant digits, half up: 3,749 → 3,75; 3,745 → 3,75; 3,744999999 → 3,74
		['3749000000', 'nb', 'NOK', '3,75\u00a0mrd.\u00a0kr'],
		['3745000000', 'nb', 'NOK', '3,75\u00a0mrd.\u00a0kr'],
		['3744999999', 'nb', 'NOK', '3,74\u00a0mrd.\u00a0kr'],
		['4000000000', 'nb', 'NOK', '4\u00a0mrd.\u00a0kr'],
		['1500000', 'nb', 'NOK', '1,5\u00a0mill.\u00a0kr'],
		['1500000', 'da', 'DKK', '1,5\u00a0mio.\u00a0kr.'],
		['1500000', 'en', 'NOK', 'NOK\u00a01.5\u00a0million'],
		// 999 600 000 → 3 significant digits: 1 000 000 000, so milliards
		['999600000', 'nb', 'NOK', '1\u00a0mrd.\u00a0kr'],
		['999400000', 'nb', 'NOK', '999\u00a0mill.\u00a0kr'],
		// 10^12 and up stay in milliards: never "billion" in nb/da
		['3750000000000', 'nb', 'NOK', '3\u00a0750\u00a0mrd.\u00a0kr'],
		['3750000000000', 'da', 'DKK', '3.750\u00a0mia.\u00a0kr.'],
		['3750000000000', 'en', 'NOK', 'NOK\u00a03,750\u00a0billion'],
		// below a million: plain money or number
		['250000', 'nb', 'NOK', '250\u00a0000\u00a0kr'],
		['999999.5', 'nb', 'NOK', '999\u00a0999,50\u00a0kr'],
		['250000', 'nb', undefined, '250\u00a0000'],
		['3750000000', 'nb', undefined, '3,75\u00a0mrd.'],
		['3750000000', 'en', undefined, '3.75\u00a0billion'],
		['-3750000000', 'nb', 'NOK', '\u22123,75\u00a0mrd.\u00a0kr'],
		['-3750000000', 'en', 'NOK', '-NOK\u00a03.75\u00a0billion'],
		['-3750000000', 'da', undefined, '\u22123,75\u00a0mia.']
	])('%s in %s, %s → %j', (value, locale, currency, expected) => {
		expect(formatCompact(value, locale, currency)).toBe(expected);
	});
});

describe('formatByUnit', () => {
	it.each<[string | null, Unit, Locale, string]>([
		[null, 'money', 'nb', '\u2014'],
		[null, 'ratio', 'en', '\u2014'],
		['15000.125', 'persons', 'nb', '15\u00a0000,13'],
		['0.1', 'share', 'nb', '10\u00a0%'],
		['250000', 'money', 'nb', '250\u00a0000\u00a0kr'],
		['250000', 'money', 'en', 'NOK\u00a0250,000'],
		['1.23456', 'ratio', 'en', '1.2346'],
		['3', 'years', 'nb', '3'],
		['2.5', 'years', 'en', '3'],
		// 1 ÷ 1.04 = 0.961538461538…: 6 fraction digits
		['0.961538461538', 'factor', 'nb', '0,961538'],
		['0.9615385', 'factor', 'en', '0.961539']
	])('%j as %s in %s → %j', (value, unit, locale, expected) => {
		expect(formatByUnit(value, unit, locale, 'NOK')).toBe(expected);
	});
});
