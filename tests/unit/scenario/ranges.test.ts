/**
 * Inputs given as a range, `BASE:LOW:HIGH` (DESIGN.md §2 "Uncertainty"): read, checked and
 * written back canonically; every problem an issue naming the key.
 */
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/lib/scenario';

describe('a range in the URL', () => {
	it('keeps BASE as the input and LOW, HIGH as its range', () => {
		const { input } = decode('pop=150000:100000:200000&s1=0.1:0.05:0.15&ben=250000&v=2');
		expect(input?.pop).toBe('150000');
		expect(input?.s1).toBe('0.1');
		expect(input?.ranges).toEqual({
			pop: { low: '100000', high: '200000' },
			s1: { low: '0.05', high: '0.15' }
		});
	});

	it('is written back canonically, in full even when BASE is the default', () => {
		const { input } = decode('pop=1&s1=1.0:0.50:1&dead=0:0:0.30&v=2');
		expect(encode(input!)).toBe('pop=1&s1=1:0.5:1&dead=0:0:0.3&v=2');
	});

	it('is absent from a scenario without ranges', () => {
		expect(decode('pop=150000&s1=0.1&v=2').input).not.toHaveProperty('ranges');
	});

	it('may be collapsed (LOW = BASE = HIGH), even at 0 for an amount', () => {
		expect(decode('pop=1&health=0:0:0&v=2').input?.ranges).toEqual({
			health: { low: '0', high: '0' }
		});
	});

	it.each([
		// query, key, issue code
		['pop=1&s1=0.1:0.05&v=2', 's1', 'bad_range'],
		['pop=1&s1=0.1:0.05:0.15:0.2&v=2', 's1', 'bad_range'],
		['pop=1&s1=0.2:0.3:0.4&v=2', 's1', 'range_order'],
		['pop=1&s1=0.5:0.1:0.4&v=2', 's1', 'range_order'],
		['pop=1&s1=0.1:0.05:1.5&v=2', 's1', 'out_of_range'],
		['pop=1&s1=0.1:x:0.2&v=2', 's1', 'not_decimal'],
		['pop=1&s1=0.1::0.2&v=2', 's1', 'empty'],
		// a lognormal cannot have its 5th percentile at 0
		['pop=1&health=5:0:10&v=2', 'health', 'range_from_zero'],
		['pop=100:0:200&v=2', 'pop', 'range_from_zero'],
		// success must stay above 0 at every point of its range
		['pop=1&success=0.5:0:1&v=2', 'success', 'out_of_range_exclusive_min'],
		// years take no range
		['pop=1&years=2:1:3&v=2', 'years', 'not_whole']
	])('%s is refused on %s (%s)', (query, key, code) => {
		const { input, issues } = decode(query);
		expect(input).toBeNull();
		expect(issues.map((issue) => [issue.key, issue.code])).toEqual([[key, code]]);
	});

	it('accepts a share range that touches 0 (a beta can start there)', () => {
		expect(decode('pop=1&dead=0.1:0:0.3&v=2').input?.ranges).toEqual({
			dead: { low: '0', high: '0.3' }
		});
	});
});
