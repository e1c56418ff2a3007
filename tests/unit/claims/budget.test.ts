import { describe, expect, it } from 'vitest';
import { WORST_QUERY } from '../../../bench/urls';
import {
	evaluateClaims,
	impliedAssumptions,
	IMPLIED_WORK_UNITS,
	WorkBudget
} from '../../../src/lib/claims/index';
import { runCost } from '../../../src/lib/claims/budget';
import type { Claim } from '../../../src/lib/claims/types';
import { runModel } from '../../../src/lib/model/index';
import { decode, toModelInput } from '../../../src/lib/scenario';
import { modelInput } from '../model/helpers';

const SEED = modelInput({ pop: '150000', s1: '0.1', ben: '250000' });
const OVER_FOUR_BILLION: Claim = {
	id: 'c2',
	metric: 'gross_effect',
	op: 'gt',
	value: '4000000000'
};

describe('runCost: a run of the model, in units of about 5 µs', () => {
	it.each([
		// 5 fixed, ⌈years ÷ 8⌉, and years once more for each of drop and disc when not 0
		[{ years: 1 }, 6],
		[{ years: 3 }, 6],
		[{ years: 9 }, 7],
		[{ years: 50 }, 12],
		[{ years: 50, drop: '0.1' }, 62],
		[{ years: 50, disc: '0.04' }, 62],
		[{ years: 50, drop: '0.1', disc: '0.04' }, 112],
		[{ years: 1, drop: '0.1', disc: '0.04' }, 8]
	])('%o costs %i', (overrides, units) => {
		expect(runCost(modelInput({ pop: '1', ...overrides }))).toBe(units);
	});
});

describe('WorkBudget', () => {
	it('counts what is spent and refuses a run it cannot pay for', () => {
		const budget = new WorkBudget(10);
		budget.spend(4);
		budget.spend(6);
		expect([budget.spent, budget.runs, budget.exhausted]).toStrictEqual([10, 2, true]);
		expect(() => budget.spend(1)).toThrow('out of budget');
	});

	it('refuses a run costing more than is left, and then everything', () => {
		const budget = new WorkBudget(10);
		expect(() => budget.spend(11)).toThrow('out of budget');
		expect(budget.exhausted).toBe(true);
		expect(() => budget.spend(1)).toThrow('out of budget');
	});

	it('stops at a deadline that has passed, and says the deadline stopped it', () => {
		let clock = 0;
		const budget = new WorkBudget(100, { now: () => clock, until: 5 });
		budget.spend(1);
		clock = 6;
		expect(() => budget.spend(1)).toThrow('out of budget');
		expect([budget.timedOut, budget.spent]).toStrictEqual([true, 1]);
	});

	it('is not timed out when the count ran out first', () => {
		const budget = new WorkBudget(1, { now: () => 0, until: 5 });
		budget.spend(1);
		expect(() => budget.spend(1)).toThrow('out of budget');
		expect(budget.timedOut).toBe(false);
	});
});

describe('the implied-assumption search within its budget', () => {
	const output = runModel(SEED);

	it('reports the inputs it had no budget for as not searched, never as a value', () => {
		// A run over 1 year without drop-off or discounting costs 5 + 1 = 6 units. pop is affine:
		// 2 probes, the root and a hair beyond it (gt is strict) = 4 runs, 24 units; s1's first
		// run would be the 25th to 30th unit.
		const implied = impliedAssumptions(OVER_FOUR_BILLION, SEED, {
			output,
			budget: new WorkBudget(24 + 5)
		});
		expect(implied.slice(0, 3)).toStrictEqual([
			{ key: 'pop', value: '160000', direction: 'above' },
			{ key: 's1', value: null, searched: false },
			{ key: 'ben', value: null, searched: false }
		]);
		// cost cannot move a year-1 gross effect: the trail shows it, no run is needed, so it is
		// answered even with the budget spent.
		expect(implied.find((entry) => entry.key === 'cost')).toStrictEqual({
			key: 'cost',
			value: null
		});
	});

	it('gives the same answer with a budget just large enough as with none', () => {
		const unbounded = new WorkBudget(Number.MAX_SAFE_INTEGER);
		const full = impliedAssumptions(OVER_FOUR_BILLION, SEED, { output, budget: unbounded });
		const exact = impliedAssumptions(OVER_FOUR_BILLION, SEED, {
			output,
			budget: new WorkBudget(unbounded.spent)
		});
		expect(exact).toStrictEqual(full);
		expect(full.some((entry) => entry.searched === false)).toBe(false);
	});

	it('costs no run for an input the metric does not depend on', () => {
		// benefit_saving = active × ben × work: wage, wtax, emp, health, cost, success, drop,
		// years (a year-1 figure) and disc cannot move it.
		const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);
		const claim: Claim = { id: 'c1', metric: 'benefit_saving', op: 'gt', value: '4000000000' };
		impliedAssumptions(claim, SEED, { output, budget });
		// pop, s1, ben: 4 runs each; work (1 is its top: root outside) 2; dead, disp 2 each (root
		// below 0); btax is not in benefit_saving.
		expect(budget.runs).toBe(18);
	});
});

describe('the costliest URL of the benchmark', () => {
	const decoded = decode(WORST_QUERY);
	const scenario = decoded.input!;
	const input = toModelInput(scenario);
	const budget = new WorkBudget();
	const claims = evaluateClaims(scenario.claims, input, runModel(input), { budget });

	it('is valid, and its claims do not hold', () => {
		expect(decoded.issues).toStrictEqual([]);
		expect(claims.map((claim) => claim.verdict)).toStrictEqual(Array(4).fill('does_not_hold'));
	});

	it('stays within the work budget: at most 6 000 units, 53 runs of 50 years', () => {
		// A 50-year run with drop-off and discounting: 5 + ⌈50 ÷ 8⌉ + 50 × 2 = 112 units, and
		// 6 000 ÷ 112 = 53.6.
		expect(IMPLIED_WORK_UNITS).toBe(6000);
		expect(runCost(input)).toBe(112);
		expect(budget.spent).toBeLessThanOrEqual(6000);
		expect(budget.runs).toBeLessThanOrEqual(53);
	});

	it('says which inputs it did not search, for every claim', () => {
		for (const claim of claims) {
			expect(claim.implied).toHaveLength(23);
			expect(claim.implied.some((entry) => entry.searched === false)).toBe(true);
			for (const entry of claim.implied.filter((item) => item.searched === false)) {
				expect(entry.value).toBeNull();
			}
		}
	});
});
