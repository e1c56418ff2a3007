/**
 * What the server benchmarks share: autocannon runs, CPU time of the server process, a bare
 * `node:http` hello-world to measure against in the same run, and the report's rows.
 */
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { freePort, waitUntilUp } from '../tests/e2e/server';

export const CONNECTIONS = 10;
export const SECONDS = 10;
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = Number(execSync('getconf CLK_TCK').toString().trim());

/** The query with `pop` moved by `n`: a URL the server has not seen, costing the same work. */
export const unseen = (query: string, n: number) =>
	query.replace('pop=150000', `pop=${150000 + n}`);

/** CPU time (user + system) of process `pid` so far, in milliseconds. */
export function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	// After the command's closing bracket: utime and stime are the 12th and 13th fields.
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Median CPU ms per request over `count` requests of never-seen variants of `query`. */
export async function cpuPerRequest(base: string, pid: number, path: string, count: number) {
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
export async function requestsPerSecond(url: string, vary = false): Promise<number> {
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
export async function timed(url: string): Promise<number> {
	const started = performance.now();
	await (await fetch(url, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
	return performance.now() - started;
}

export async function startHelloWorld(): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	const script =
		"require('node:http').createServer((q, s) => s.end('hello world'))" +
		`.listen(${port}, '127.0.0.1')`;
	const child = spawn(process.execPath, ['-e', script], { stdio: 'inherit' });
	const url = `http://127.0.0.1:${port}/`;
	await waitUntilUp(url, child);
	return { url, stop: () => child.kill() };
}

export const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
export const row = (label: string, value: string, note = '') =>
	console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${note}`);
