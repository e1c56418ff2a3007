/**
 * Scenario B in the form: an input added to B starts from A's value (the perspective from the
 * other one), with JavaScript and in a form sent without it.
 */
import { describe, expect, it } from 'vitest';
import { readSubmission } from '../../../src/lib/form';
import { startOfComparison } from '../../../src/lib/form/comparison-fields';
import '../../../src/lib/i18n/all-locales';

const submitted = (query: string) =>
	readSubmission(new Map(new URLSearchParams(query)), 'nb').params;

describe('an input added to scenario B', () => {
	it('starts from A’s value as the field writes it, or from the other perspective', () => {
		const fields: Record<string, string> = { dead: '10 %', persp: '' };
		const valueOf = (key: string) => fields[key] ?? '';
		expect(startOfComparison('b_dead', valueOf)).toBe('10 %');
		expect(startOfComparison('b_persp', valueOf)).toBe('society');
		expect(startOfComparison('b_persp', () => 'society')).toBe('fiscal');
		// A has no cost of public funds: B's starts blank, and needs a value
		expect(startOfComparison('b_mcpf', valueOf)).toBe('');
	});

	it('is added by a form sent without JavaScript, from A’s value or its default', () => {
		expect(submitted('pop=150+000&dead=10+%25&b_add=b_dead')).toEqual(
			new Map([
				['pop', '150000'],
				['dead', '0.1'],
				['b_dead', '0.1']
			])
		);
		expect(submitted('pop=1&b_add=b_work')).toEqual(
			new Map([
				['pop', '1'],
				['b_work', '1']
			])
		);
		expect(submitted('pop=1&persp=society&b_add=b_persp')?.get('b_persp')).toBe('fiscal');
	});

	it('leaves an override already there as the reader set it, and a blank choice alone', () => {
		expect(submitted('pop=1&dead=0.1&b_dead=0.3&b_add=b_dead')?.get('b_dead')).toBe('0.3');
		// The choice is taken out of the address either way
		expect(submitted('pop=1&b_add=')).toEqual(new Map([['pop', '1']]));
		expect(submitted('pop=1&b_add=pop')).toEqual(new Map([['pop', '1']]));
	});
});
