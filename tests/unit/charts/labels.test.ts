import { describe, expect, it } from 'vitest';
import { moneyTick } from '../../../src/lib/charts/draw/coordinates';
import {
	isAboveZero,
	negated,
	signedText,
	signedValue,
	wrapLabel
} from '../../../src/lib/charts/labels';
import { nb } from './report-of';

describe('chart labels', () => {
	it.each([
		// [tick, expected]: a float tick keeps no exponent and no float noise
		[3750000000, nb('3,75_mrd._kr')],
		[-750000000, nb('−750_mill._kr')],
		[1e21, nb('1_000_000_000_000_mrd._kr')],
		[0.30000000000000004, nb('0,30_kr')],
		[0, nb('0_kr')],
		[-0, nb('0_kr')]
	])('ticks %s as %s', (tick, expected) => {
		expect(moneyTick(tick, 'nb', 'NOK')).toBe(expected);
	});

	it('passes a category tick through', () => {
		expect(moneyTick('2', 'nb', 'NOK')).toBe('2');
	});

	it.each([
		['1000', '+', '+1000'],
		['1000', '−', '-1000'],
		['0', '−', '0'],
		['-5', '=', '-5'],
		['5', '=', '5']
	] as const)('signs %s with %s as %s', (value, sign, expected) => {
		expect(signedText(value, sign, (signed) => signed)).toBe(expected);
	});

	it('wraps at spaces and keeps a long word whole', () => {
		expect(wrapLabel('+ Income tax and employer’s contribution gained', 16)).toEqual([
			'+ Income tax and',
			'employer’s',
			'contribution',
			'gained'
		]);
		expect(wrapLabel('Arbeidsgiveravgiftsgrunnlag', 10)).toEqual(['Arbeidsgiveravgiftsgrunnlag']);
		expect(wrapLabel('= Netto effekt')).toEqual(['= Netto effekt']);
	});
});

describe('signs on exact decimal strings, without arithmetic', () => {
	it.each([
		['3750000000', '-3750000000'],
		['-750000000', '750000000'],
		['0.05', '-0.05'],
		['-12345678901234567890.123456789', '12345678901234567890.123456789'],
		['0', '0']
	])('negates %s as %s', (value, expected) => {
		expect(negated(value)).toBe(expected);
	});

	it.each([
		['1', true],
		['0.000001', true],
		['98765432109876543210', true],
		['0', false],
		['-0.5', false],
		['-3000000000', false]
	])('says whether %s is above zero: %s', (value, expected) => {
		expect(isAboveZero(value)).toBe(expected);
	});

	it.each([
		['750000000', '−', '-750000000'],
		['-20', '−', '20'],
		['0', '−', '0'],
		['1.5', '+', '1.5'],
		['-1.5', '=', '-1.5']
	] as const)('signs %s taken with %s as %s', (value, sign, expected) => {
		expect(signedValue(value, sign)).toBe(expected);
	});

	it.each(['1e5', '-0', '0.50', '007', '+1', '1.', '.5', '', '1 000', '−5'])(
		'refuses %j, which is no canonical decimal string',
		(value) => {
			expect(() => negated(value)).toThrow(RangeError);
			expect(() => isAboveZero(value)).toThrow(RangeError);
			expect(() => signedValue(value, '=')).toThrow(RangeError);
		}
	);
});
