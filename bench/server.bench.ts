/**
 * `npm run bench` (second half): the production server under load, in one run, against a bare
 * `node:http` hello-world started beside it, so the machine's speed of the hour divides out.
 *
 * - CPU milliseconds per request of the server process (from /proc, every request a URL it has
 *   not seen, so the cache plays no part): the seed page, the costliest valid URL we know
 *   (`./urls.ts`) as a page and through the API. Target: the worst URL ≤ 50 ms.
 * - requests per second under autocannon (10 connections, 10 s, gzip accepted as a browser
 *   does): hello-world; the seed page with its two claims asked again and again (the cache
 *   answers), and a different seed URL every request; the same for the worst URL. Targets: the
 *   seed page ≥ 25 % of hello-world repeated, ≥ 4 % never seen before.
 * - whether one URL can stall the server: after 10 s of 10 connections on the worst URL, how
 *   long a seed page takes (target < 100 ms), asked for while the load still runs and just after.
 *
 * A benchmark, not a test: a missed target prints MISSED and exits 0. `--no-build` uses the
 * build already there.
 */
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { freePort, startServer, waitUntilUp } from '../tests/e2e/server';
import { SEED_QUERY, WORST_QUERY } from './urls';

const CONNECTIONS = 10;
const SECONDS = 10;
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = Number(execSync('getconf CLK_TCK').toString().trim());

/** The query with `pop` moved by `n`: a URL the server has not seen, costing the same work. */
const unseen = (query: string, n: number) => query.replace('pop=150000', `pop=${150000 + n}`);

/** CPU time (user + system) of process `pid` so far, in milliseconds. */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	// After the command's closing bracket: utime and stime are the 12th and 13th fields.
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Median CPU ms per request over `count` requests of never-seen variants of `query`. */
async function cpuPerRequest(base: string, pid: number, path: string, count: number) {
	const samples: number[] = [];
	for (let round = 0; round < 5; round++) {
		const before = cpuMs(pid);
		for (let index = 0; index < count; index++) {
			const n = 1000 + round * count + index;
			const response = await fetch(`${base}${unseen(path, n)}`, {
				headers: { 'accept-encoding': 'gzip' }
			});
			if (response.status !== 200) throw new Error(`${path}: status ${response.status}`);
			await response.arrayBuffer();
		}
		samples.push((cpuMs(pid) - before) / count);
	}
	return samples.sort((a, b) => a - b)[2]!;
}

/** Requests per second under autocannon; `vary` gives every request a URL never seen. */
async function requestsPerSecond(url: string, vary = false): Promise<number> {
	let count = 0;
	const result = await autocannon({
		url,
		connections: CONNECTIONS,
		duration: SECONDS,
		headers: { 'accept-encoding': 'gzip' },
		...(vary
			? {
					requests: [
						{
							setupRequest: (request: { path: string }) => ({
								...request,
								path: unseen(request.path, ++count)
							})
						}
					]
				}
			: {})
	});
	if (result.non2xx > 0 || result.errors > 0) {
		throw new Error(`${url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
	}
	return result.requests.average;
}

/** Milliseconds for one GET of `url`, its body read. */
async function timed(url: string): Promise<number> {
	const started = performance.now();
	await (await fetch(url, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
	return performance.now() - started;
}

async function startHelloWorld(): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	const script =
		"require('node:http').createServer((q, s) => s.end('hello world'))" +
		`.listen(${port}, '127.0.0.1')`;
	const child = spawn(process.execPath, ['-e', script], { stdio: 'inherit' });
	const url = `http://127.0.0.1:${port}/`;
	await waitUntilUp(url, child);
	return { url, stop: () => child.kill() };
}

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const row = (label: string, value: string, note = '') =>
	console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${note}`);

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
} finally {
	hello.stop();
	server.kill('SIGTERM');
}
