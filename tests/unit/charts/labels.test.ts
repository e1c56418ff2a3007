import { describe, expect, it } from 'vitest';
import { moneyTick, signedText, wrapLabel } from '../../../src/lib/charts/labels';
import { nb } from './report-of';

describe('chart labels', () => {
	it.each([
		// [tick, expected]: a float tick keeps no exponent and no float noise
		[3750000000, nb('3,75_mrd._kr')],
		[-750000000, nb('−750_mill._kr')],
		[1e21, nb('1_000_000_000_000_mrd._kr')],
		[0.30000000000000004, nb('0,30_kr')],
		[0, nb('0_kr')]
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
