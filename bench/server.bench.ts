/**
 * `npm run bench` (second half): the production server under load, in one run, against a bare
 * `node:http` hello-world started beside it, so the machine's speed of the hour divides out.
 *
 * - CPU milliseconds per request of the server process (from /proc, every request a URL it has
 *   not seen, so the cache plays no part): the seed page, the costliest valid URL we know
 *   (`./urls.ts`) as a page and through the API. Target: the worst URL ≤ 50 ms. The costliest
 *   with ranges (100 000 draws of every input, for A and for B) is measured without a target.
 * - requests per second under autocannon (10 connections, 10 s, gzip accepted as a browser
 *   does): hello-world; the seed page with its two claims asked again and again (the cache
 *   answers), and a different seed URL every request; the same for the worst URL. Targets: the
 *   seed page ≥ 25 % of hello-world repeated, ≥ 4 % never seen before.
 * - whether one URL can stall the server: after 10 s of 10 connections on the worst URL, how
 *   long a seed page takes (target < 100 ms), asked for while the load still runs and just after;
 *   the same while 10 connections ask never-seen variants of the costliest URL with ranges, whose
 *   simulation runs in worker threads (`src/lib/server/simulation.ts`).
 *
 * A benchmark, not a test: a missed target prints MISSED and exits 0. `--no-build` uses the
 * build already there.
 */
import { execSync } from 'node:child_process';
import { startServer } from '../tests/e2e/server';
import {
	CONNECTIONS,
	cpuPerRequest,
	requestsPerSecond,
	row,
	SECONDS,
	startHelloWorld,
	timed,
	unseen,
	verdict
} from './load';
import { SEED_QUERY, WORST_QUERY, WORST_RANGES_QUERY } from './urls';

if (!process.argv.includes('--no-build')) execSync('npm run -s build', { stdio: 'inherit' });
const { baseURL, server } = await startServer('/api/v1/calc?pop=1');
const hello = await startHelloWorld();
const pid = server.pid!;
const seedPage = `/?${SEED_QUERY}`;
const worstPage = `/?${WORST_QUERY}`;
const worstApi = `/api/v1/calc?${WORST_QUERY}`;

try {
	console.log(`Overslag server benchmark, node ${process.version}, ${new Date().toISOString()}`);
	console.log(`\nCPU per request, each a URL never seen (median of 5 rounds)`);
	const seedCpu = await cpuPerRequest(baseURL, pid, seedPage, 40);
	row('seed page, two claims', `${seedCpu.toFixed(1)} ms`);
	const worstPageCpu = await cpuPerRequest(baseURL, pid, worstPage, 10);
	row(
		'worst URL, page',
		`${worstPageCpu.toFixed(1)} ms`,
		`target ≤ 50 ms: ${verdict(worstPageCpu <= 50)}`
	);
	const worstApiCpu = await cpuPerRequest(baseURL, pid, worstApi, 10);
	row(
		'worst URL, API',
		`${worstApiCpu.toFixed(1)} ms`,
		`target ≤ 50 ms: ${verdict(worstApiCpu <= 50)}`
	);
	for (const [label, path] of [
		['worst URL with ranges, page', `/?${WORST_RANGES_QUERY}`],
		['worst URL with ranges, API', `/api/v1/calc?${WORST_RANGES_QUERY}`]
	]) {
		row(label!, `${(await cpuPerRequest(baseURL, pid, path!, 2)).toFixed(0)} ms`);
	}

	console.log(`\nRequests per second, ${CONNECTIONS} connections, ${SECONDS} s each`);
	const helloRate = await requestsPerSecond(hello.url);
	row('node:http hello-world', helloRate.toFixed(0));
	const share = (rate: number) => `${((100 * rate) / helloRate).toFixed(1)} %`;
	const seedRepeated = await requestsPerSecond(baseURL + seedPage);
	row(
		'seed page, the same URL',
		seedRepeated.toFixed(0),
		`${share(seedRepeated)}, target ≥ 25 %: ${verdict(seedRepeated >= helloRate / 4)}`
	);
	const seedUnseen = await requestsPerSecond(baseURL + seedPage, true);
	row(
		'seed page, a URL never seen',
		seedUnseen.toFixed(0),
		`${share(seedUnseen)}, target ≥ 4 %: ${verdict(seedUnseen >= helloRate / 25)}`
	);
	const worstUnseen = await requestsPerSecond(baseURL + worstPage, true);
	row('worst URL page, a URL never seen', worstUnseen.toFixed(1), share(worstUnseen));

	console.log(
		`\nOne URL must not stall the server: ${CONNECTIONS} connections on the worst URL for ${SECONDS} s`
	);
	const load = requestsPerSecond(baseURL + worstPage);
	await new Promise((resolve) => setTimeout(resolve, (SECONDS - 0.5) * 1000));
	const during = await timed(baseURL + unseen(seedPage, 1));
	const worstRepeated = await load;
	const after = await timed(baseURL + unseen(seedPage, 2));
	row('worst URL page, the same URL', worstRepeated.toFixed(0), share(worstRepeated));
	row(
		'a seed page (never seen) at 9.5 s into the load',
		`${during.toFixed(1)} ms`,
		`target < 100 ms: ${verdict(during < 100)}`
	);
	row(
		'a seed page (never seen) just after the load',
		`${after.toFixed(1)} ms`,
		`target < 100 ms: ${verdict(after < 100)}`
	);

	console.log(
		`\nNor one URL with ranges: ${CONNECTIONS} connections on never-seen variants of the costliest for ${SECONDS} s`
	);
	const rangedLoad = requestsPerSecond(baseURL + `/?${WORST_RANGES_QUERY}`, true);
	await new Promise((resolve) => setTimeout(resolve, (SECONDS - 0.5) * 1000));
	const duringRanged = await timed(baseURL + unseen(seedPage, 3));
	const rangedRate = await rangedLoad;
	row('costliest ranged URL page, never seen', rangedRate.toFixed(1), 'requests per second');
	row(
		'a seed page (never seen) at 9.5 s into the load',
		`${duringRanged.toFixed(1)} ms`,
		`target < 100 ms: ${verdict(duringRanged < 100)}`
	);
} finally {
	hello.stop();
	server.kill('SIGTERM');
}
