/**
 * The distributions fitted to ranges BASE:LOW:HIGH: LOW and HIGH their 5th and 95th percentiles,
 * the edge rules, and the normal and incomplete beta functions under them checked against values
 * from tables and by hand.
 */
import { describe, expect, it } from 'vitest';
import {
	cdf,
	fitAmount,
	fitShare,
	quantile,
	type Distribution,
	type Fit
} from '../../../src/lib/uncertainty/distributions';

function fitted(fit: Fit): Distribution {
	if (!fit.ok) throw new Error(`no fit: ${fit.code}`);
	return fit.distribution;
}

const relativeError = (value: number, expected: number) => Math.abs(value / expected - 1);

const ROUND_TRIP = [0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999];

/** LOW and HIGH are the fitted 5th and 95th percentiles, and cdf inverts quantile. */
function expectFitted(distribution: Distribution, low: number, high: number) {
	expect(relativeError(quantile(distribution, 0.05), low)).toBeLessThan(0.005);
	expect(relativeError(quantile(distribution, 0.95), high)).toBeLessThan(0.005);
	for (const p of ROUND_TRIP)
		expect(cdf(distribution, quantile(distribution, p))).toBeCloseTo(p, 9);
}

describe('fitShare', () => {
	it.each([
		[0.1, 0.05, 0.15],
		[0.5, 0.4999, 0.5001],
		[0.02, 0.0199, 0.0201],
		[0.001, 0.0001, 0.01],
		[0.000005, 0.000001, 0.00001],
		[0.999, 0.99, 0.9999],
		[0.95, 0.9, 0.97],
		[0.5, 0.001, 0.999],
		[0.6, 0.3, 0.9],
		[0.3, 0.1, 0.8],
		[0.2, 0.19, 0.21],
		[0.1, 1e-10, 0.5]
	])('fits %s:%s:%s with LOW and HIGH its 5th and 95th percentiles', (base, low, high) => {
		const distribution = fitted(fitShare(low, base, high));
		expect(distribution.kind).toBe('beta');
		expectFitted(distribution, low, high);
	});
});

describe('fitAmount', () => {
	it.each([
		[250_000, 200_000, 300_000],
		[1, 1, 2],
		[2, 1, 3],
		[3, 2, 5],
		[40_000, 35_000, 45_000],
		[1_000_000, 999_000, 1_001_000],
		[50, 10, 1000],
		[100, 1, 10_000],
		[7e9, 6e9, 8e9],
		[1e12, 5e11, 2e12],
		[1000, 1, 1e12]
	])('fits %s:%s:%s with LOW and HIGH its 5th and 95th percentiles', (base, low, high) => {
		const distribution = fitted(fitAmount(low, base, high));
		expect(distribution.kind).toBe('lognormal');
		expectFitted(distribution, low, high);
	});

	it('has μ = (ln LOW + ln HIGH)/2 and σ = (ln HIGH − ln LOW)/(2 z₀.₉₅), whatever BASE', () => {
		// ln 200000 = 12.20607264553017, ln 300000 = 12.61153775363834, ln 1.5 = 0.4054651081081644
		for (const base of [200_000, 250_000, 300_000]) {
			const distribution = fitted(fitAmount(200_000, base, 300_000));
			if (distribution.kind !== 'lognormal') throw new Error('not a lognormal');
			expect(distribution.mu).toBeCloseTo(12.408805199584256, 13);
			expect(distribution.sigma).toBeCloseTo(0.1232526412881013, 15);
			// The median is √(LOW × HIGH) = √(6 × 10¹⁰), not BASE.
			expect(quantile(distribution, 0.5)).toBeCloseTo(244_948.97427831782, 8);
		}
	});
});

describe('the standard normal under the lognormal', () => {
	const standard: Distribution = { kind: 'lognormal', mu: 0, sigma: 1 };

	it.each([
		[0.95, 1.6448536269514722],
		[0.975, 1.959963984540054],
		[0.5, 0],
		[0.001, -3.0902323061678136]
	])('Φ⁻¹(%s) = %s', (p, z) => {
		expect(Math.log(quantile(standard, p))).toBeCloseTo(z, 14);
	});

	it.each([
		[1.96, 0.9750021048517796],
		[-3, 0.0013498980316300946],
		[-10, 7.619853024160525e-24]
	])('Φ(%s) = %s', (z, p) => {
		expect(relativeError(cdf(standard, Math.exp(z)), p)).toBeLessThan(1e-13);
	});
});

describe('the regularized incomplete beta I_x(a, b) (the beta cdf)', () => {
	const beta = (alpha: number, b: number): Distribution => ({ kind: 'beta', alpha, beta: b });

	it('is x for Beta(1, 1)', () => {
		for (const x of [1e-9, 0.1, 0.5, 0.9]) expect(cdf(beta(1, 1), x)).toBeCloseTo(x, 15);
	});

	it('is x^a for Beta(a, 1) and 1 − (1 − x)^b for Beta(1, b)', () => {
		// 0.3^2.5 = 0.04929503017546495; 1 − 0.8^3.5 = 0.5420532782080431
		expect(relativeError(cdf(beta(2.5, 1), 0.3), 0.04929503017546495)).toBeLessThan(1e-14);
		expect(relativeError(cdf(beta(1, 3.5), 0.2), 0.5420532782080431)).toBeLessThan(1e-14);
	});

	it('is ½ at ½ for Beta(a, a)', () => {
		for (const a of [0.3, 2, 50]) expect(cdf(beta(a, a), 0.5)).toBeCloseTo(0.5, 13);
		// The library's incomplete beta keeps about 10 digits at a = 10⁶ (0.5 + 2.2e-11).
		expect(cdf(beta(1e6, 1e6), 0.5)).toBeCloseTo(0.5, 10);
	});

	it('is 6x² − 8x³ + 3x⁴ for Beta(2, 3): 0.5248 at 0.4', () => {
		expect(relativeError(cdf(beta(2, 3), 0.4), 0.5248)).toBeLessThan(1e-14);
	});

	it('is (2/π) arcsin √x for Beta(½, ½): ⅓ at ¼', () => {
		expect(relativeError(cdf(beta(0.5, 0.5), 0.25), 1 / 3)).toBeLessThan(1e-14);
	});
});

describe('the edges of a share range', () => {
	it('is the constant BASE when LOW = BASE = HIGH', () => {
		expect(fitShare(0.2, 0.2, 0.2)).toEqual({
			ok: true,
			distribution: { kind: 'constant', value: 0.2 }
		});
		expect(fitted(fitShare(0, 0, 0))).toEqual({ kind: 'constant', value: 0 });
		expect(fitted(fitShare(1, 1, 1))).toEqual({ kind: 'constant', value: 1 });
	});

	it('is Beta(1, β), β = ln 0.05 ÷ ln(1 − HIGH), when LOW = 0', () => {
		// ln 0.05 ÷ ln 0.8 = 13.42513487802156; its 5th percentile 1 − 0.95^(1/β) = 0.003813401623803652
		const distribution = fitted(fitShare(0, 0.1, 0.2));
		if (distribution.kind !== 'beta') throw new Error('not a beta');
		expect(distribution.alpha).toBe(1);
		expect(distribution.beta).toBeCloseTo(13.42513487802156, 13);
		expect(quantile(distribution, 0.95)).toBeCloseTo(0.2, 14);
		expect(quantile(distribution, 0.05)).toBeCloseTo(0.003813401623803652, 15);
	});

	it('is Beta(α, 1), α = ln 0.05 ÷ ln LOW, when HIGH = 1', () => {
		// ln 0.05 ÷ ln 0.9 = 28.433158805743417; its 95th percentile 0.95^(1/α) = 0.9981976305866326
		const distribution = fitted(fitShare(0.9, 0.95, 1));
		if (distribution.kind !== 'beta') throw new Error('not a beta');
		expect(distribution.alpha).toBeCloseTo(28.433158805743417, 12);
		expect(distribution.beta).toBe(1);
		expect(quantile(distribution, 0.05)).toBeCloseTo(0.9, 14);
		expect(quantile(distribution, 0.95)).toBeCloseTo(0.9981976305866326, 14);
	});

	it('is the uniform Beta(1, 1) when LOW = 0 and HIGH = 1', () => {
		expect(fitted(fitShare(0, 0.5, 1))).toEqual({ kind: 'beta', alpha: 1, beta: 1 });
	});
});

describe('the errors', () => {
	it.each([
		['share_outside', () => fitShare(-0.01, 0.1, 0.2), () => fitShare(0, 0.1, 0.2)],
		['share_outside', () => fitShare(0.5, 0.9, 1.01), () => fitShare(0.5, 0.9, 1)],
		['negative_amount', () => fitAmount(-1, 5, 10), () => fitAmount(1, 5, 10)],
		['low_above_high', () => fitShare(0.3, 0.2, 0.1), () => fitShare(0.1, 0.2, 0.3)],
		['low_above_high', () => fitAmount(300, 250, 200), () => fitAmount(200, 250, 300)],
		['base_outside', () => fitShare(0.1, 0.35, 0.3), () => fitShare(0.1, 0.3, 0.3)],
		['base_outside', () => fitAmount(200, 199, 300), () => fitAmount(200, 200, 300)],
		['base_outside', () => fitShare(0.2, 0.3, 0.2), () => fitShare(0.2, 0.2, 0.2)],
		['base_outside', () => fitAmount(5, 0, 5), () => fitAmount(5, 5, 5)],
		['amount_at_zero', () => fitAmount(0, 10, 100), () => fitAmount(0.001, 10, 100)],
		['amount_at_zero', () => fitAmount(0, 0, 100), () => fitAmount(0, 0, 0)],
		['not_finite', () => fitShare(NaN, 0.1, 0.2), () => fitShare(0.05, 0.1, 0.2)],
		['not_finite', () => fitAmount(1, 2, Infinity), () => fitAmount(1, 2, 1e300)],
		// Narrower than the library's incomplete beta can fit: 1e-6 of LOW; and 1e-4 of LOW.
		['no_beta_fit', () => fitShare(0.1, 0.1, 0.1000001), () => fitShare(0.1, 0.1, 0.10001)],
		// A 95th percentile of 1e-300 needs a β near 10³⁰⁰, beyond the library; a 5th does not.
		['no_beta_fit', () => fitShare(1e-301, 1e-301, 1e-300), () => fitShare(1e-300, 0.1, 0.5)]
	])('%s fires on its case and not on its neighbour', (code, failing, neighbour) => {
		expect(failing()).toEqual({ ok: false, code });
		expect(neighbour().ok).toBe(true);
	});

	it('gives the first that applies, in the order of FitError', () => {
		expect(fitShare(1.2, NaN, 0.1)).toEqual({ ok: false, code: 'not_finite' });
		expect(fitShare(1.2, 0.5, 0.1)).toEqual({ ok: false, code: 'share_outside' });
		expect(fitAmount(-1, 0.5, -3)).toEqual({ ok: false, code: 'negative_amount' });
		expect(fitShare(0.3, 0.5, 0.1)).toEqual({ ok: false, code: 'low_above_high' });
		expect(fitAmount(0, 5, 4)).toEqual({ ok: false, code: 'base_outside' });
		expect(fitAmount(0, 5, 100)).toEqual({ ok: false, code: 'amount_at_zero' });
	});
});

describe('quantile and cdf', () => {
	const share = fitted(fitShare(0.05, 0.1, 0.15));
	const amount = fitted(fitAmount(200_000, 250_000, 300_000));
	const constant: Distribution = { kind: 'constant', value: 7 };

	it('give the ends of the support at p = 0 and 1', () => {
		expect([quantile(share, 0), quantile(share, 1)]).toEqual([0, 1]);
		expect([quantile(amount, 0), quantile(amount, 1)]).toEqual([0, Infinity]);
	});

	it('have no quantile outside [0, 1]', () => {
		for (const p of [-0.1, 1.1, NaN]) expect(quantile(share, p)).toBeNaN();
	});

	it('treat a constant as a step at its value', () => {
		expect([quantile(constant, 0.01), quantile(constant, 0.99)]).toEqual([7, 7]);
		expect([cdf(constant, 6.999), cdf(constant, 7), cdf(constant, 8)]).toEqual([0, 1, 1]);
	});

	it('put no probability outside the support', () => {
		expect([cdf(share, 0), cdf(share, -1), cdf(share, 1), cdf(share, 2)]).toEqual([0, 0, 1, 1]);
		expect([cdf(amount, 0), cdf(amount, -5)]).toEqual([0, 0]);
	});
});
