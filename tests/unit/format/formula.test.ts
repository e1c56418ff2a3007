/**
 * Trail formulas as text. Joining spaces are plain U+0020; inside figures \u00a0 NO-BREAK SPACE
 * and \u2212 MINUS SIGN as the locale writes them.
 */
import { describe, expect, it } from 'vitest';
import { formulaSubstituted, formulaSymbols, type Locale } from '../../../src/lib/format';
import type { FormulaToken, Unit } from '../../../src/lib/model/types';

const ref = (id: string, value: string, unit: Unit): FormulaToken => ({
	kind: 'ref',
	id,
	value,
	unit
});
const num = (value: string, unit: Unit = 'factor'): FormulaToken => ({ kind: 'num', value, unit });
const op = (text: '×' | '÷' | '+' | '−' | '(' | ')' | '^'): FormulaToken => ({ kind: 'op', text });

// attributable = pop × s1 × (1 − dead), with pop 150 000, s1 0.1, dead 0.2
const attributable = [
	ref('pop', '150000', 'persons'),
	op('×'),
	ref('s1', '0.1', 'share'),
	op('×'),
	op('('),
	num('1'),
	op('−'),
	ref('dead', '0.2', 'share'),
	op(')')
];
// (1 + disc)^2 and (1 + disc)^(t − 1), with disc 0.04 and t 3
const discountSquared = [
	op('('),
	num('1'),
	op('+'),
	ref('disc', '0.04', 'share'),
	op(')'),
	op('^'),
	num('2')
];
const discountPower = [
	...discountSquared.slice(0, 6),
	op('('),
	ref('t', '3', 'years'),
	op('−'),
	num('1'),
	op(')')
];
const benefitSaving = [
	ref('active', '15000', 'persons'),
	op('×'),
	ref('ben', '250000', 'money'),
	op('×'),
	ref('work', '1', 'share')
];

describe('formulaSymbols', () => {
	it.each<[string, FormulaToken[], string]>([
		['attributable', attributable, 'pop × s1 × (1 − dead)'],
		['a squared discount', discountSquared, '(1 + disc)^2'],
		['a discount to a power', discountPower, '(1 + disc)^(t − 1)'],
		['benefit saving', benefitSaving, 'active × ben × work'],
		[
			'a unary minus',
			[
				op('−'),
				ref('x', '1', 'factor'),
				op('+'),
				op('('),
				op('−'),
				ref('y', '2', 'factor'),
				op(')')
			],
			'−x + (−y)'
		],
		['nothing', [], '']
	])('%s', (_name, tokens, expected) => {
		expect(formulaSymbols(tokens)).toBe(expected);
	});

	it('writes literal numbers canonically, or the locale’s way when given one', () => {
		const half = [num('0.5'), op('×'), ref('wage', '500000', 'money')];
		expect(formulaSymbols(half)).toBe('0.5 × wage');
		expect(formulaSymbols(half, 'nb')).toBe('0,5 × wage');
		expect(formulaSymbols(half, 'en')).toBe('0.5 × wage');
	});
});

describe('formulaSubstituted', () => {
	it.each<[string, FormulaToken[], Locale, string]>([
		['helped (DESIGN §5)', attributable.slice(0, 3), 'nb', '150\u00a0000 × 10\u00a0%'],
		['attributable', attributable, 'nb', '150\u00a0000 × 10\u00a0% × (1 − 20\u00a0%)'],
		['attributable', attributable, 'da', '150.000 × 10\u00a0% × (1 − 20\u00a0%)'],
		['attributable', attributable, 'en', '150,000 × 10% × (1 − 20%)'],
		['a squared discount', discountSquared, 'nb', '(1 + 4\u00a0%)^2'],
		['a discount to a power', discountPower, 'en', '(1 + 4%)^(3 − 1)'],
		['benefit saving', benefitSaving, 'nb', '15\u00a0000 × 250\u00a0000\u00a0kr × 100\u00a0%'],
		['benefit saving', benefitSaving, 'en', '15,000 × NOK\u00a0250,000 × 100%']
	])('%s in %s', (_name, tokens, locale, expected) => {
		expect(formulaSubstituted(tokens, locale, 'NOK')).toBe(expected);
	});

	it('brackets a negative value that follows another token, not a leading one', () => {
		const difference = [ref('a', '5', 'money'), op('−'), ref('b', '-3', 'money')];
		expect(formulaSubstituted(difference, 'nb', 'NOK')).toBe('5\u00a0kr − (\u22123\u00a0kr)');
		expect(formulaSubstituted(difference, 'en', 'NOK')).toBe('NOK\u00a05 − (-NOK\u00a03)');
		const leading = [ref('b', '-3', 'money'), op('+'), ref('a', '5', 'money')];
		expect(formulaSubstituted(leading, 'nb', 'NOK')).toBe('\u22123\u00a0kr + 5\u00a0kr');
		const inBrackets = [op('('), ref('b', '-3', 'factor'), op(')')];
		expect(formulaSubstituted(inBrackets, 'nb', 'NOK')).toBe('(\u22123)');
	});

	it('writes literal numbers as plain numbers in the locale, whatever their unit', () => {
		const tokens = [num('1', 'share'), op('−'), ref('dead', '0.25', 'share')];
		expect(formulaSubstituted(tokens, 'nb', 'NOK')).toBe('1 − 25\u00a0%');
		expect(formulaSubstituted([num('0.5'), op('×'), ref('x', '2', 'factor')], 'da', 'DKK')).toBe(
			'0,5 × 2'
		);
	});

	it('shows money in the scenario currency', () => {
		expect(formulaSubstituted([ref('ben', '250000', 'money')], 'da', 'DKK')).toBe(
			'250.000\u00a0kr.'
		);
	});
});
