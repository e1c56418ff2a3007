import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/model/decimal';
import {
	runModel,
	type ModelInput,
	type ModelOutput,
	type ResultId,
	type Unit,
	type YearRow
} from '../../../src/lib/model';
import { anyInput, exactInput } from './arbitraries';
import { evaluate } from './helpers';

const PERSON_RESULTS: ResultId[] = ['helped', 'participants', 'attributable', 'active'];
const MONEY_RESULTS: ResultId[] = [
	'benefit_saving',
	'benefit_tax_lost',
	'net_benefit_saving',
	'tax_gain',
	'production_gain',
	'health_saving',
	'gross_effect',
	'programme_cost',
	'net_effect',
	'pv_gross',
	'pv_cost',
	'pv_net'
];
const SCALE_FREE_RESULTS: ResultId[] = ['bcr', 'break_even_cost', 'break_even_success'];
const ROW_FIGURES = [
	'active',
	'benefit_saving',
	'benefit_tax_lost',
	'net_benefit_saving',
	'tax_gain',
	'production_gain',
	'health_saving',
	'gross_effect',
	'programme_cost',
	'net_effect',
	'discounted_net',
	'cumulative_pv'
] as const satisfies (keyof YearRow)[];

const double = (value: string) => new D(value).times(2).toFixed();

/** |actual − expected| ≤ 1e-30 × scale (scale: the size of the money in play). */
function isClose(actual: string | null, expected: string | null, scale: D): boolean {
	if (actual === null || expected === null) return actual === expected;
	return new D(actual).minus(expected).abs().lte(scale.times('1e-30'));
}

/** The size of the money in play, so near-cancelling differences are judged fairly. */
function moneyScale({ results }: ModelOutput): D {
	return new D(results.pv_gross!).abs().plus(new D(results.pv_cost!).abs());
}

/** Found by fast-check: benefits saved, but nothing counted in the society perspective. */
const SOCIETY_WITHOUT_PRODUCTION: ModelInput = {
	pop: '94279676',
	s1: '0.0076',
	s2: '0.7517',
	s3: '0.1234',
	ben: '930928999158.84',
	btax: '0',
	wage: '0',
	wtax: '0',
	emp: '0',
	work: '0.6203',
	health: '0',
	cost: '0',
	success: '0.0001',
	dead: '0.4687',
	disp: '0.5096',
	drop: '0',
	years: 1,
	disc: '0',
	persp: 'society',
	version: 2
};

describe('runModel properties', () => {
	it('is linear in pop, exactly when nothing rounds', () => {
		fc.assert(
			fc.property(exactInput, (input) => {
				const once = runModel(input);
				const twice = runModel({ ...input, pop: double(input.pop) });
				for (const id of [...PERSON_RESULTS, ...MONEY_RESULTS]) {
					expect(twice.results[id]).toBe(double(once.results[id]!));
				}
				for (const id of [...SCALE_FREE_RESULTS, 'payback_year' as const]) {
					const [a, b] = [once.results[id], twice.results[id]];
					expect(a === null || b === null ? a === b : new D(a).eq(b)).toBe(true);
				}
				once.byYear.forEach((row, index) => {
					for (const figure of ROW_FIGURES) {
						expect(twice.byYear[index]![figure]).toBe(double(row[figure]));
					}
				});
			})
		);
	});

	it('is linear in pop within 1e-30 anywhere in the ranges', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const once = runModel(input);
				const twice = runModel({ ...input, pop: double(input.pop) });
				const scale = moneyScale(twice);
				for (const id of PERSON_RESULTS) {
					const expected = double(once.results[id]!);
					expect(isClose(twice.results[id]!, expected, new D(expected))).toBe(true);
				}
				for (const id of MONEY_RESULTS) {
					// Measured against the run's present values or the figure itself, whichever is
					// larger: in the society perspective a benefit saving can be large while pv_gross
					// (production and health only) is 0.
					const expected = double(once.results[id]!);
					const size = D.max(scale, new D(expected).abs());
					expect(isClose(twice.results[id]!, expected, size)).toBe(true);
				}
				for (const id of SCALE_FREE_RESULTS) {
					const expected = once.results[id] ?? null;
					const size = expected === null ? new D(0) : new D(expected).abs();
					expect(isClose(twice.results[id] ?? null, expected, size)).toBe(true);
				}
			}),
			{ examples: [[SOCIETY_WITHOUT_PRODUCTION]] }
		);
	});

	it('with disc = 0, pv_net is the plain sum of the net effects', () => {
		fc.assert(
			fc.property(anyInput, (discounted) => {
				const { results, byYear } = runModel({ ...discounted, disc: '0' });
				const sum = byYear.reduce((total, row) => total.plus(row.net_effect), new D(0));
				expect(results.pv_net).toBe(sum.toFixed());
				expect(byYear.every((row) => row.discount_factor === '1')).toBe(true);
				expect(byYear.every((row) => row.discounted_net === row.net_effect)).toBe(true);
			})
		);
	});

	it('adds the parts up to the totals, year by year', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const { results, byYear } = runModel(input);
				let cumulative = new D(0);
				for (const row of byYear) {
					const gross =
						input.persp === 'fiscal'
							? new D(row.net_benefit_saving).plus(row.tax_gain).plus(row.health_saving)
							: new D(row.production_gain).plus(row.health_saving);
					expect(row.net_benefit_saving).toBe(
						new D(row.benefit_saving).minus(row.benefit_tax_lost).toFixed()
					);
					expect(row.gross_effect).toBe(gross.toFixed());
					expect(row.net_effect).toBe(new D(row.gross_effect).minus(row.programme_cost).toFixed());
					cumulative = cumulative.plus(row.discounted_net);
					expect(new D(row.cumulative_pv).eq(cumulative)).toBe(true);
				}
				expect(byYear.slice(1).every((row) => row.programme_cost === '0')).toBe(true);
				expect(results.pv_net).toBe(byYear.at(-1)!.cumulative_pv);
				const difference = new D(results.pv_gross!).minus(results.pv_cost!).toFixed();
				expect(
					isClose(
						results.pv_net,
						difference,
						moneyScale({ results, byYear, trail: [], warnings: [] })
					)
				).toBe(true);
			})
		);
	});

	it('gives pv_net = pv_gross − pv_cost exactly when nothing rounds', () => {
		fc.assert(
			fc.property(exactInput, (input) => {
				const { results } = runModel(input);
				expect(results.pv_net).toBe(new D(results.pv_gross!).minus(results.pv_cost!).toFixed());
			})
		);
	});

	it('does not modify its input', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const before = structuredClone(input);
				runModel(Object.freeze(input));
				expect(input).toEqual(before);
			})
		);
	});
});

const STEP_UNITS: Record<ResultId, Unit> = {
	helped: 'persons',
	participants: 'persons',
	attributable: 'persons',
	active: 'persons',
	benefit_saving: 'money',
	benefit_tax_lost: 'money',
	net_benefit_saving: 'money',
	tax_gain: 'money',
	production_gain: 'money',
	health_saving: 'money',
	gross_effect: 'money',
	programme_cost: 'money',
	net_effect: 'money',
	pv_gross: 'money',
	pv_cost: 'money',
	pv_net: 'money',
	bcr: 'ratio',
	break_even_cost: 'money',
	break_even_success: 'share',
	payback_year: 'years'
};

/** The unit each input's `ref` token must carry. */
function inputUnit(key: keyof ModelInput): Unit {
	if (key === 'pop') return 'persons';
	return ['ben', 'wage', 'health', 'cost'].includes(key) ? 'money' : 'share';
}

describe('runModel trail properties', () => {
	it('agrees with the results and redoes every figure from its own tokens', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const { results, byYear, trail } = runModel(input);
				const seen = new Map<string, { value: string; unit: Unit }>();
				for (const step of trail) {
					expect(step.unit).toBe(STEP_UNITS[step.result]);
					if (step.year === undefined) expect(step.value).toBe(results[step.result]);
					else {
						expect(step.id).toBe(`${step.result}@${step.year}`);
						const row = byYear[step.year - 1]! as unknown as Record<string, string>;
						expect(step.value).toBe(row[step.result]);
					}
					for (const token of step.formula) {
						if (token.kind !== 'ref') continue;
						const earlier = seen.get(token.id);
						const named =
							earlier ??
							(token.id in input
								? {
										value: new D(input[token.id as keyof ModelInput] as string).toFixed(),
										unit: inputUnit(token.id as keyof ModelInput)
									}
								: undefined);
						expect({ id: token.id, value: token.value, unit: token.unit }).toEqual({
							id: token.id,
							...named
						});
					}
					if (step.value !== null && step.formula.length > 0) {
						expect(evaluate(step.formula).toFixed()).toBe(step.value);
					}
					if (step.value !== null) seen.set(step.id, { value: step.value, unit: step.unit });
				}
			})
		);
	});
});
