import { describe, expect, it } from 'vitest';
import { approxTolerance, checkClaim, significantDigitsOf } from '../../../src/lib/claims/verdict';
import { D, toCanonical } from '../../../src/lib/model/decimal';
import type { Claim } from '../../../src/lib/claims/types';
import { RESULT_IDS, type ResultId, type Results } from '../../../src/lib/model/types';

/** Results with every figure absent but `metric`. */
function resultsWith(metric: ResultId, value: string | null): Results {
	const results = Object.fromEntries(RESULT_IDS.map((id) => [id, null])) as Results;
	results[metric] = value;
	return results;
}

function claim(op: Claim['op'], value: string, sig?: number): Claim {
	const base: Claim = { id: 'c1', metric: 'gross_effect', op, value };
	return sig === undefined ? base : { ...base, sig };
}

// 1 ÷ 3 750 = 0.000266…: 40 significant digits are a 2, thirty-eight 6s and a 7 (the 41st digit
// is a 6, so the 40th rounds up).
const TWO_SIXES = '2' + '6'.repeat(38) + '7';

describe('checkClaim', () => {
	it.each([
		// computed, op, claimed, sig, verdict, difference, relative difference
		// eq: exact equality only
		['3750000000', 'eq', '3750000000', undefined, 'holds', '0', '0'],
		// 375 ÷ 3 750 000 000 = 0.0000001
		['3750000375', 'eq', '3750000000', undefined, 'does_not_hold', '375', '0.0000001'],
		// eq never rounds: 3 749 000 000 is not 3 750 000 000
		[
			'3749000000',
			'eq',
			'3750000000',
			undefined,
			'does_not_hold',
			'-1000000',
			'-0.000' + TWO_SIXES
		],
		// approx, exactly equal
		['3750000000', 'approx', '3750000000', 3, 'holds', '0', '0'],
		// 3.749e9 → 3.75e9 at 3 digits; −1 000 000 ÷ 3 750 000 000 = −0.000266…
		[
			'3749000000',
			'approx',
			'3750000000',
			3,
			'holds_after_rounding',
			'-1000000',
			'-0.000' + TWO_SIXES
		],
		// 3.74e9 ≠ 3.75e9; −10 000 000 ÷ 3 750 000 000 = −0.00266…
		['3740000000', 'approx', '3750000000', 3, 'does_not_hold', '-10000000', '-0.00' + TWO_SIXES],
		// the half-up edge: 3.745e9 → 3.75e9; −5 000 000 ÷ 3 750 000 000 = −0.00133… (forty 3s after the 1)
		[
			'3745000000',
			'approx',
			'3750000000',
			3,
			'holds_after_rounding',
			'-5000000',
			'-0.001' + '3'.repeat(39)
		],
		// just below the edge: 3.744999999e9 → 3.74e9; 5 000 001 ÷ 3.75e9 = 20 000 004 ÷ 1.5e10 = 0.0013333336
		['3744999999', 'approx', '3750000000', 3, 'does_not_hold', '-5000001', '-0.0013333336'],
		// four digits: 3749 ≠ 3750
		['3749000000', 'approx', '3750000000', 4, 'does_not_hold', '-1000000', '-0.000' + TWO_SIXES],
		// no sig: "4000000000" is written with 1 significant digit; 3.6e9 → 4e9; −0.4e9 ÷ 4e9 = −0.1
		['3600000000', 'approx', '4000000000', undefined, 'holds_after_rounding', '-400000000', '-0.1'],
		// 4 499 999 999 → 4e9; 499 999 999 ÷ 4e9 = 0.12499999975
		[
			'4499999999',
			'approx',
			'4000000000',
			undefined,
			'holds_after_rounding',
			'499999999',
			'0.12499999975'
		],
		// 3.4e9 → 3e9 ≠ 4e9; −0.6e9 ÷ 4e9 = −0.15
		['3400000000', 'approx', '4000000000', undefined, 'does_not_hold', '-600000000', '-0.15'],
		// gt: 1 ÷ 4e9 = 0.00000000025
		['4000000001', 'gt', '4000000000', undefined, 'holds', '1', '0.00000000025'],
		['4000000000', 'gt', '4000000000', undefined, 'does_not_hold', '0', '0'],
		// the seed: 3.75e9 against "over 4 milliarder"; −0.25e9 ÷ 4e9 = −0.0625
		['3750000000', 'gt', '4000000000', undefined, 'does_not_hold', '-250000000', '-0.0625'],
		// ge
		['4000000000', 'ge', '4000000000', undefined, 'holds', '0', '0'],
		['3999999999', 'ge', '4000000000', undefined, 'does_not_hold', '-1', '-0.00000000025'],
		// lt
		['3750000000', 'lt', '4000000000', undefined, 'holds', '-250000000', '-0.0625'],
		['4000000000', 'lt', '4000000000', undefined, 'does_not_hold', '0', '0'],
		// le
		['4000000000', 'le', '4000000000', undefined, 'holds', '0', '0'],
		['4000000001', 'le', '4000000000', undefined, 'does_not_hold', '1', '0.00000000025'],
		// negative claimed values: the relative difference is over |claimed|
		// −100 − (−200) = 100; 100 ÷ 200 = 0.5
		['-100', 'gt', '-200', undefined, 'holds', '100', '0.5'],
		['-300', 'gt', '-200', undefined, 'does_not_hold', '-100', '-0.5'],
		// −200 − (−150) = −50; −50 ÷ 150 = −0.333… (forty 3s)
		['-200', 'le', '-150', undefined, 'holds', '-50', '-0.' + '3'.repeat(40)],
		['-100', 'lt', '-150', undefined, 'does_not_hold', '50', '0.' + '3'.repeat(40)],
		// half-up is away from zero for negatives too: −3.745e9 → −3.75e9; 5e6 ÷ 3.75e9 = 0.00133…
		[
			'-3745000000',
			'approx',
			'-3750000000',
			3,
			'holds_after_rounding',
			'5000000',
			'0.001' + '3'.repeat(39)
		],
		['-3744999999', 'approx', '-3750000000', 3, 'does_not_hold', '5000001', '0.0013333336'],
		// claimed 0: no relative difference
		['5', 'gt', '0', undefined, 'holds', '5', null],
		['-5', 'ge', '0', undefined, 'does_not_hold', '-5', null],
		['0', 'eq', '0', undefined, 'holds', '0', null],
		// 0.4 at 1 digit is 0.4, not 0
		['0.4', 'approx', '0', undefined, 'does_not_hold', '0.4', null]
	] as const)(
		'%s %s %s (sig %s) → %s',
		(computed, op, value, sig, verdict, difference, relative) => {
			// version 1's rules: the table was written for them, and v1 links keep them
			const check = checkClaim(claim(op, value, sig), resultsWith('gross_effect', computed), 1);
			expect(check).toEqual({ verdict, difference, relative_difference: relative });
		}
	);

	it.each(['eq', 'approx', 'gt', 'ge', 'lt', 'le'] as const)(
		'a metric with no value (bcr with no cost) does not hold under %s',
		(op) => {
			const check = checkClaim(
				{ id: 'c2', metric: 'bcr', op, value: '2', sig: 1 },
				resultsWith('bcr', null),
				2
			);
			expect(check).toEqual({
				verdict: 'does_not_hold',
				difference: null,
				relative_difference: null
			});
		}
	);

	it('reads the metric the claim names, not another', () => {
		const results = { ...resultsWith('benefit_saving', '3750000000'), gross_effect: '4100000000' };
		const check = checkClaim(claim('gt', '4000000000'), results, 2);
		expect(check.verdict).toBe('holds');
	});
});

describe('approx from version 2: within half a unit of the claim’s last digit, either side', () => {
	it.each([
		// «about 1 milliard», 1 digit: 1e9 ± 500 000 000, both ends included
		['1490000000', '1000000000', 1, 'holds_after_rounding', '490000000', '0.49'],
		['1500000000', '1000000000', 1, 'holds_after_rounding', '500000000', '0.5'],
		['1500000001', '1000000000', 1, 'does_not_hold', '500000001', '0.500000001'],
		// −6 %: version 1 said "does not hold" (0.94e9 rounds to 0.9e9)
		['940000000', '1000000000', 1, 'holds_after_rounding', '-60000000', '-0.06'],
		['500000000', '1000000000', 1, 'holds_after_rounding', '-500000000', '-0.5'],
		['499999999', '1000000000', 1, 'does_not_hold', '-500000001', '-0.500000001'],
		// «3,75 milliarder», 3 digits: ± 5 000 000; 5e6 ÷ 3.75e9 = 0.00133… (forty 3s after 0.001)
		['3755000000', '3750000000', 3, 'holds_after_rounding', '5000000', '0.001' + '3'.repeat(39)],
		// 5 000 001 ÷ 3.75e9 = 0.0013333336
		['3755000001', '3750000000', 3, 'does_not_hold', '5000001', '0.0013333336'],
		[
			'-3755000000',
			'-3750000000',
			3,
			'holds_after_rounding',
			'-5000000',
			'-0.001' + '3'.repeat(39)
		],
		// 0.5 at 1 digit: ± 0.05; 0.05 ÷ 0.5 = 0.1, 0.0500001 ÷ 0.5 = 0.1000002
		['0.55', '0.5', 1, 'holds_after_rounding', '0.05', '0.1'],
		['0.5500001', '0.5', 1, 'does_not_hold', '0.0500001', '0.1000002'],
		// zero has no last digit: only 0 itself
		['0', '0', 1, 'holds', '0', null],
		['0.4', '0', 1, 'does_not_hold', '0.4', null]
	] as const)(
		'%s against %s at %i digits → %s',
		(computed, value, sig, verdict, difference, relative) => {
			const check = checkClaim(
				claim('approx', value, sig),
				resultsWith('gross_effect', computed),
				2
			);
			expect(check).toEqual({ verdict, difference, relative_difference: relative });
		}
	);

	it.each([
		['1000000000', 1, '500000000'],
		['3750000000', 3, '5000000'],
		['-3750000000', 3, '5000000'],
		['0.105', 3, '0.0005'],
		['4000000000', 2, '50000000'],
		['0', 2, '0']
	] as const)('the tolerance of %s at %i digits is %s', (value, sig, tolerance) => {
		expect(toCanonical(approxTolerance(new D(value), sig))).toBe(tolerance);
	});
});

describe('significantDigitsOf', () => {
	it.each([
		['4000000000', 1],
		['3750000000', 3],
		['15000', 2],
		['150000', 2],
		['0.105', 3],
		['0.001', 1],
		['100.5', 4],
		['-250000', 2],
		['1', 1],
		['0', 1]
	])('%s has %i', (value, digits) => {
		expect(significantDigitsOf(value)).toBe(digits);
	});
});
