import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/lib/model';
import { anyInput } from './arbitraries';

describe('runModel with { trail: false }', () => {
	it('gives the same results as a full run, with no trail and no by-year rows', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const full = runModel(input);
				const quiet = runModel(input, { trail: false });
				expect(quiet.results).toEqual(full.results);
				expect(quiet.trail).toEqual([]);
				expect(quiet.byYear).toEqual([]);
			}),
			{ numRuns: 100 }
		);
	});

	it('still computes the seed: 150 000 × 0.1 × 250 000 = 3 750 000 000', () => {
		const input = {
			pop: '150000',
			s1: '0.1',
			ben: '250000',
			btax: '0',
			wage: '0',
			wtax: '0',
			emp: '0',
			work: '1',
			health: '0',
			cost: '0',
			success: '1',
			dead: '0',
			disp: '0',
			drop: '0',
			years: 1,
			disc: '0',
			persp: 'fiscal',
			version: 2
		} as const;
		expect(runModel(input, { trail: false }).results.benefit_saving).toBe('3750000000');
	});
});
