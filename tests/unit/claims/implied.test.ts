import { describe, expect, it } from 'vitest';
import { evaluateClaims, impliedAssumptions } from '../../../src/lib/claims/index';
import type { Claim, ImpliedAssumption } from '../../../src/lib/claims/types';
import { D } from '../../../src/lib/model/decimal';
import { runModel } from '../../../src/lib/model/index';
import type { ModelInput } from '../../../src/lib/model/types';

/** The model's defaults (DESIGN.md §2) with `pop` and whatever else is given. */
function scenario(values: Partial<ModelInput>): ModelInput {
	return {
		pop: '0',
		s1: '1',
		ben: '0',
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
		version: 2,
		...values
	};
}

/** The seed: 150 000 × 10 % × 250 000 kr = 3 750 000 000 kr a year. */
const SEED = scenario({ pop: '150000', s1: '0.1', ben: '250000' });

const claim = (metric: Claim['metric'], op: Claim['op'], value: string): Claim => ({
	id: 'c1',
	metric,
	op,
	value
});

/** Every input in report order, `null` unless listed. */
function expected(
	found: Partial<Record<ImpliedAssumption['key'], [string, 'above' | 'below' | 'at']>>
) {
	const keys = [
		'pop',
		's1',
		'ben',
		'btax',
		'wage',
		'wtax',
		'emp',
		'work',
		'health',
		'cost'
	] as const;
	const rest = ['success', 'dead', 'disp', 'drop', 'years', 'disc'] as const;
	return [...keys, ...rest].map((key): ImpliedAssumption => {
		const entry = found[key];
		return entry === undefined
			? { key, value: null }
			: { key, value: entry[0], direction: entry[1] };
	});
}

function entry(implied: ImpliedAssumption[], key: ImpliedAssumption['key']) {
	const found = implied.find((item) => item.key === key);
	if (found === undefined) throw new Error(`no entry for ${key}`);
	return found;
}

/** |value − expected| ≤ 1e-10 × |expected|: ten significant digits. */
function closeTo(value: string | null, expectedValue: string): boolean {
	if (value === null) return false;
	const want = new D(expectedValue);
	return new D(value).minus(want).abs().lte(want.abs().times('1e-10'));
}

describe('implied assumptions of the seed claim "over 4 milliarder"', () => {
	const [result] = evaluateClaims(
		[claim('gross_effect', 'gt', '4000000000')],
		SEED,
		runModel(SEED)
	);

	it('does not hold, 250 million short', () => {
		// 3 750 000 000 − 4 000 000 000 = −250 000 000; ÷ 4 000 000 000 = −0.0625
		expect(result).toMatchObject({
			verdict: 'does_not_hold',
			difference: '-250000000',
			relative_difference: '-0.0625'
		});
	});

	it('names, for every input alone, the value that would make it hold', () => {
		expect(result?.implied).toStrictEqual(
			expected({
				// 4e9 ÷ (0.1 × 250 000) = 4e9 ÷ 25 000 = 160 000, exactly
				pop: ['160000', 'above'],
				// 4e9 ÷ (150 000 × 250 000) = 4e9 ÷ 3.75e10 = 0.10666…: 40 significant digits are
				// 1, 0, thirty-seven 6s and a 7
				s1: ['0.10' + '6'.repeat(37) + '7', 'above'],
				// 4e9 ÷ 15 000 helped = 266 666.666…: 6 digits before the point, 34 after
				ben: ['266666.' + '6'.repeat(33) + '7', 'above'],
				// (4e9 − 3.75e9) ÷ 15 000 = 250 000 000 ÷ 15 000 = 16 666.666…: 5 + 35 digits
				health: ['16666.' + '6'.repeat(34) + '7', 'above']
				// btax only lowers the figure; wage does nothing while wtax + emp = 0, nor wtax and
				// emp while wage = 0; work at its maximum 1 gives 3.75e9; dead and disp only lower
				// it; cost, success, drop, years and disc do not enter a year-1 gross figure.
			})
		);
	});
});

describe('an eq claim: where only one value of each input gives the figure', () => {
	it('is "at" that value, exact', () => {
		// benefit_saving = pop × s1 × (1 − dead) × (1 − disp) × ben × work = 3.75e9; to give 3e9:
		// pop = 3e9 ÷ 25 000 = 120 000; s1 = 3e9 ÷ 3.75e10 = 0.08; ben = 3e9 ÷ 15 000 = 200 000;
		// work = 3e9 ÷ 3.75e9 = 0.8; 1 − dead = 0.8 → dead = 0.2; disp likewise.
		const implied = impliedAssumptions(claim('benefit_saving', 'eq', '3000000000'), SEED);
		expect(implied).toStrictEqual(
			expected({
				pop: ['120000', 'at'],
				s1: ['0.08', 'at'],
				ben: ['200000', 'at'],
				work: ['0.8', 'at'],
				dead: ['0.2', 'at'],
				disp: ['0.2', 'at']
			})
		);
	});
});

describe('non-affine inputs, found by numeric search', () => {
	// 1 000 people × 100 000 kr over 3 years with 60 % drop-off: 1e8 × (1 + 0.4 + 0.16) = 1.56e8.
	// For 1.75e8: 1 + u + u² = 1.75 with u = 1 − drop → u = 0.5 → drop = 0.5.
	const dropping = scenario({ pop: '1000', ben: '100000', years: 3, drop: '0.6' });

	it('pv_net ≥ 175 000 000 needs drop-off below 0.5', () => {
		const implied = impliedAssumptions(claim('pv_net', 'ge', '175000000'), dropping);
		const drop = entry(implied, 'drop');
		expect(drop.direction).toBe('below');
		expect(closeTo(drop.value, '0.5')).toBe(true);
		// ben is affine: 1.75e8 ÷ (1 000 × 1.56) = 112 179.487179…, exact to 40 digits
		expect(entry(implied, 'ben')).toStrictEqual({
			key: 'ben',
			value: '112179.' + '487179'.repeat(5) + '4872',
			direction: 'above'
		});
		// the horizon cannot do it: 1e8 × (1 + 0.4 + 0.16 + …) < 1e8 ÷ 0.6 ≈ 1.667e8
		expect(entry(implied, 'years')).toStrictEqual({ key: 'years', value: null });
		// s1 is already 1, its maximum
		expect(entry(implied, 's1')).toStrictEqual({ key: 's1', value: null });
	});

	it('pv_net ≈ 175 000 000 is at drop-off 0.5', () => {
		const implied = impliedAssumptions(claim('pv_net', 'approx', '175000000'), dropping);
		const drop = entry(implied, 'drop');
		expect(drop.direction).toBe('at');
		expect(closeTo(drop.value, '0.5')).toBe(true);
	});

	it('pv_net ≥ 197 656 250 over 2 years needs a discount rate below 2.4 %', () => {
		// 1e8 × (1 + 1 ÷ 1.04) ≈ 1.9615e8 at 4 %. 1 ÷ 1.024 = 0.9765625, so at 2.4 % the two
		// years give 1e8 × 1.9765625 = 197 656 250 exactly.
		const discounted = scenario({ pop: '1000', ben: '100000', years: 2, disc: '0.04' });
		const implied = impliedAssumptions(claim('pv_net', 'ge', '197656250'), discounted);
		const disc = entry(implied, 'disc');
		expect(disc.direction).toBe('below');
		expect(closeTo(disc.value, '0.024')).toBe(true);
		// a third year at 4 % adds 1e8 ÷ 1.0816 ≈ 0.92e8: 3 is the smallest horizon that works
		expect(entry(implied, 'years')).toStrictEqual({ key: 'years', value: '3', direction: 'above' });
	});

	it('programme_cost ≤ 1 250 000 needs success above 0.8', () => {
		// 1 000 helped ÷ 0.5 success = 2 000 participants × 1 000 kr = 2 000 000.
		// 1 000 ÷ success × 1 000 = 1 250 000 → success = 0.8 (a hyperbola: numeric);
		// cost = 1 250 000 ÷ 2 000 = 625; pop = 625 (× 2 × 1 000); s1 = 0.625 (exact, affine).
		const input = scenario({ pop: '1000', cost: '1000', success: '0.5' });
		const implied = impliedAssumptions(claim('programme_cost', 'le', '1250000'), input);
		expect(closeTo(entry(implied, 'success').value, '0.8')).toBe(true);
		expect(entry(implied, 'success').direction).toBe('above');
		expect(implied.filter((item) => item.key !== 'success')).toStrictEqual(
			expected({ pop: ['625', 'below'], s1: ['0.625', 'below'], cost: ['625', 'below'] }).filter(
				(item) => item.key !== 'success'
			)
		);
	});

	it('bcr > 2 with no programme cost: cost below 125 000, not "above 0"', () => {
		// bcr does not exist at cost 0; it is 3.75e9 ÷ (15 000 × cost), above 2 for cost < 125 000.
		const result = evaluateClaims([claim('bcr', 'gt', '2')], SEED, runModel(SEED))[0]!;
		expect(result).toMatchObject({ verdict: 'does_not_hold', difference: null });
		const cost = entry(result.implied, 'cost');
		expect(cost.direction).toBe('below');
		expect(closeTo(cost.value, '125000')).toBe(true);
		// no other input gives a ratio without a cost
		expect(result.implied.filter((item) => item.value !== null).map((item) => item.key)).toEqual([
			'cost'
		]);
	});
});

describe('edges of the allowed range', () => {
	const halfTime = scenario({ pop: '150000', s1: '0.1', ben: '250000', work: '0.5' });

	it('a strict claim reached only at the top of the range has no value', () => {
		// 1.875e9 at half-time; work = 1 gives exactly 3.75e9, which is not > 3.75e9
		const implied = impliedAssumptions(claim('gross_effect', 'gt', '3750000000'), halfTime);
		expect(entry(implied, 'work')).toStrictEqual({ key: 'work', value: null });
	});

	it('a non-strict one holds at the top', () => {
		const implied = impliedAssumptions(claim('gross_effect', 'ge', '3750000000'), halfTime);
		expect(entry(implied, 'work')).toStrictEqual({ key: 'work', value: '1', direction: 'above' });
	});

	it('years: the largest horizon below that works, and "at" for an eq claim', () => {
		// pv_net = 3.75e9 × years with no discounting
		const long = { ...SEED, years: 5 };
		const below = impliedAssumptions(claim('pv_net', 'le', '7500000000'), long);
		expect(entry(below, 'years')).toStrictEqual({ key: 'years', value: '2', direction: 'below' });
		const at = impliedAssumptions(claim('pv_net', 'eq', '11250000000'), long);
		expect(entry(at, 'years')).toStrictEqual({ key: 'years', value: '3', direction: 'at' });
	});

	it('lists s2 … s8 only when the scenario has them', () => {
		const funnel = { ...SEED, s1: '0.2', s3: '0.5' };
		const implied = impliedAssumptions(claim('helped', 'gt', '20000'), funnel);
		expect(implied.map((item) => item.key).slice(0, 4)).toEqual(['pop', 's1', 's3', 'ben']);
		// helped = 150 000 × 0.2 × 0.5 = 15 000; 20 000 ÷ (150 000 × 0.2) = 0.666…
		expect(entry(implied, 's3')).toStrictEqual({
			key: 's3',
			value: '0.' + '6'.repeat(39) + '7',
			direction: 'above'
		});
	});
});

describe('evaluateClaims', () => {
	it('keeps the order and fields of the claims, and lists no implied values for one that holds', () => {
		const claims: Claim[] = [
			{ id: 'c1', metric: 'benefit_saving', op: 'approx', value: '3750000000', sig: 3 },
			{ id: 'c2', metric: 'gross_effect', op: 'gt', value: '4000000000' }
		];
		const [holds, fails] = evaluateClaims(claims, SEED, runModel(SEED));
		expect(holds).toStrictEqual({
			...claims[0],
			verdict: 'holds',
			difference: '0',
			relative_difference: '0',
			implied: []
		});
		expect(fails?.id).toBe('c2');
		expect(fails?.implied).toHaveLength(16);
	});

	it('leaves the implied values out when asked, and keeps the verdict and difference', () => {
		const claims: Claim[] = [{ id: 'c2', metric: 'gross_effect', op: 'gt', value: '4000000000' }];
		const [quick] = evaluateClaims(claims, SEED, runModel(SEED), { implied: false });
		// gross effect 3 750 000 000 − claimed 4 000 000 000 = −250 000 000, ÷ 4e9 = −0.0625
		expect(quick).toStrictEqual({
			...claims[0],
			verdict: 'does_not_hold',
			difference: '-250000000',
			relative_difference: '-0.0625',
			implied: [],
			// (4e9 − 3.75e9) ÷ 15 000 persons in work = 16 666.666…, 5 + 35 digits; now 0
			combined: {
				parts: ['tax_gain', 'health_saving'],
				value: '16666.' + '6'.repeat(34) + '7',
				current: '0',
				direction: 'above'
			}
		});
	});

	it('lists no implied values for a claim that holds after rounding', () => {
		// 3.75e9 at 2 digits, half-up: 3.8e9
		const claims: Claim[] = [
			{ id: 'c1', metric: 'benefit_saving', op: 'approx', value: '3800000000', sig: 2 }
		];
		const [result] = evaluateClaims(claims, SEED, runModel(SEED));
		expect(result).toMatchObject({ verdict: 'holds_after_rounding', implied: [] });
	});
});
