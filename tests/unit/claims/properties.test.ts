import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../../src/lib/claims/index';
import { inRange, rangeOf } from '../../../src/lib/claims/input-ranges';
import { CLAIM_OPS, type Claim, type ImpliedAssumption } from '../../../src/lib/claims/types';
import { checkClaim } from '../../../src/lib/claims/verdict';
import { D, toCanonical } from '../../../src/lib/model/decimal';
import { runModel } from '../../../src/lib/model/index';
import {
	RESULT_IDS,
	type DecimalInputKey,
	type ModelInput,
	type ResultId
} from '../../../src/lib/model/types';

/** A share with up to three decimals, 0 … 1 (or `min` … 1 thousandths). */
const share = (min = 0) =>
	fc.integer({ min, max: 1000 }).map((k) => toCanonical(new D(k).div(1000)));
const money = fc.integer({ min: 0, max: 1_000_000 }).map(String);

const scenarioArbitrary: fc.Arbitrary<ModelInput> = fc.record({
	pop: fc.integer({ min: 0, max: 10_000_000 }).map(String),
	s1: share(),
	ben: money,
	btax: share(),
	wage: money,
	wtax: share(),
	emp: share(),
	work: share(),
	health: money,
	cost: money,
	success: share(1),
	dead: share(),
	disp: share(),
	drop: share(),
	years: fc.integer({ min: 1, max: 4 }),
	disc: fc.integer({ min: 0, max: 200 }).map((k) => toCanonical(new D(k).div(1000))),
	persp: fc.constantFrom('fiscal' as const, 'society' as const),
	version: fc.constantFrom(1 as const, 2 as const)
});

interface ClaimParts {
	metric: ResultId;
	op: Claim['op'];
	factor: string;
	sig: number;
	fallback: number;
}

/** A claim about `metric`: its computed value scaled by `factor` and cut to three digits. */
const claimParts: fc.Arbitrary<ClaimParts> = fc.record({
	metric: fc.constantFrom(...RESULT_IDS),
	op: fc.constantFrom(...CLAIM_OPS),
	factor: fc.constantFrom('0', '0.5', '0.9', '0.999', '1', '1.001', '1.1', '2', '-1'),
	sig: fc.integer({ min: 1, max: 4 }),
	fallback: fc.integer({ min: -1000, max: 1000 })
});

function makeClaim(input: ModelInput, parts: ClaimParts): Claim {
	const computed = runModel(input).results[parts.metric];
	const value =
		computed === null
			? String(parts.fallback)
			: toCanonical(new D(computed).times(parts.factor).toSignificantDigits(3));
	const claim: Claim = { id: 'c1', metric: parts.metric, op: parts.op, value };
	return parts.op === 'approx' ? { ...claim, sig: parts.sig } : claim;
}

function verdictWith(claim: Claim, input: ModelInput, key: ImpliedAssumption['key'], x: string) {
	const changed = key === 'years' ? { ...input, years: Number(x) } : { ...input, [key]: x };
	return checkClaim(claim, runModel(changed).results, input.version);
}

/** A small step from `value`: a millionth of it, or a billionth of the range at 0. */
function stepFrom(value: D, key: DecimalInputKey): D {
	const range = rangeOf(key);
	return value.isZero() ? range.hi.minus(range.lo).times('1e-9') : value.abs().times('1e-6');
}

/**
 * Whether an implied entry bears out: a step to its holding side makes the claim hold (`above`,
 * `below`), or the metric crosses the claimed value across it (`at`), or, for `years`, the claim
 * holds at that horizon. `undefined` when the step would leave the allowed range.
 */
function bearsOut(claim: Claim, input: ModelInput, item: ImpliedAssumption): boolean | undefined {
	if (item.value === null) return undefined;
	const holds = (x: string) => verdictWith(claim, input, item.key, x).verdict !== 'does_not_hold';
	if (item.key === 'years') return holds(item.value);
	const key = item.key;
	const value = new D(item.value);
	const step = stepFrom(value, key);
	if (item.direction === 'at') {
		const [lower, upper] = [value.minus(step), value.plus(step)];
		if (!inRange(lower, rangeOf(key)) || !inRange(upper, rangeOf(key))) return undefined;
		const excess = (x: D) => {
			const metric = runModel({ ...input, [key]: toCanonical(x) }).results[claim.metric];
			return metric === null ? null : new D(metric).minus(claim.value);
		};
		const [below, above] = [excess(lower), excess(upper)];
		if (below === null || above === null) return false;
		return below.isZero() || above.isZero() || below.isNegative() !== above.isNegative();
	}
	const bumped = item.direction === 'above' ? value.plus(step) : value.minus(step);
	if (!inRange(bumped, rangeOf(key))) return undefined;
	return holds(toCanonical(bumped));
}

describe('evaluateClaims on random scenarios and claims', () => {
	it('never throws, and every implied value makes the claim hold just on its side', () => {
		const property = () =>
			fc.assert(
				fc.property(scenarioArbitrary, claimParts, (input, parts) => {
					const claim = makeClaim(input, parts);
					const [result] = evaluateClaims([claim], input, runModel(input));
					if (result === undefined) return false;
					if (result.verdict !== 'does_not_hold') return result.implied.length === 0;
					if (result.implied.length !== 16) return false;
					return result.implied.every((item) => bearsOut(claim, input, item) !== false);
				}),
				{ numRuns: 50 }
			);
		expect(property).not.toThrow();
	}, 30_000);
});
