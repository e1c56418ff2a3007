/**
 * Rounding towards +∞ or −∞ for display: a bound a sentence must keep on its side ("holds if
 * health is above 16 666,67 kr" when the exact bound is 16 666,666…).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatByUnit, formatMoney, formatNumber } from '../../../src/lib/format';

describe('roundingMode', () => {
	it.each([
		// value, mode, nb text (U+00A0 groups, U+2212 minus)
		['16666.666666666666666666666666666666666667', 'ceil', '16\u00a0666,67'],
		['16666.666666666666666666666666666666666667', 'floor', '16\u00a0666,66'],
		['16666.666666666666666666666666666666666667', 'halfExpand', '16\u00a0666,67'],
		['1.001', 'floor', '1'],
		['1.001', 'ceil', '1,01'],
		['1.00', 'ceil', '1'],
		['-1.001', 'ceil', '\u22121'],
		['-1.001', 'floor', '\u22121,01'],
		['-0.001', 'ceil', '0'],
		['9.999', 'ceil', '10'],
		['0.125', 'floor', '0,12']
	] as const)('%s, %s → %s', (value, roundingMode, text) => {
		expect(formatNumber(value, 'nb', { roundingMode })).toBe(text);
	});

	it('money takes its fraction digits after rounding in the same direction', () => {
		// 1 234,001 kr towards +∞ is 1 234,01 kr, not 1 235 kr; towards −∞ it is 1 234 kr
		expect(formatMoney('1234.001', 'nb', 'NOK', { roundingMode: 'ceil' })).toBe(
			'1\u00a0234,01\u00a0kr'
		);
		expect(formatMoney('1234.001', 'nb', 'NOK', { roundingMode: 'floor' })).toBe(
			'1\u00a0234\u00a0kr'
		);
	});

	it('shares round their percentage', () => {
		// 0.1066… = 10.666… %: 10,67 % towards +∞, 10,66 % towards −∞
		expect(formatByUnit('0.10666666666', 'share', 'nb', 'NOK', 'ceil')).toBe('10,67\u00a0%');
		expect(formatByUnit('0.10666666666', 'share', 'nb', 'NOK', 'floor')).toBe('10,66\u00a0%');
	});

	it('writes what Intl writes with the same rounding mode (en, 0–3 fraction digits)', () => {
		const decimal = fc
			.tuple(fc.boolean(), fc.nat({ max: 10 ** 9 }), fc.stringMatching(/^\d{0,8}$/))
			.map(([negative, whole, fraction]) => {
				const text = fraction.replace(/0+$/, '')
					? `${whole}.${fraction.replace(/0+$/, '')}`
					: `${whole}`;
				return negative && text !== '0' ? `-${text}` : text;
			});
		fc.assert(
			fc.property(
				decimal,
				fc.constantFrom('ceil', 'floor', 'halfExpand'),
				fc.integer({ min: 0, max: 3 }),
				(value, roundingMode, digits) => {
					const intl = new Intl.NumberFormat('en-GB', {
						maximumFractionDigits: digits,
						roundingMode,
						signDisplay: 'negative'
					}).format(value as Intl.StringNumericLiteral);
					const ours = formatNumber(value, 'en', { maximumFractionDigits: digits, roundingMode });
					expect(ours).toBe(intl);
				}
			)
		);
	});
});
