/**
 * What each funnel step measures, `k1` … `k8` (DESIGN.md §2): read, checked, written back
 * canonically (`other`, the default, left out) and handed to the model.
 */
import { describe, expect, it } from 'vitest';
import { decode, encode, toModelInput } from '../../../src/lib/scenario';

describe('a step kind in the URL', () => {
	it('is kept with its step and written after the labels', () => {
		const { input } = decode('pop=100&s1=0.15&s2=0.35&k2=resistant&k1=prev_life&l1=x&v=2');
		expect(input).toMatchObject({ k1: 'prev_life', k2: 'resistant' });
		expect(encode(input!)).toBe('pop=100&s1=0.15&s2=0.35&l1=x&k1=prev_life&k2=resistant&v=2');
	});

	it('is left out at its default, other', () => {
		const { input } = decode('pop=100&k1=other&v=2');
		expect(input).not.toHaveProperty('k1');
		expect(encode(input!)).toBe('pop=100&v=2');
	});

	it('goes to the model as the kind of its step', () => {
		const { input } = decode('pop=100&s1=0.5&s3=0.5&k1=response&k3=rtw&v=2');
		expect(toModelInput(input!).kinds).toEqual({ s1: 'response', s3: 'rtw' });
		expect(toModelInput(decode('pop=100&v=2').input!)).not.toHaveProperty('kinds');
	});

	it.each(['work', 'Response', '', 'prev_life '])(
		'refuses k1=%s, naming what is allowed',
		(value) => {
			const { input, issues } = decode(`pop=100&k1=${encodeURIComponent(value)}&v=2`);
			expect(input).toBeNull();
			expect(issues).toEqual([
				expect.objectContaining({
					key: 'k1',
					params: expect.objectContaining({
						allowed: 'prev_life, prev_year, resistant, response, remission, rtw, other'
					})
				})
			]);
		}
	);
});
