/**
 * `npm run bench`: nanoseconds per call of the model and the URL codec, from one run, against
 * the seed formula in plain JavaScript numbers as a floor. Targets (issue "Overslag core"):
 * runModel with its trail under 50 µs at years = 1 and under 1 ms at years = 50. Issue "Vary it
 * honestly": a simulation at years = 1 within 10 ms at 10 000 draws and within 50 ms at 100 000,
 * a tornado over every input within 5 ms, measured on the 15 inputs of `ALL_RANGES` (the
 * simulations at years = 20, the tornado over 23 ranges, the worker's uncertaintyOfQuery and
 * calculate with a simulation are measured without a target).
 */
import '../src/lib/i18n/all-locales';
import { runModel, type ModelInput } from '../src/lib/model';
import { calculate } from '../src/lib/report/calculate';
import { uncertaintyOfQuery } from '../src/lib/report/uncertainty';
import { decode, encode, toModelInput } from '../src/lib/scenario';
import { simulate, type SimulationInput } from '../src/lib/uncertainty/simulate';
import { tornado } from '../src/lib/uncertainty/tornado';

const ONE_YEAR =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1';
const FIFTY_YEARS =
	'pop=150000&s1=0.15&s2=0.35&s3=0.6&ben=265657&btax=0.123&wage=712440&wtax=0.262&emp=0.141&work=0.8&health=20000&cost=150000&success=0.5&dead=0.3&disp=0.1&drop=0.15&years=50&disc=0.04&v=1';

/** Two inputs given as ranges, one year; 10 000 draws unless `&n=` says otherwise. */
const TWO_RANGES = 'pop=150000&s1=0.1:0.05:0.15&ben=250000:200000:300000&v=2';
/** Every numeric input but `years` given as a range (15 of them), 20 years. */
const ALL_RANGES =
	'pop=150000:120000:180000&s1=0.15:0.1:0.2&ben=265657:230000:300000&btax=0.123:0.1:0.15&wage=712440:600000:800000&wtax=0.262:0.22:0.3&emp=0.141:0.12:0.16&work=0.8:0.6:0.9&health=20000:10000:30000&cost=150000:100000:200000&success=0.5:0.3:0.7&dead=0.3:0.2:0.4&disp=0.1:0.05:0.15&drop=0.15:0.1:0.2&years=20&disc=0.04:0.02:0.06&v=2';
/**
 * The largest tornado: `ALL_RANGES` with all eight funnel steps and the cost of public funds
 * ranged too (society perspective), 23 ranges.
 */
const EVERY_RANGE = [
	'pop=150000:120000:180000',
	...Array.from({ length: 8 }, (_, index) => `s${index + 1}=0.9${index + 1}:0.8:0.99`),
	'ben=265657:230000:300000&btax=0.123:0.1:0.15&wage=712440:600000:800000',
	'wtax=0.262:0.22:0.3&emp=0.141:0.12:0.16&work=0.8:0.6:0.9&health=20000:10000:30000',
	'cost=150000:100000:200000&success=0.5:0.3:0.7&dead=0.3:0.2:0.4&disp=0.1:0.05:0.15',
	'drop=0.15:0.1:0.2&years=20&disc=0.04:0.02:0.06&mcpf=0.2:0.1:0.3&persp=society&v=3'
].join('&');
const DRAWS_100K = '&n=100000';

function scenarioOf(query: string) {
	const decoded = decode(query);
	if (!decoded.input) throw new Error(`bad bench query: ${JSON.stringify(decoded.issues)}`);
	return decoded.input;
}

/** Median nanoseconds per call over `rounds` rounds of `batch` calls, after a warm-up. */
function measure(name: string, fn: () => unknown, batch: number, rounds = 15): number {
	for (let i = 0; i < batch; i++) fn();
	const perCall: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const start = process.hrtime.bigint();
		for (let i = 0; i < batch; i++) fn();
		perCall.push(Number(process.hrtime.bigint() - start) / batch);
	}
	perCall.sort((a, b) => a - b);
	const median = perCall[Math.floor(perCall.length / 2)] ?? 0;
	console.log(`${name.padEnd(52)} ${median.toFixed(0).padStart(10)} ns/op`);
	return median;
}

let sink = 0;
function plainNumbers(pop: number, share: number, benefit: number): number {
	const helped = pop * share;
	const saving = helped * benefit;
	sink += saving;
	return saving;
}

/**
 * Two inputs that differ in drop-off and discount rate, taken in turn: `runModel` hands out its
 * last persons-in-work and divisor series again for equal arguments, so one input run over and
 * over would time a run that works neither out. Each call here works both out anew.
 */
function inTurn(query: string): () => ModelInput {
	const inputs = [toModelInput(scenarioOf(query)), toModelInput(scenarioOf(query))];
	inputs[1] = { ...inputs[1]!, drop: '0.1501', disc: '0.0401' };
	let next = 0;
	return () => inputs[(next = 1 - next)]!;
}
const oneYear = inTurn(ONE_YEAR);
const fiftyYears = inTurn(FIFTY_YEARS);
const seedScenario = scenarioOf(ONE_YEAR);

/** What `simulate` takes for `query`, checked to have `rangeCount` ranges. */
function simulationOf(query: string, rangeCount: number): SimulationInput {
	const scenario = scenarioOf(query);
	const ranges = scenario.ranges ?? {};
	if (Object.keys(ranges).length !== rangeCount) throw new Error(`bench query ranges: ${query}`);
	const input = toModelInput(scenario);
	const { claims, n, seed } = scenario;
	return { input, ranges, claims, exact: runModel(input).results, n, seed };
}

const twoRanges = simulationOf(TWO_RANGES, 2);
const twoRanges100k = simulationOf(TWO_RANGES + DRAWS_100K, 2);
const allRanges = simulationOf(ALL_RANGES, 15);
const allRanges100k = simulationOf(ALL_RANGES + DRAWS_100K, 15);
const everyRange = simulationOf(EVERY_RANGE, 23);

/**
 * Nanoseconds of one call of `fn`, printed as `measure` prints: for the first simulation of a
 * fresh process (a fresh web worker), before the JIT has compiled the simulation's code.
 */
function once(name: string, fn: () => unknown): void {
	const start = process.hrtime.bigint();
	fn();
	const elapsed = Number(process.hrtime.bigint() - start);
	console.log(`${name.padEnd(52)} ${elapsed.toFixed(0).padStart(10)} ns/op`);
}

console.log(`Overslag benchmark, node ${process.version}, ${new Date().toISOString()}`);
const results = {
	plain: measure(
		'seed formula in plain JS numbers (floor)',
		() => plainNumbers(150000, 0.1, 250000),
		1_000_000
	),
	one: measure('runModel with trail, years = 1', () => runModel(oneYear()), 20_000),
	fifty: measure('runModel with trail, years = 50', () => runModel(fiftyYears()), 1_000),
	decode: measure('decode (seed URL with two claims)', () => decode(ONE_YEAR), 20_000),
	encode: measure('encode (seed scenario)', () => encode(seedScenario), 50_000),
	calculate: measure(
		'calculate: decode + model + claims + words (seed)',
		() => calculate(ONE_YEAR),
		200
	)
};
once('simulate 10 000 draws, 2 ranges, first call (cold)', () => simulate(twoRanges));
// The JIT takes about ten 10 000-draw runs to settle; the figures below are of code that has
// settled, as in a worker past its first few answers.
for (const given of [twoRanges, twoRanges100k, allRanges, allRanges100k]) {
	const outcome = simulate(given);
	if (!outcome.ok) throw new Error(`bench query does not simulate: ${JSON.stringify(outcome)}`);
}
for (let i = 0; i < 10; i++) simulate(twoRanges);
const uncertainty = {
	sim10k: measure('simulate 10 000 draws, years = 1, 2 ranges', () => simulate(twoRanges), 1, 11),
	sim100k: measure(
		'simulate 100 000 draws, years = 1, 2 ranges',
		() => simulate(twoRanges100k),
		1,
		7
	),
	simAll10k: measure(
		'simulate 10 000 draws, years = 20, 15 ranges',
		() => simulate(allRanges),
		1,
		11
	),
	simAll100k: measure(
		'simulate 100 000 draws, years = 20, 15 ranges',
		() => simulate(allRanges100k),
		1,
		7
	),
	tornado: measure(
		'tornado of pv_net, years = 20, 15 ranges',
		() => tornado(allRanges.input, allRanges.ranges, 'pv_net'),
		5,
		11
	),
	tornadoEvery: measure(
		'tornado of pv_net, years = 20, 23 ranges (no target)',
		() => tornado(everyRange.input, everyRange.ranges, 'pv_net'),
		5,
		11
	),
	worker: measure(
		'uncertaintyOfQuery (worker), 2 ranges, 10 000',
		() => uncertaintyOfQuery(TWO_RANGES, 'nb'),
		1,
		11
	),
	calculateRanges: measure(
		'calculate with simulation, 2 ranges, 10 000',
		() => calculate(TWO_RANGES),
		1,
		11
	)
};
console.log();
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(`target runModel years=1  < 50 000 ns: ${verdict(results.one < 50_000)}`);
console.log(`target runModel years=50 < 1 000 000 ns: ${verdict(results.fifty < 1_000_000)}`);
const ms = (ns: number) => `${(ns / 1e6).toFixed(1)} ms`;
for (const [label, ns, limit] of [
	['simulate 10 000 draws, years = 1', uncertainty.sim10k, 10],
	['simulate 100 000 draws, years = 1', uncertainty.sim100k, 50],
	['tornado over every input (15 ranges)', uncertainty.tornado, 5]
] as const) {
	console.log(`target ${label} <= ${limit} ms: ${verdict(ns <= limit * 1e6)} (${ms(ns)})`);
}
if (sink === 0) console.log('(sink)');
