/**
 * The holding interval of a claim says for which figures `checkClaim` finds it holds: the same
 * rule, as bounds a simulation compares its draws with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_OPS, type Claim } from '../../../src/lib/claims/types';
import { checkClaim, holdingInterval, type HoldingInterval } from '../../../src/lib/claims/verdict';
import { D, toCanonical } from '../../../src/lib/model/decimal';
import { RESULT_IDS, type Results } from '../../../src/lib/model/types';

function inside(value: D, interval: HoldingInterval): boolean {
	const { low, high, lowIncluded, highIncluded } = interval;
	const aboveLow = low === null || (lowIncluded ? value.gte(low) : value.gt(low));
	const belowHigh = high === null || (highIncluded ? value.lte(high) : value.lt(high));
	return aboveLow && belowHigh;
}

function resultsWith(value: string): Results {
	return Object.fromEntries(RESULT_IDS.map((id) => [id, value])) as Results;
}

/** Text of an interval: `[950, 1500)`. */
function show({ low, high, lowIncluded, highIncluded }: HoldingInterval): string {
	return `${lowIncluded ? '[' : '('}${low?.toFixed() ?? '-∞'}, ${high?.toFixed() ?? '∞'}${highIncluded ? ']' : ')'}`;
}

const claim = (op: Claim['op'], value: string, sig?: number): Claim => ({
	id: 'c1',
	metric: 'pv_net',
	op,
	value,
	...(sig === undefined ? {} : { sig })
});

describe('holdingInterval', () => {
	it.each([
		// claim, version, interval (by hand)
		[claim('approx', '1000000000', 1), 2, '[500000000, 1500000000]'],
		[claim('approx', '3750000000', 3), 2, '[3745000000, 3755000000]'],
		// version 1 rounded: below a power of ten the digits are a tenth as wide
		[claim('approx', '1000', 1), 1, '[950, 1500)'],
		[claim('approx', '-1000', 1), 1, '(-1500, -950]'],
		[claim('approx', '3750', 3), 1, '[3745, 3755)'],
		[claim('gt', '4000000000'), 2, '(4000000000, ∞)'],
		[claim('le', '0'), 2, '(-∞, 0]'],
		[claim('eq', '15000'), 2, '[15000, 15000]']
	] as const)('%j in version %i holds on %s', (c, version, expected) => {
		expect(show(holdingInterval(c, version))).toBe(expected);
	});

	it('agrees with checkClaim on every figure, in both versions', () => {
		const digits = fc.integer({ min: 1, max: 6 });
		const claimed = fc.integer({ min: -2_000_000, max: 2_000_000 }).map(String);
		const offset = fc.integer({ min: -600_000, max: 600_000 });
		fc.assert(
			fc.property(
				fc.constantFrom(...CLAIM_OPS),
				claimed,
				digits,
				offset,
				fc.constantFrom(1 as const, 2 as const),
				(op, value, sig, delta, version) => {
					const c = claim(op, value, op === 'approx' ? sig : undefined);
					// Figures near the claim, and on a scale of a tenth of it (near the interval's ends).
					for (const computed of [new D(value).plus(delta), new D(value).plus(delta / 1000)]) {
						const verdict = checkClaim(c, resultsWith(toCanonical(computed)), version).verdict;
						expect(inside(computed, holdingInterval(c, version)), `${value} ${computed}`).toBe(
							verdict !== 'does_not_hold'
						);
					}
				}
			),
			{ numRuns: 3000 }
		);
	});
});
