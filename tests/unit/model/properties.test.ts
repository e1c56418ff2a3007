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
	'tax_financing_cost',
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

/** Twice a figure; a figure that does not exist (the cost of public funds, uncounted) stays so. */
function double(value: string): string;
function double(value: string | null): string | null;
function double(value: string | null): string | null {
	return value === null ? null : new D(value).times(2).toFixed();
}

/**
 * The size a scale-free result (bcr, break-even) is judged against. With the cost of public
 * funds they are computed from gains = pv_net + (1 + mcpf) × pv_cost (docs/model.md,
 * "Precision"), a difference that cancels as many digits as the cost with its tax financing, F,
 * outweighs the gains: bcr = 1 + pv_net ÷ F is then good to 40 digits of 1, break_even_cost to 40
 * digits of the cost per participant, break_even_success to 40 digits less that cancellation.
 */
function scaleFreeSize(id: ResultId, input: ModelInput, { results }: ModelOutput): D {
	const value = new D(results[id] ?? 0).abs();
	if (input.persp !== 'society' || input.mcpf === undefined) return value;
	if (id === 'bcr') return D.max(value, 1);
	if (id === 'break_even_cost') return D.max(value, input.cost);
	const funded = new D(results.pv_cost!).times(new D(1).plus(input.mcpf));
	const gains = new D(results.pv_net!).plus(funded);
	return gains.isZero() ? value : value.times(D.max(1, funded.div(gains).abs()));
}

/** The present value of the cost of public funds: each year's divided as its net effect is. */
function pvTaxFinancing({ byYear }: ModelOutput): D {
	return byYear.reduce(
		(sum, row) =>
			row.tax_financing_cost === undefined
				? sum
				: sum.plus(new D(row.tax_financing_cost).times(row.discount_factor)),
		new D(0)
	);
}

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
					const expected = double(once.results[id] ?? null);
					const size = D.max(scale, new D(expected ?? 0).abs());
					expect(isClose(twice.results[id], expected, size)).toBe(true);
				}
				for (const id of SCALE_FREE_RESULTS) {
					const expected = once.results[id] ?? null;
					const size = scaleFreeSize(id, input, once);
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
					const net = new D(row.gross_effect)
						.minus(row.programme_cost)
						.minus(row.tax_financing_cost ?? 0);
					expect(row.net_effect).toBe(net.toFixed());
					cumulative = cumulative.plus(row.discounted_net);
					expect(new D(row.cumulative_pv).eq(cumulative)).toBe(true);
				}
				expect(byYear.slice(1).every((row) => row.programme_cost === '0')).toBe(true);
				expect(results.pv_net).toBe(byYear.at(-1)!.cumulative_pv);
				const output = { results, byYear, trail: [], warnings: [] };
				const difference = new D(results.pv_gross!)
					.minus(results.pv_cost!)
					.minus(pvTaxFinancing(output))
					.toFixed();
				const scale = moneyScale(output).plus(pvTaxFinancing(output).abs());
				expect(isClose(results.pv_net, difference, scale)).toBe(true);
			})
		);
	});

	it('gives pv_net = pv_gross − pv_cost − the cost of public funds exactly when nothing rounds', () => {
		fc.assert(
			fc.property(exactInput, (input) => {
				const output = runModel(input);
				const { pv_gross, pv_cost, pv_net } = output.results;
				const funds = pvTaxFinancing(output);
				expect(pv_net).toBe(new D(pv_gross!).minus(pv_cost!).minus(funds).toFixed());
				const counted = input.persp === 'society' && input.mcpf !== undefined;
				expect(output.results.tax_financing_cost === null).toBe(!counted);
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
	tax_financing_cost: 'money',
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
