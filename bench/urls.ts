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

/**
 * The costliest valid URL with ranges: the worst URL's shape with every numeric input but
 * `years` given as a range (the cost of public funds too, in the society perspective), the most
 * draws (`n=100000`), and a scenario B (computed exactly beside A; only A is simulated).
 * Written in its canonical order, so the page answers it rather than redirecting.
 */
export const WORST_RANGES_QUERY = [
	'pop=150000:120000:180000',
	...Array.from({ length: 8 }, (_, index) => `s${index + 1}=0.9${index + 1}:0.8:0.99`),
	'ben=265657:230000:300000&btax=0.123:0.1:0.15&wage=712440:600000:800000',
	'wtax=0.262:0.22:0.3&emp=0.141:0.12:0.16&work=0.8:0.6:0.9&health=20000:10000:30000',
	'cost=150000:100000:200000&success=0.5:0.3:0.7&dead=0.3:0.2:0.4&disp=0.1:0.05:0.15',
	'drop=0.15:0.1:0.2&years=50&disc=0.04:0.02:0.06&mcpf=0.2:0.1:0.3&persp=society',
	...[1, 2, 3, 4].map((n) => `c${n}=break_even_success:approx:0.${'3'.repeat(26)}${n}:28`),
	'n=100000&b_s1=0.2&b_dead=0.5',
	'v=3'
].join('&');
