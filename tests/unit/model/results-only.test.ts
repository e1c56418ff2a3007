import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	FUNNEL_KEYS,
	RESULT_IDS,
	resultOf,
	runModel,
	STEP_KINDS,
	type ModelInput
} from '../../../src/lib/model';
import { anyInput } from './arbitraries';
import { FIVE_YEARS } from './helpers';

/**
 * `anyInput` under every rules version, with a discount schedule or none and each funnel step of
 * any kind (a response with no return to work counts nobody in work from version 3).
 */
const anyRulesInput = fc
	.tuple(
		anyInput,
		fc.constantFrom(1 as const, 2 as const, 3 as const),
		fc.constantFrom(undefined, 'no' as const, 'dk' as const),
		fc.array(fc.constantFrom(...STEP_KINDS), { minLength: 8, maxLength: 8 })
	)
	.map(([input, version, schedule, kinds]) => ({
		...input,
		version,
		...(schedule === undefined ? {} : { schedule }),
		kinds: Object.fromEntries(FUNNEL_KEYS.map((key, index) => [key, kinds[index]!]))
	}));

describe('resultOf', () => {
	it('gives each result of a full run, to the digit, after a run that differs in one argument', () => {
		// The run before resultOf's changes one argument of the remembered series, so resultOf is
		// handed that run's series if the remembering ignores the argument. The reference is
		// worked out after a run that differs in every argument, so it remembers nothing.
		const change = fc.constantFrom(
			(input: ModelInput) => ({ ...input, drop: input.drop === '0.5' ? '0.4' : '0.5' }),
			(input: ModelInput) => ({ ...input, disc: input.disc === '0.5' ? '0.4' : '0.5' }),
			(input: ModelInput) => ({ ...input, years: input.years === 50 ? 49 : 50 }),
			(input: ModelInput) => ({ ...input, pop: `${input.pop}1` })
		);
		const unlike = (input: ModelInput, other: ModelInput): ModelInput => {
			const years = [1, 2, 3].find((t) => t !== input.years && t !== other.years)!;
			return { ...input, pop: '7', s1: '0.5', drop: '0.123', disc: '0.321', years };
		};
		fc.assert(
			fc.property(anyRulesInput, fc.constantFrom(...RESULT_IDS), change, (input, id, changed) => {
				const other = changed(input);
				runModel(unlike(input, other));
				const full = runModel(input).results[id];
				runModel(unlike(input, other));
				runModel(other);
				expect(resultOf(input, id)).toBe(full);
			}),
			{ numRuns: 400 }
		);
	});

	// The five-year case of five-years.test.ts, worked out by hand there (fiscal perspective).
	it.each([
		['pv_gross', '32662080'],
		['pv_net', '7662080'],
		['bcr', '1.3064832'],
		['break_even_cost', '130648.32'],
		['break_even_success', '0.6123308742125424957626703504492059293223'],
		['payback_year', '2']
	] as const)('gives %s of the five-year case: %s', (id, expected) => {
		expect(resultOf(FIVE_YEARS, id)).toBe(expected);
	});
});

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
