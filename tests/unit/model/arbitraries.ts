/**
 * fast-check generators of model inputs as canonical decimal strings.
 * - `anyInput`: anywhere in DESIGN §2's ranges (pop up to half its maximum, so it can be doubled);
 *   figures may then carry more than 40 significant digits and round.
 * - `exactInput`: few digits, short horizons, success shares with terminating reciprocals and
 *   disc = 0, so that no operation ever rounds (at most ~30 significant digits anywhere).
 */
import fc from 'fast-check';
import { D, toCanonical } from '../../../src/lib/model/decimal';
import type { ModelInput } from '../../../src/lib/model';

/** n ÷ 10^scale as a canonical decimal string. */
function scaled(n: number | bigint, scale: number): string {
	return toCanonical(new D(n.toString()).div(new D(10).pow(scale)));
}

const share = (digits: number) =>
	fc.integer({ min: 0, max: 10 ** digits }).map((n) => scaled(n, digits));
const perspective = fc.constantFrom('fiscal' as const, 'society' as const);

/** Optional funnel steps s2 … s(n + 1). */
function laterSteps(shares: string[]): Partial<ModelInput> {
	return Object.fromEntries(shares.map((value, index) => [`s${index + 2}`, value]));
}

const anyMoney = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((cents) => scaled(cents, 2));

export const anyInput: fc.Arbitrary<ModelInput> = fc
	.record({
		pop: fc.bigInt({ min: 0n, max: 5n * 10n ** 9n }).map((n) => n.toString()),
		s1: share(4),
		later: fc.array(share(4), { maxLength: 7 }),
		ben: anyMoney,
		btax: share(4),
		wage: anyMoney,
		wtax: share(4),
		emp: share(4),
		work: share(4),
		health: anyMoney,
		cost: anyMoney,
		success: fc.integer({ min: 1, max: 10000 }).map((n) => scaled(n, 4)),
		dead: share(4),
		disp: share(4),
		drop: share(4),
		years: fc.integer({ min: 1, max: 50 }),
		disc: fc.integer({ min: 0, max: 2000 }).map((n) => scaled(n, 4)),
		mcpf: fc.option(share(4), { nil: undefined }),
		persp: perspective,
		version: fc.constantFrom(1 as const, 2 as const)
	})
	.map(({ later, mcpf, ...input }) => ({
		...input,
		...laterSteps(later),
		...(mcpf === undefined ? {} : { mcpf })
	}));

/** 1 ÷ these terminates: 1, 1.25, 2, 2.5, 4, 5, 8, 10, 20, 25, 50, 100. */
const exactSuccess = fc.constantFrom(
	...['1', '0.8', '0.5', '0.4', '0.25', '0.2', '0.125', '0.1', '0.05', '0.04', '0.02', '0.01']
);
const exactMoney = fc.integer({ min: 0, max: 1_000_000 }).map(String);

export const exactInput: fc.Arbitrary<ModelInput> = fc
	.record({
		pop: fc.integer({ min: 0, max: 100_000 }).map(String),
		s1: share(2),
		later: fc.array(share(2), { maxLength: 1 }),
		ben: exactMoney,
		btax: share(2),
		wage: exactMoney,
		wtax: share(2),
		emp: share(2),
		work: share(2),
		health: exactMoney,
		cost: exactMoney,
		success: exactSuccess,
		dead: share(1),
		disp: share(1),
		drop: share(1),
		years: fc.integer({ min: 1, max: 6 }),
		disc: fc.constant('0'),
		mcpf: fc.option(share(2), { nil: undefined }),
		persp: perspective,
		version: fc.constantFrom(1 as const, 2 as const)
	})
	.map(({ later, mcpf, ...input }) => ({
		...input,
		...laterSteps(later),
		...(mcpf === undefined ? {} : { mcpf })
	}));
