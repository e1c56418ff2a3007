/**
 * The distribution an input given as a range `BASE:LOW:HIGH` is drawn from: a beta for a share
 * (a value in [0, 1]), a lognormal for an amount of money or persons (a value ≥ 0), fitted so
 * that LOW is its 5th percentile and HIGH its 95th. Framework-free.
 *
 * The fit uses LOW and HIGH only. BASE stays the point estimate the calculator reports and must
 * lie in [LOW, HIGH], but it does not shape the distribution: the median of the fitted
 * distribution is in general not BASE (a lognormal's median is √(LOW × HIGH), whatever BASE).
 *
 * Arithmetic is plain float64. The normal and beta distribution functions are stdlib's
 * (`@stdlib/stats-base-dists-*`, `@stdlib/math-base-special-betainc`, Apache-2.0); only the fit
 * of a beta through LOW and HIGH is written here. They are accurate to far more digits than a
 * Monte Carlo interval from them can show: such an interval is an estimate from n draws, and its
 * figures are rounded for display (`summary.ts`).
 */

import betainc from '@stdlib/math-base-special-betainc';
import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import betaLogPdf from '@stdlib/stats-base-dists-beta-logpdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** A fitted distribution. A `constant` has no randomness: every draw is exactly its value. */
export type Distribution =
	| { kind: 'constant'; value: number }
	| { kind: 'beta'; alpha: number; beta: number }
	| { kind: 'lognormal'; mu: number; sigma: number };

/**
 * Why a range has no distribution. When several apply, the first in this order is given:
 *
 * - `not_finite`: LOW, BASE or HIGH is not a finite number;
 * - `share_outside`: a share's LOW, BASE or HIGH is below 0 or above 1;
 * - `negative_amount`: an amount's LOW, BASE or HIGH is below 0;
 * - `low_above_high`: LOW > HIGH;
 * - `base_outside`: BASE < LOW or BASE > HIGH (so also LOW = HIGH ≠ BASE);
 * - `amount_at_zero`: an amount's LOW = 0 < HIGH. A lognormal is above 0 with probability 1, so
 *   no lognormal has 0 as its 5th percentile;
 * - `no_beta_fit`: a share's 0 < LOW < HIGH < 1 whose beta is beyond the library's incomplete
 *   beta: a range narrower than about 3e-6 of LOW, or of 1 − HIGH when HIGH > ½ (1.6e-6 at ½),
 *   such as 0.1:0.1:0.1000001 or 0.1:0.1:0.10000000000000002; and some ranges with HIGH below
 *   about 1e-140, such as 1e-301:1e-301:1e-300, whose β is beyond 10¹⁵⁰. Every other range fits,
 *   LOW down to 1e-323.
 */
export type FitError =
	| 'not_finite'
	| 'share_outside'
	| 'negative_amount'
	| 'low_above_high'
	| 'base_outside'
	| 'amount_at_zero'
	| 'no_beta_fit';

export type Fit = { ok: true; distribution: Distribution } | { ok: false; code: FitError };

/** The probability below LOW, and above HIGH, in a fitted distribution. */
const TAIL = 0.05;
/** The standard normal's 95th percentile, Φ⁻¹(0.95). */
const Z95 = 1.6448536269514722;

/** The checks common to shares and amounts, after each kind's own domain check. */
function orderError(low: number, base: number, high: number): FitError | null {
	if (low > high) return 'low_above_high';
	if (base < low || base > high) return 'base_outside';
	return null;
}

const failure = (code: FitError): Fit => ({ ok: false, code });
const success = (distribution: Distribution): Fit => ({ ok: true, distribution });

/**
 * The beta distribution of a share given as `BASE:LOW:HIGH` (each in [0, 1]):
 *
 * - LOW = BASE = HIGH: the constant BASE;
 * - 0 < LOW < HIGH < 1: the beta with LOW as its 5th percentile and HIGH as its 95th (each to
 *   1e-10 of itself, typically in 20–90 µs, about 1 ms for the narrowest; `betaThrough`);
 * - LOW = 0 < HIGH < 1: Beta(1, β), β = ln 0.05 ÷ ln(1 − HIGH). Its density is highest at 0 and
 *   falls to HIGH, its 95th percentile; LOW is the edge of the range, not the 5th percentile
 *   (that is 1 − 0.95^(1/β), just above 0);
 * - 0 < LOW < HIGH = 1: mirrored, Beta(α, 1), α = ln 0.05 ÷ ln LOW. LOW is its 5th percentile
 *   and HIGH the edge of the range, not the 95th percentile (that is 0.95^(1/α), just below 1);
 * - LOW = 0 and HIGH = 1: Beta(1, 1), the uniform distribution on [0, 1];
 * - otherwise an error (`FitError`).
 */
export function fitShare(low: number, base: number, high: number): Fit {
	if (![low, base, high].every(Number.isFinite)) return failure('not_finite');
	if ([low, base, high].some((value) => value < 0 || value > 1)) return failure('share_outside');
	const error = orderError(low, base, high);
	if (error !== null) return failure(error);
	if (low === high) return success({ kind: 'constant', value: base });
	if (low === 0 && high === 1) return success({ kind: 'beta', alpha: 1, beta: 1 });
	// I_x(1, β) = 1 − (1 − x)^β, so 1 − (1 − HIGH)^β = 0.95; mirrored, I_x(α, 1) = x^α.
	if (low === 0)
		return success({ kind: 'beta', alpha: 1, beta: Math.log(TAIL) / Math.log1p(-high) });
	if (high === 1) return success({ kind: 'beta', alpha: Math.log(TAIL) / Math.log(low), beta: 1 });
	const shape = betaThrough(low, high);
	return shape === null ? failure('no_beta_fit') : success({ kind: 'beta', ...shape });
}

/**
 * The lognormal distribution of an amount given as `BASE:LOW:HIGH` (each ≥ 0):
 *
 * - LOW = BASE = HIGH: the constant BASE (0 included);
 * - 0 < LOW < HIGH: the lognormal with LOW as its 5th percentile and HIGH as its 95th:
 *   μ = (ln LOW + ln HIGH) ÷ 2, σ = (ln HIGH − ln LOW) ÷ (2 × 1.6448536269514722), its median
 *   √(LOW × HIGH);
 * - otherwise an error (`FitError`), among them `amount_at_zero` for LOW = 0 < HIGH.
 */
export function fitAmount(low: number, base: number, high: number): Fit {
	if (![low, base, high].every(Number.isFinite)) return failure('not_finite');
	if (low < 0 || base < 0 || high < 0) return failure('negative_amount');
	const error = orderError(low, base, high);
	if (error !== null) return failure(error);
	if (low === high) return success({ kind: 'constant', value: base });
	if (low === 0) return failure('amount_at_zero');
	const lnLow = Math.log(low);
	const lnHigh = Math.log(high);
	return success({
		kind: 'lognormal',
		mu: (lnLow + lnHigh) / 2,
		sigma: (lnHigh - lnLow) / (2 * Z95)
	});
}

/**
 * The p-quantile of `distribution`, for 0 ≤ p ≤ 1 (NaN otherwise): the value it is below with
 * probability p. The 0- and 1-quantiles are the ends of its support (0 and 1 for a beta, 0 and
 * +∞ for a lognormal); every quantile of a constant is its value. The library's Φ⁻¹ is
 * √2 erf⁻¹(2p − 1), whose 2p − 1 is rounded to about 1e-16: so a lognormal's quantile is good
 * to about 1e-16 ÷ φ(Φ⁻¹(p)) in Φ⁻¹(p) (1e-8 at p = 1e-10), and 0 for p below about 3e-17.
 */
export function quantile(distribution: Distribution, p: number): number {
	if (!(p >= 0 && p <= 1)) return NaN;
	switch (distribution.kind) {
		case 'constant':
			return distribution.value;
		case 'lognormal':
			return Math.exp(distribution.mu + distribution.sigma * normalQuantile(p, 0, 1));
		case 'beta':
			return betaQuantile(p, distribution.alpha, distribution.beta);
	}
}

/** The cumulative distribution function of `distribution`: the probability of a value ≤ x. */
export function cdf(distribution: Distribution, x: number): number {
	switch (distribution.kind) {
		case 'constant':
			return x < distribution.value ? 0 : 1;
		case 'lognormal':
			return x <= 0 ? 0 : normalCdf((Math.log(x) - distribution.mu) / distribution.sigma, 0, 1);
		case 'beta':
			return betaCdf(x, distribution.alpha, distribution.beta);
	}
}

/** ln(0.05 / 0.95): the log-odds of the tail below LOW, and of the tail above HIGH. */
const LOG_ODDS_TAIL = Math.log(TAIL / (1 - TAIL));

/**
 * ln(P / (1 − P)) for P the probability of Beta(α, β) below x, or above x when `upper`. Each
 * tail is taken from the library as it is, not as 1 minus the other, so neither loses digits.
 */
function tailLogOdds(x: number, alpha: number, beta: number, upper: boolean): number {
	const tail = betainc(x, alpha, beta, true, upper);
	if (tail <= 0.5) return Math.log(tail) - Math.log1p(-tail);
	const otherTail = betainc(x, alpha, beta, true, !upper);
	return Math.log1p(-otherTail) - Math.log(otherTail);
}

/**
 * The Beta(α, β) with `low` as its 5th percentile and `high` as its 95th, 0 < low < high < 1, or
 * null where none is found.
 *
 * Newton's method in (ln α, ln β), so that α and β stay positive, on two equations: the tail
 * below LOW and the tail above HIGH each have log-odds ln(0.05/0.95). In log-odds neither
 * equation goes flat where a tail nears 0 or 1. The Jacobian is by forward differences; a
 * Newton step is at most a factor e¹⁰ in α or β and is halved until it reduces the larger
 * residual. It starts from the logit-normal approximation (logit X normal with mean ≈ ln(α/β)
 * and variance ≈ 1/α + 1/β), close to the root for all but skewed ranges; where that is off
 * by 1 or more in log-odds, from Beta(1, 1) if that is closer.
 *
 * A residual r in log-odds leaves x (LOW or HIGH) about r × 0.05 × 0.95 ÷ (x f(x)) of itself
 * from its percentile, f the density. The fit stops when that is below 1e-13 at both ends or no
 * step reduces the residual, and is kept when it is below 1e-10 at both. On 18 000 random ranges
 * checked against an independent incomplete beta (TOMS 708), LOW and HIGH were the percentiles
 * to 4e-11 of themselves or better.
 *
 * Up to a concentration αβ/(α + β) of 10¹² the library's incomplete beta is off by at most 6e-6
 * in probability near the 5th and 95th percentiles, which moves them by at most 5e-11 of
 * themselves; beyond it the error grows (1e-9 of themselves at 10¹⁴, 0.5 in probability at
 * 10¹⁶), so no fit is tried there: a range narrower than about 3.3e-6 × (1 − LOW) of LOW,
 * mirrored near 1.
 */
function betaThrough(low: number, high: number): { alpha: number; beta: number } | null {
	const residuals = (u: number, v: number): [number, number] => [
		tailLogOdds(low, Math.exp(u), Math.exp(v), false) - LOG_ODDS_TAIL,
		tailLogOdds(high, Math.exp(u), Math.exp(v), true) - LOG_ODDS_TAIL
	];
	const size = ([first, second]: [number, number]) => Math.max(Math.abs(first), Math.abs(second));
	const concentration = (u: number, v: number) => 1 / (Math.exp(-u) + Math.exp(-v));
	/** The larger relative distance of LOW and HIGH from the percentiles of Beta(e^u, e^v). */
	const error = (u: number, v: number, [first, second]: [number, number]) => {
		const moved = (x: number, r: number) =>
			(Math.abs(r) * TAIL * (1 - TAIL)) /
			Math.exp(Math.log(x) + betaLogPdf(x, Math.exp(u), Math.exp(v)));
		return Math.max(moved(low, first), moved(high, second));
	};

	const logitLow = Math.log(low / (1 - low));
	const logitHigh = Math.log(high / (1 - high));
	const mean = (logitLow + logitHigh) / 2;
	const variance = ((logitHigh - logitLow) / (2 * Z95)) ** 2;
	let u = Math.log((1 + Math.exp(mean)) / variance);
	let v = Math.log((1 + Math.exp(-mean)) / variance);
	if (concentration(u, v) > MAX_CONCENTRATION) return null;
	let residual = residuals(u, v);
	if (!(size(residual) < 1)) {
		const uniform = residuals(0, 0);
		if (!(size(residual) <= size(uniform))) [u, v, residual] = [0, 0, uniform];
	}
	for (let iteration = 0; iteration < 100 && error(u, v, residual) > FIT_GOAL; iteration++) {
		// A relative step in α or β moves the log-odds by about 1 + √(αβ/(α + β)) times as much.
		const h = LOG_ODDS_DIFFERENCE / (1 + Math.sqrt(concentration(u, v)));
		const alongU = residuals(u + h, v);
		const alongV = residuals(u, v + h);
		const j11 = (alongU[0] - residual[0]) / h;
		const j21 = (alongU[1] - residual[1]) / h;
		const j12 = (alongV[0] - residual[0]) / h;
		const j22 = (alongV[1] - residual[1]) / h;
		const determinant = j11 * j22 - j12 * j21;
		let stepU = (j12 * residual[1] - j22 * residual[0]) / determinant;
		let stepV = (j21 * residual[0] - j11 * residual[1]) / determinant;
		const longest = Math.max(Math.abs(stepU), Math.abs(stepV));
		if (longest > MAX_STEP) {
			stepU *= MAX_STEP / longest;
			stepV *= MAX_STEP / longest;
		}
		let candidate = residuals(u + stepU, v + stepV);
		for (let halving = 0; !(size(candidate) < size(residual)) && halving < 10; halving++) {
			stepU /= 2;
			stepV /= 2;
			candidate = residuals(u + stepU, v + stepV);
		}
		if (!(size(candidate) < size(residual))) break;
		u += stepU;
		v += stepV;
		residual = candidate;
	}
	return error(u, v, residual) <= FIT_TOLERANCE && concentration(u, v) <= MAX_CONCENTRATION
		? { alpha: Math.exp(u), beta: Math.exp(v) }
		: null;
}

/** The relative error of LOW and HIGH at which the fit stops. */
const FIT_GOAL = 1e-13;
/** The largest relative error of LOW and HIGH in a fit that is kept. */
const FIT_TOLERANCE = 1e-10;
/** The largest αβ/(α + β) fitted: up to it the library's incomplete beta errs by about 6e-6. */
const MAX_CONCENTRATION = 1e12;
/** About how far the Jacobian's forward differences move a log-odds. */
const LOG_ODDS_DIFFERENCE = 1e-3;
/** The longest Newton step in ln α or ln β. */
const MAX_STEP = 10;
