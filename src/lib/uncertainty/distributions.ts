/**
 * The distribution an input given as a range `BASE:LOW:HIGH` is drawn from: a beta for a share
 * (a value in [0, 1]), a lognormal for an amount of money or persons (a value ≥ 0), fitted so
 * that LOW is its 5th percentile and HIGH its 95th. Framework-free.
 *
 * The fit uses LOW and HIGH only. BASE stays the point estimate the calculator reports and must
 * lie in [LOW, HIGH], but it does not shape the distribution: the median of the fitted
 * distribution is in general not BASE (a lognormal's median is √(LOW × HIGH), whatever BASE).
 *
 * Arithmetic is plain float64. The functions here are accurate to far more digits than a Monte
 * Carlo interval from them can show: such an interval is an estimate from n draws, and its
 * figures are rounded for display (`summary.ts`).
 */

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
 * - `no_beta_fit`: a share's 0 < LOW < HIGH < 1 for which float64 holds no beta with these 5th
 *   and 95th percentiles: LOW below about 1e-170, or a range only a few units of rounding wide
 *   (such as 0.1:0.1:0.10000000000000002). Every range in between fits.
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
 * - 0 < LOW < HIGH < 1: the beta with LOW as its 5th percentile and HIGH as its 95th (to about
 *   1e-10 standard deviations, typically in 10–50 µs);
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
 * +∞ for a lognormal); every quantile of a constant is its value.
 */
export function quantile(distribution: Distribution, p: number): number {
	if (!(p >= 0 && p <= 1)) return NaN;
	switch (distribution.kind) {
		case 'constant':
			return distribution.value;
		case 'lognormal':
			return Math.exp(distribution.mu + distribution.sigma * normalQuantile(p));
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
			return x <= 0 ? 0 : normalCdf((Math.log(x) - distribution.mu) / distribution.sigma);
		case 'beta':
			if (x <= 0) return 0;
			if (x >= 1) return 1;
			return regularizedBeta(x, 1 - x, distribution.alpha, distribution.beta);
	}
}

// ---------------------------------------------------------------------------------------------
// The standard normal distribution

/** c₀ + c₁x + c₂x² + …, by Horner's rule. */
function polynomial(x: number, coefficients: readonly number[]): number {
	let value = 0;
	for (let k = coefficients.length - 1; k >= 0; k--) value = value * x + coefficients[k]!;
	return value;
}

// W. J. Cody's coefficients (ACM TOMS Algorithm 715, ANORM), lowest power first, each written as
// the shortest decimal of the double nearest the published 20-digit value.
const CDF_CENTRAL_NUMERATOR = [
	18154.98125334356, 1067.6894854603709, 161.02823106855587, 2.2352520354606837, 0.06568233791820745
];
const CDF_CENTRAL_DENOMINATOR = [
	45507.78933502673, 10260.932208618979, 976.0985517377767, 47.202581904688245, 1
];
const CDF_MIDDLE_NUMERATOR = [
	9842.714838383978, 11602.65143764735, 6848.190450536283, 2494.5375852903726, 597.2702763948002,
	93.50665613217785, 8.883149794388377, 0.39894151208813466, 1.0765576773720192e-8
];
const CDF_MIDDLE_DENOMINATOR = [
	19685.429676859992, 38912.00328609327, 34900.95272114598, 18615.571640885097, 6485.558298266761,
	1519.3775994075547, 235.387901782625, 22.266688044328117, 1
];
const CDF_TAIL_NUMERATOR = [
	0.000029112874951168793, 0.0014216191932278934, 0.022235277870649807, 0.12740116116024736,
	0.215898534057957, 0.023073441764940174
];
const CDF_TAIL_DENOMINATOR = [
	0.00007297515550839662, 0.0037823963320275824, 0.06598813786892856, 0.4682382124808651,
	1.284260096144911, 1
];

/**
 * Φ(x), the standard normal cdf, to about 16 significant digits (the lower tail down to about
 * 1e-300; 0 below x = −38, 1 above 38 in float64's rounding): W. J. Cody's rational
 * approximations (ACM TOMS Algorithm 715, ANORM). The factor e^(−x²/2) is computed as e^(−s²/2) × e^(−(x − s)(x + s)/2) with s = x
 * rounded down to sixteenths, so that x² is never rounded (Cody's device).
 */
function normalCdf(x: number): number {
	const y = Math.abs(x);
	if (y <= 0.66291) {
		const square = x * x;
		return (
			0.5 +
			(x * polynomial(square, CDF_CENTRAL_NUMERATOR)) / polynomial(square, CDF_CENTRAL_DENOMINATOR)
		);
	}
	if (y >= 50) return x > 0 ? 1 : 0;
	let tail: number;
	if (y <= Math.sqrt(32)) {
		tail = polynomial(y, CDF_MIDDLE_NUMERATOR) / polynomial(y, CDF_MIDDLE_DENOMINATOR);
	} else {
		const inverseSquare = 1 / (y * y);
		const correction =
			(inverseSquare * polynomial(inverseSquare, CDF_TAIL_NUMERATOR)) /
			polynomial(inverseSquare, CDF_TAIL_DENOMINATOR);
		tail = (1 / Math.sqrt(2 * Math.PI) - correction) / y;
	}
	const sixteenths = Math.floor(y * 16) / 16;
	tail *=
		Math.exp((-sixteenths * sixteenths) / 2) * Math.exp(-((y - sixteenths) * (y + sixteenths)) / 2);
	return x > 0 ? 1 - tail : tail;
}

// M. J. Wichura's coefficients (Applied Statistics Algorithm AS 241, PPND16), likewise.
const QUANTILE_CENTRAL_NUMERATOR = [
	3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
	67265.7709270087, 33430.57558358813, 2509.0809287301227
];
const QUANTILE_CENTRAL_DENOMINATOR = [
	1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
	28729.085735721943, 5226.495278852854
];
const QUANTILE_TAIL_NUMERATOR = [
	1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
	0.2417807251774506, 0.022723844989269184, 0.0007745450142783414
];
const QUANTILE_TAIL_DENOMINATOR = [
	1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
	0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9
];
const QUANTILE_FAR_TAIL_NUMERATOR = [
	6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
	0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7
];
const QUANTILE_FAR_TAIL_DENOMINATOR = [
	1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
	0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15
];

/**
 * Φ⁻¹(p), the standard normal quantile, to about 16 significant digits: M. J. Wichura's rational
 * approximations (Applied Statistics Algorithm AS 241, PPND16). Φ⁻¹(0) = −∞, Φ⁻¹(1) = +∞.
 */
function normalQuantile(p: number): number {
	const q = p - 0.5;
	if (Math.abs(q) <= 0.425) {
		const r = 0.180625 - q * q;
		return (
			(q * polynomial(r, QUANTILE_CENTRAL_NUMERATOR)) / polynomial(r, QUANTILE_CENTRAL_DENOMINATOR)
		);
	}
	const tail = normalTailQuantile(Math.log(q < 0 ? p : 1 - p));
	return q < 0 ? -tail : tail;
}

/** ln 0.075: below it `normalQuantile` takes its tail approximations. */
const LOG_NORMAL_TAIL = Math.log(0.075);

/**
 * −Φ⁻¹(p) for p < 0.075, given ln p, so that p may be far below the smallest double: AS 241's
 * tail approximations in r = √(−ln p), and beyond r = 816, where they no longer hold, the
 * asymptote r√2 (as R's `qnorm` does).
 */
function normalTailQuantile(logP: number): number {
	const r = Math.sqrt(-logP);
	if (r <= 5) {
		return (
			polynomial(r - 1.6, QUANTILE_TAIL_NUMERATOR) / polynomial(r - 1.6, QUANTILE_TAIL_DENOMINATOR)
		);
	}
	if (r < 816) {
		return (
			polynomial(r - 5, QUANTILE_FAR_TAIL_NUMERATOR) /
			polynomial(r - 5, QUANTILE_FAR_TAIL_DENOMINATOR)
		);
	}
	return r * Math.SQRT2;
}

// ---------------------------------------------------------------------------------------------
// The beta distribution

/** B₂ₖ / (2k(2k − 1)), k = 1 … 8: Stirling's series for ln Γ(a), in powers of 1/a². */
const STIRLING_SERIES = [
	1 / 12,
	-1 / 360,
	1 / 1260,
	-1 / 1680,
	1 / 1188,
	-691 / 360360,
	1 / 156,
	-3617 / 122400
];

/**
 * ln Γ(a) less Stirling's approximation (a − ½) ln a − a + ½ ln 2π, for a > 0: Stirling's
 * series from a = 10 on (eight terms: the next is below 1e-17 there), and below 10 the series at
 * a + n ≥ 10 carried down by Γ(a + n) = a (a + 1) … (a + n − 1) Γ(a). Kept apart from the large
 * terms it corrects, so that ln B(a, b) loses no digits when a and b are large.
 */
function stirlingError(a: number): number {
	const shift = a < 10 ? Math.ceil(10 - a) : 0;
	const shifted = a + shift;
	const r = 1 / (shifted * shifted);
	const series = polynomial(r, STIRLING_SERIES) / shifted;
	if (shift === 0) return series;
	let product = 1;
	for (let k = 0; k < shift; k++) product *= a + k;
	return (
		series +
		(shifted - 0.5) * Math.log(shifted) -
		(a - 0.5) * Math.log(a) -
		shift -
		Math.log(product)
	);
}

/** ln(1 + u) − u for |u| ≤ ½, without the cancellation of the two terms. */
function log1pMinusU(u: number): number {
	// ln(1 + u) = 2 artanh r = 2(r + r³/3 + r⁵/5 + …) with r = u / (2 + u), |r| ≤ 1/3, and
	// 2r − u = −r u.
	const r = u / (2 + u);
	const r2 = r * r;
	let power = r2 * r;
	let sum = 0;
	for (let k = 3; Math.abs(power) > 1e-17 * Math.abs(sum) * k; k += 2) {
		sum += power / k;
		power *= r2;
	}
	return 2 * sum - r * u;
}

/**
 * λ = a − (a + b) x = (a + b) y − b, how far x is below the mean a/(a + b) in units of 1/(a + b),
 * given y = 1 − x. Of x and y it uses the one on the mean's side of ½, which is what carries
 * the digits of x − mean (DiDonato & Morris, ACM TOMS Algorithm 708).
 */
function betaLambda(x: number, y: number, a: number, b: number): number {
	return a <= b ? a - (a + b) * x : (a + b) * y - b;
}

/**
 * ln(x^a y^b ÷ B(a, b)), y = 1 − x, λ = `betaLambda(x, y, a, b)`. With p = a/(a + b), ln B(a, b)
 * is written through Stirling's formula as a ln p + b ln(1 − p) − ½ ln(ab/(a + b)) + ½ ln 2π
 * plus the Stirling errors, so that the large terms cancel on paper: what remains is
 * a ln(x/p) + b ln(y/(1 − p)), where x/p = 1 − λ/a and y/(1 − p) = 1 + λ/b — each term
 * ln(1 + u) − u, taken from λ near the mean and from x or y themselves far from it, as in
 * TOMS 708's `brcomp`. It keeps its digits when a and b are 10¹⁰ and when x is 10⁻³⁰⁰.
 */
function logBetaPowerTerms(x: number, y: number, a: number, b: number, lambda: number): number {
	const total = a + b;
	const towardsX = -lambda / a;
	const towardsY = lambda / b;
	const xTerm =
		Math.abs(towardsX) <= 0.5 ? log1pMinusU(towardsX) : Math.log((x * total) / a) - towardsX;
	const yTerm =
		Math.abs(towardsY) <= 0.5 ? log1pMinusU(towardsY) : Math.log((y * total) / b) - towardsY;
	return (
		a * xTerm +
		b * yTerm +
		0.5 * Math.log((a / total) * b) -
		0.5 * Math.log(2 * Math.PI) -
		(stirlingError(a) + stirlingError(b) - stirlingError(total))
	);
}

/** The relative change below which a continued fraction or a quantile has converged. */
const EPSILON = 1e-15;
/**
 * The most terms of a continued fraction. At a fitted 5th or 95th percentile it takes about 100;
 * at the median about (a + b)^⅓ (50 000 for a + b = 10¹²), so only the cdf near the median of a
 * beta with a + b beyond about 10¹⁶, a share range narrower than about 1e-8 of its value, stops
 * short of full accuracy (and takes some 10 ms).
 */
const MAX_TERMS = 1_000_000;

/**
 * I_x(a, b) ÷ (x^a y^b / B(a, b)) for x at or below the mean (λ ≥ 0): the continued fraction of
 * DiDonato & Morris (ACM TOMS Algorithm 708, `bfrac`), evaluated forwards with rescaling. It is
 * written in λ, x and y, never in 1 − x, so it loses no digits when x is close to 1.
 */
function betaContinuedFraction(x: number, y: number, a: number, b: number, lambda: number): number {
	const c = lambda + 1;
	const c0 = b / a;
	const c1 = 1 / a + 1;
	let p = 1;
	let s = a + 1;
	let previousNumerator = 0;
	let previousDenominator = 1;
	let numerator = 1;
	let denominator = c / c1;
	let ratio = c1 / c;
	for (let n = 1; n < MAX_TERMS; n++) {
		const t = n / a;
		const w = n * (b - n) * x;
		const e = a / s;
		const alpha = p * (p + c0) * e * e * (w * x);
		const beta = n + w / s + ((t + 1) / (c1 + t + t)) * (c + n * (y + 1));
		p = t + 1;
		s += 2;
		const nextNumerator = alpha * previousNumerator + beta * numerator;
		const nextDenominator = alpha * previousDenominator + beta * denominator;
		const previousRatio = ratio;
		ratio = nextNumerator / nextDenominator;
		// Converged, or NaN (from parameters beyond float64), which no further term changes.
		if (!(Math.abs(ratio - previousRatio) > EPSILON * ratio)) break;
		previousNumerator = numerator / nextDenominator;
		previousDenominator = denominator / nextDenominator;
		numerator = ratio;
		denominator = 1;
	}
	return ratio;
}

/**
 * The tail of Beta(a, b) at x on x's side of the mean, given y = 1 − x: ln I_x(a, b) when
 * `lower` (x at or below the mean), else ln(1 − I_x(a, b)) = ln I_y(b, a). Such a tail is small,
 * or at least not close to 1, and its logarithm does not underflow, so neither a tail of 1e-20
 * nor one of 1e-400 loses its digits. With it, ln(x^a y^b ÷ B(a, b)).
 */
function betaTail(
	x: number,
	y: number,
	a: number,
	b: number
): { lower: boolean; logTail: number; logPowerTerms: number } {
	const lambda = betaLambda(x, y, a, b);
	const lower = lambda >= 0;
	const fraction = lower
		? betaContinuedFraction(x, y, a, b, lambda)
		: betaContinuedFraction(y, x, b, a, -lambda);
	const logPowerTerms = logBetaPowerTerms(x, y, a, b, lambda);
	return { lower, logTail: Math.min(0, logPowerTerms + Math.log(fraction)), logPowerTerms };
}

/** I_x(a, b), the regularized incomplete beta function (the Beta(a, b) cdf), given y = 1 − x. */
function regularizedBeta(x: number, y: number, a: number, b: number): number {
	const { lower, logTail } = betaTail(x, y, a, b);
	return lower ? Math.exp(logTail) : -Math.expm1(logTail);
}

/** Φ⁻¹(I_x(a, b)), given y = 1 − x: finite and accurate even where I_x(a, b) rounds to 0 or 1. */
function betaScore(x: number, y: number, a: number, b: number): number {
	const { lower, logTail } = betaTail(x, y, a, b);
	const tailScore =
		logTail < LOG_NORMAL_TAIL ? -normalTailQuantile(logTail) : normalQuantile(Math.exp(logTail));
	return lower ? tailScore : -tailScore;
}

/**
 * The Beta(α, β) with `low` as its 5th percentile and `high` as its 95th, 0 < low < high < 1, or
 * null where float64 holds none.
 *
 * Newton's method in (ln α, ln β), so that α and β stay positive, on the two equations
 * Φ⁻¹(I_low(α, β)) = Φ⁻¹(0.05) and Φ⁻¹(I_high(α, β)) = Φ⁻¹(0.95). In normal scores they are
 * nearly linear, and each side is computed from its own tail, so neither loses digits near 0 or
 * 1. It starts from the logit-normal approximation (logit X normal with mean ψ(α) − ψ(β) ≈
 * ln(α/β) and variance ψ′(α) + ψ′(β) ≈ 1/α + 1/β), close to the root for all but the most
 * skewed ranges. The Jacobian is by forward differences, with a step that moves the scores by
 * about 1e-5 however narrow the range; a Newton step is at most a factor e² in α or β and is
 * halved until it reduces the residual.
 *
 * It stops at a residual of 1e-10 in normal scores (LOW and HIGH the 5th and 95th percentiles to
 * 1e-10 standard deviations), or at what rounding allows: for a range narrower than about 1e-4
 * of its value float64 cannot place LOW and HIGH that finely. A fit that stops above both 1e-6
 * and that floor is no fit.
 */
function betaThrough(low: number, high: number): { alpha: number; beta: number } | null {
	const residuals = (alpha: number, beta: number): [number, number] => [
		betaScore(low, 1 - low, alpha, beta) + Z95,
		betaScore(high, 1 - high, alpha, beta) - Z95
	];
	const size = ([first, second]: [number, number]) => Math.max(Math.abs(first), Math.abs(second));

	const logitLow = Math.log(low / (1 - low));
	const logitHigh = Math.log(high / (1 - high));
	const mean = (logitLow + logitHigh) / 2;
	const variance = ((logitHigh - logitLow) / (2 * Z95)) ** 2;
	let alpha = (1 + Math.exp(mean)) / variance;
	let beta = (1 + Math.exp(-mean)) / variance;
	// A score moves by about √(αβ/(α + β)) with a relative change of α, β, LOW or HIGH.
	const rate = () => 1 + Math.sqrt((alpha * beta) / (alpha + beta));
	// What rounding allows: each of them is rounded to about 1e-16.
	const floor = () => ROUNDING_FLOOR * rate();
	let residual = residuals(alpha, beta);
	let stalled = false;
	for (
		let iteration = 0;
		iteration < 100 && !stalled && size(residual) > Math.max(FIT_TOLERANCE, floor());
		iteration++
	) {
		// The differences are taken between the parameters as rounded, so that they stay exact
		// however small.
		const relative = Math.max(SCORE_DIFFERENCE / rate(), SMALLEST_DIFFERENCE);
		const movedAlpha = alpha * (1 + relative);
		const movedBeta = beta * (1 + relative);
		const alongAlpha = residuals(movedAlpha, beta);
		const alongBeta = residuals(alpha, movedBeta);
		const alphaDifference = Math.log1p((movedAlpha - alpha) / alpha);
		const betaDifference = Math.log1p((movedBeta - beta) / beta);
		const j11 = (alongAlpha[0] - residual[0]) / alphaDifference;
		const j21 = (alongAlpha[1] - residual[1]) / alphaDifference;
		const j12 = (alongBeta[0] - residual[0]) / betaDifference;
		const j22 = (alongBeta[1] - residual[1]) / betaDifference;
		const determinant = j11 * j22 - j12 * j21;
		let stepAlpha = (j12 * residual[1] - j22 * residual[0]) / determinant;
		let stepBeta = (j21 * residual[0] - j11 * residual[1]) / determinant;
		const longest = Math.max(Math.abs(stepAlpha), Math.abs(stepBeta));
		if (longest > MAX_STEP) {
			stepAlpha *= MAX_STEP / longest;
			stepBeta *= MAX_STEP / longest;
		}
		let candidate = residuals(alpha * Math.exp(stepAlpha), beta * Math.exp(stepBeta));
		for (let halving = 0; !(size(candidate) < size(residual)) && halving < 10; halving++) {
			stepAlpha /= 2;
			stepBeta /= 2;
			candidate = residuals(alpha * Math.exp(stepAlpha), beta * Math.exp(stepBeta));
		}
		if (!(size(candidate) < size(residual))) break;
		// Near the root Newton's method halves the residual at least; when it does not, what is
		// left is rounding.
		stalled = size(candidate) < ACCEPTED_RESIDUAL && size(candidate) > size(residual) / 2;
		alpha *= Math.exp(stepAlpha);
		beta *= Math.exp(stepBeta);
		residual = candidate;
	}
	return size(residual) <= Math.max(ACCEPTED_RESIDUAL, floor()) ? { alpha, beta } : null;
}

/** The largest residual, in normal scores, of a converged beta fit. */
const FIT_TOLERANCE = 1e-10;
/** The largest residual of a fit that stopped short of `FIT_TOLERANCE`, in normal scores. */
const ACCEPTED_RESIDUAL = 1e-6;
/** The residual rounding allows per unit of √(αβ/(α + β)): 1e-16 with a margin of 100. */
const ROUNDING_FLOOR = 1e-14;
/** About how far the Jacobian's forward differences move a score. */
const SCORE_DIFFERENCE = 1e-5;
/** The smallest relative change of α or β in a forward difference: some 500 units of rounding. */
const SMALLEST_DIFFERENCE = 1e-13;
/** The longest Newton step in ln α or ln β. */
const MAX_STEP = 2;

/** ln of the smallest positive double: no quantile below 1 is closer to 0. */
const LOG_SMALLEST = Math.log(Number.MIN_VALUE);

/**
 * The p-quantile of Beta(a, b), 0 ≤ p ≤ 1. It is solved for in whichever of x and 1 − x is at
 * most ½, where that number has all its digits: 1 − x is the (1 − p)-quantile of Beta(b, a).
 */
function betaQuantile(p: number, a: number, b: number): number {
	if (p === 0) return 0;
	if (p === 1) return 1;
	const q = 1 - p;
	return regularizedBeta(0.5, 0.5, a, b) >= p
		? betaQuantileToHalf(p, q, a, b)
		: 1 - betaQuantileToHalf(q, p, b, a);
}

/**
 * The x ≤ ½ with I_x(a, b) = p, given q = 1 − p. Newton's method in ln x on the equation of the
 * smaller tail, ln I_x(a, b) = ln p or ln(1 − I_x(a, b)) = ln q: near 0, where I_x(a, b) ≈ c x^a,
 * the first is nearly linear in ln x. It starts from the guess of Numerical Recipes' `invbetai`
 * and bisects the interval known to hold the root where a step would leave it.
 */
function betaQuantileToHalf(p: number, q: number, a: number, b: number): number {
	const onUpperTail = p > q;
	const target = Math.log(onUpperTail ? q : p);
	let below = LOG_SMALLEST;
	let above = -Math.LN2;
	let t = Math.min(Math.max(Math.log(betaQuantileGuess(p, a, b)), below), above);
	for (let iteration = 0; iteration < 200; iteration++) {
		const x = Math.exp(t);
		const y = -Math.expm1(t);
		const { lower, logTail, logPowerTerms } = betaTail(x, y, a, b);
		const logOtherTail = Math.log(-Math.expm1(logTail));
		const logEquationTail = lower === onUpperTail ? logOtherTail : logTail;
		// The equation as a function of t = ln x that increases through its root.
		const error = onUpperTail ? target - logEquationTail : logEquationTail - target;
		if (error === 0) return x;
		if (error < 0) below = t;
		else above = t;
		// |d ln(tail)/d ln x| = x × density ÷ tail, the density being x^(a−1) y^(b−1) ÷ B(a, b).
		const slope = Math.exp(logPowerTerms - Math.log(y) - logEquationTail);
		const newton = t - error / slope;
		if (Math.abs(newton - t) <= EPSILON) return Math.exp(newton);
		if (newton > below && newton < above) t = newton;
		else {
			const middle = (below + above) / 2;
			if (middle === below || middle === above) return x;
			t = middle;
		}
	}
	return Math.exp(t);
}

/**
 * A starting point for `betaQuantile` (Numerical Recipes §6.14): for a, b ≥ 1 a normal
 * approximation (Abramowitz & Stegun 26.5.22); otherwise the leading term of whichever tail
 * holds p, I_x ≈ x^a/(a B) near 0 and 1 − (1 − x)^b/(b B) near 1.
 */
function betaQuantileGuess(p: number, a: number, b: number): number {
	if (a >= 1 && b >= 1) {
		const z = -normalQuantile(p);
		const lambda = (z * z - 3) / 6;
		const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
		const w =
			(z * Math.sqrt(h + lambda)) / h -
			(1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5 / 6 - 2 / (3 * h));
		return a / (a + b * Math.exp(2 * w));
	}
	const lowerWeight = Math.exp(a * Math.log(a / (a + b))) / a;
	const upperWeight = Math.exp(b * Math.log(b / (a + b))) / b;
	const total = lowerWeight + upperWeight;
	if (p < lowerWeight / total) return Math.pow(a * total * p, 1 / a);
	return 1 - Math.pow(b * total * (1 - p), 1 / b);
}
