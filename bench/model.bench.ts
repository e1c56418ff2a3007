/**
 * `npm run bench`: nanoseconds per call of the model and the URL codec, from one run, against
 * the seed formula in plain JavaScript numbers as a floor. Targets (issue "Overslag core"):
 * runModel with its trail under 50 µs at years = 1 and under 1 ms at years = 50.
 */
import '../src/lib/i18n/all-locales';
import { runModel } from '../src/lib/model';
import { calculate } from '../src/lib/report';
import { decode, encode, toModelInput } from '../src/lib/scenario';

const ONE_YEAR =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1';
const FIFTY_YEARS =
	'pop=150000&s1=0.15&s2=0.35&s3=0.6&ben=265657&btax=0.123&wage=712440&wtax=0.262&emp=0.141&work=0.8&health=20000&cost=150000&success=0.5&dead=0.3&disp=0.1&drop=0.15&years=50&disc=0.04&v=1';

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

const oneYear = toModelInput(scenarioOf(ONE_YEAR));
const fiftyYears = toModelInput(scenarioOf(FIFTY_YEARS));
const seedScenario = scenarioOf(ONE_YEAR);

console.log(`Overslag benchmark, node ${process.version}, ${new Date().toISOString()}`);
const results = {
	plain: measure(
		'seed formula in plain JS numbers (floor)',
		() => plainNumbers(150000, 0.1, 250000),
		1_000_000
	),
	one: measure('runModel with trail, years = 1', () => runModel(oneYear), 20_000),
	fifty: measure('runModel with trail, years = 50', () => runModel(fiftyYears), 1_000),
	decode: measure('decode (seed URL with two claims)', () => decode(ONE_YEAR), 20_000),
	encode: measure('encode (seed scenario)', () => encode(seedScenario), 50_000),
	calculate: measure(
		'calculate: decode + model + claims + words (seed)',
		() => calculate(ONE_YEAR),
		200
	)
};
console.log();
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(`target runModel years=1  < 50 000 ns: ${verdict(results.one < 50_000)}`);
console.log(`target runModel years=50 < 1 000 000 ns: ${verdict(results.fifty < 1_000_000)}`);
if (sink === 0) console.log('(sink)');
