/**
 * The simulation of a scenario with ranges: reproducible from its seed, exact where nothing
 * varies, and with intervals and probabilities where the fitted distributions put them.
 *
 * Expected figures come from the fit rule (LOW and HIGH are the 5th and 95th percentiles), by
 * hand: with `s1=0.1:0.05:0.15` the saving 150 000 × s1 × 250 000 has its 5th percentile at
 * 150 000 × 0.05 × 250 000 = 1 875 000 000 and its 95th at 150 000 × 0.15 × 250 000 =
 * 5 625 000 000. Estimates from 10 000 draws are checked to within a few standard errors.
 */
import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/lib/model';
import { decode, toModelInput, type Scenario } from '../../../src/lib/scenario';
import { simulate } from '../../../src/lib/uncertainty/simulate';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(`${query}: ${JSON.stringify(issues)}`);
	return input;
}

function simulationOf(query: string, n?: number, seed?: number) {
	const scenario = scenarioOf(query);
	const input = toModelInput(scenario);
	return simulate({
		input,
		ranges: scenario.ranges ?? {},
		claims: scenario.claims,
		exact: runModel(input).results,
		n: n ?? scenario.n,
		seed: seed ?? scenario.seed
	});
}

function ok(outcome: ReturnType<typeof simulate>) {
	if (!outcome.ok) throw new Error(`no simulation: ${outcome.key} ${outcome.code}`);
	return outcome.simulation;
}

/** |actual − expected| ≤ tolerance × |expected|. */
function near(actual: string, expected: string, tolerance: number): boolean {
	return Math.abs(Number(actual) - Number(expected)) <= tolerance * Math.abs(Number(expected));
}

const SEED_RANGED = 'pop=150000&s1=0.1:0.05:0.15&ben=250000&v=2';

describe('simulate', () => {
	it('gives every result its exact point value when every range is collapsed', () => {
		const simulation = ok(
			simulationOf('pop=150000:150000:150000&s1=0.1:0.1:0.1&ben=250000&c1=helped:gt:20000&v=2')
		);
		expect(simulation.results.benefit_saving).toEqual({
			mean: '3750000000',
			median: '3750000000',
			p5: '3750000000',
			p95: '3750000000'
		});
		expect(simulation.results.bcr).toBeNull();
		expect(simulation.pv_net_positive).toBe('1');
		expect(simulation.claims).toEqual([{ id: 'c1', holds: '0' }]);
	});

	it('is the same for the same seed and n, and differs for another seed', () => {
		const first = ok(simulationOf(SEED_RANGED));
		expect(ok(simulationOf(SEED_RANGED))).toEqual(first);
		expect(ok(simulationOf(SEED_RANGED, undefined, 2)).results.benefit_saving).not.toEqual(
			first.results.benefit_saving
		);
		expect(first).toMatchObject({ n: 10000, seed: 1 });
	});

	it('puts the 90 % interval of a result linear in one ranged share at its LOW and HIGH', () => {
		const saving = ok(simulationOf(SEED_RANGED)).results.benefit_saving!;
		expect(near(saving.p5, '1875000000', 0.02)).toBe(true);
		expect(near(saving.p95, '5625000000', 0.02)).toBe(true);
		expect(Number(saving.p5)).toBeLessThan(Number(saving.median));
		expect(Number(saving.median)).toBeLessThan(Number(saving.p95));
	});

	it('keeps a result that no ranged input moves at its exact value', () => {
		// break_even_cost = ben × success: neither varies.
		expect(ok(simulationOf(SEED_RANGED)).results.break_even_cost).toEqual({
			mean: '250000',
			median: '250000',
			p5: '250000',
			p95: '250000'
		});
	});

	it('gives the share of draws in which each claim holds', () => {
		// The saving is at least its 5th percentile in 95 % of draws, at most its 95th in 95 %,
		// and exactly 15 000 people (a continuous draw) in none.
		const { claims } = ok(
			simulationOf(
				`${SEED_RANGED}&c1=benefit_saving:ge:1875000000&c2=benefit_saving:le:5625000000&c3=helped:eq:15000`
			)
		);
		expect(claims.map(({ id }) => id)).toEqual(['c1', 'c2', 'c3']);
		expect(near(claims[0]!.holds, '0.95', 0.01)).toBe(true);
		expect(near(claims[1]!.holds, '0.95', 0.01)).toBe(true);
		expect(claims[2]!.holds).toBe('0');
	});

	it('gives P(pv_net > 0) as the share of draws with a positive net present value', () => {
		// Cost per participant lognormal with median √(125 000 × 500 000) = 250 000, the
		// break-even cost: the net value is positive in about half the draws.
		const simulation = ok(
			simulationOf('pop=150000&s1=0.1&ben=250000&cost=250000:125000:500000&c1=pv_net:gt:0&v=2')
		);
		expect(near(simulation.pv_net_positive, '0.5', 0.04)).toBe(true);
		expect(simulation.claims).toEqual([{ id: 'c1', holds: simulation.pv_net_positive }]);
	});

	it('writes a probability as an exact share of n draws', () => {
		const { pv_net_positive } = ok(
			simulationOf('pop=150000&s1=0.1&ben=250000&cost=250000:125000:500000&v=2', 100)
		);
		expect(pv_net_positive).toMatch(/^(0(\.\d\d?)?|1)$/);
	});

	it('names the input whose range no distribution fits', () => {
		expect(simulationOf('pop=1&s1=0.1:0.1:0.10000000000000002&v=2')).toEqual({
			ok: false,
			key: 's1',
			code: 'no_beta_fit'
		});
	});
});
