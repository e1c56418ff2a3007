import { describe, expect, it } from 'vitest';
import type { FormulaToken } from '../../../src/lib/model';
import { evaluate, isNear } from './helpers';

// The evaluator is what the trail properties lean on, so it gets its own checks.
const n = (value: string): FormulaToken => ({ kind: 'num', value, unit: 'factor' });
const op = (text: '×' | '÷' | '+' | '−' | '(' | ')' | '^'): FormulaToken => ({ kind: 'op', text });

describe('test evaluator', () => {
	it.each([
		// 2 + 3 × 4 = 14
		[[n('2'), op('+'), n('3'), op('×'), n('4')], '14'],
		// 10 − 4 − 3 = 3 (left to right)
		[[n('10'), op('−'), n('4'), op('−'), n('3')], '3'],
		// 8 ÷ ( 1 + 0.25 ) ^ 2 = 8 ÷ 1.5625 = 5.12
		[[n('8'), op('÷'), op('('), n('1'), op('+'), n('0.25'), op(')'), op('^'), n('2')], '5.12'],
		// 2 ^ 3 ^ 2 = 2 ^ 9 = 512
		[[n('2'), op('^'), n('3'), op('^'), n('2')], '512']
	])('evaluates %#', (formula, expected) => {
		expect(evaluate(formula).toFixed()).toBe(expected);
	});

	it('compares relatively', () => {
		expect(isNear('1000000', '1000000.001', '1e-10')).toBe(false);
		expect(isNear('1000000', '1000000.001', '1e-9')).toBe(true);
		expect(isNear('0', '0', '1e-30')).toBe(true);
	});
});
