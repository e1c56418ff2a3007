import { describe, expect, it } from 'vitest';
import { rangeOf, YEARS_MAX, YEARS_MIN } from '../../../src/lib/claims/input-ranges';
import type { DecimalInputKey } from '../../../src/lib/model/types';
import { RULES } from '../../../src/lib/scenario/rules';

/** The implied-assumption search must search exactly the values the URL schema allows. */
const DECIMAL_KEYS: DecimalInputKey[] = [
	'pop',
	's1',
	's2',
	's3',
	's4',
	's5',
	's6',
	's7',
	's8',
	'ben',
	'btax',
	'wage',
	'wtax',
	'emp',
	'work',
	'health',
	'cost',
	'success',
	'dead',
	'disp',
	'drop',
	'disc'
];

describe('the search ranges of implied assumptions', () => {
	it.each(DECIMAL_KEYS)('%s spans the range the schema allows', (key) => {
		const rule = RULES[key];
		const range = rangeOf(key);
		expect(rule.kind).toBe('decimal');
		if (rule.kind !== 'decimal') return;
		expect(range.lo.toFixed()).toBe(rule.min);
		expect(range.hi.toFixed()).toBe(rule.max);
		expect(range.lowOpen).toBe(rule.minExclusive === true);
	});

	it('searches years over the whole numbers the schema allows', () => {
		expect(RULES.years).toEqual({ kind: 'whole', min: YEARS_MIN, max: YEARS_MAX });
	});
});
