/**
 * The scenario URLs the benchmarks time and the tests hold to their work budget: the seed
 * article's claim, and the costliest valid URL we know how to build.
 */

/** The seed: 150 000 × 10 % × 250 000 kr, with its two published claims. */
export const SEED_QUERY =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1';

/**
 * The costliest valid URL: the longest horizon (50 years), all eight funnel steps, every
 * adjustment (drop-off and discounting make every later year its own computation), and four
 * claims on `break_even_success` at 40 significant digits that no input can make hold exactly,
 * so each of them searches every input numerically, through every horizon.
 */
export const WORST_QUERY = [
	'pop=150000',
	...Array.from({ length: 8 }, (_, index) => `s${index + 1}=0.9${index + 1}`),
	'ben=265657&btax=0.123&wage=712440&wtax=0.262&emp=0.141&work=0.8&health=20000',
	'cost=150000&success=0.5&dead=0.3&disp=0.1&drop=0.15&years=50&disc=0.04',
	...[1, 2, 3, 4].map((n) => `c${n}=break_even_success:approx:0.${'3'.repeat(28)}${n}:40`),
	'v=1'
].join('&');
