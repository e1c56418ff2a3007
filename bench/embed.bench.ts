/**
 * `npm run bench:embed`: the embed as a newsroom's readers get it, in one run against a bare
 * `node:http` hello-world on the same machine:
 *
 * - gzip bytes of the `/embed` HTML for the seed scenario (`view=headline` and the calculator;
 *   target ≤ 14 KB, so the headline renders from the first round trip);
 * - the JavaScript a fresh embed loads before any interaction (network idle plus 1.5 s in
 *   Chromium), gzip level 9;
 * - milliseconds to render the social card image of a scenario the server has not seen;
 * - requests per second of `/embed` under autocannon (10 connections, 10 s): the same URL again
 *   and again (target ≥ 25 % of hello-world: the cache answers), and a different scenario every
 *   request (target ≥ 8 %).
 *
 * A benchmark, not a test: a missed target prints MISSED and exits 0. `--no-build` uses the
 * build already there.
 */
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';
import { requestsPerSecond, row, startHelloWorld, timed, unseen, verdict } from './load';
import { SEED_QUERY } from './urls';

const SEED = SEED_QUERY.replace('v=1', 'v=2');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** gzip bytes of the HTML of `url`. */
async function htmlBytes(url: string): Promise<number> {
	const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
	return gzip(Buffer.from(await response.arrayBuffer()));
}

/** gzip bytes of the JavaScript a fresh page at `url` loads before anyone touches it. */
async function scriptBytes(url: string): Promise<number> {
	const browser = await launchBrowser();
	const page = await browser.newPage();
	const bodies: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') bodies.push(response.body());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1500);
	const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzip(body), 0);
	await browser.close();
	return total;
}

if (!process.argv.includes('--no-build')) execSync('npm run -s build', { stdio: 'inherit' });
const { baseURL, server } = await startServer('/api/v1/calc?pop=1');
const hello = await startHelloWorld();

try {
	console.log(`Overslag embed benchmark, node ${process.version}, ${new Date().toISOString()}`);
	console.log('\nBytes');
	for (const view of ['headline', 'calculator'] as const) {
		const bytes = await htmlBytes(`${baseURL}/embed?${SEED}&view=${view}`);
		row(
			`/embed HTML, view=${view}, gzip`,
			kb(bytes),
			`target ≤ 14 KB: ${verdict(bytes <= 14 * 1024)}`
		);
	}
	const scripts = await scriptBytes(`${baseURL}/embed?${SEED}&view=headline`);
	row('JavaScript before interaction, view=headline, gzip', kb(scripts));
	const calculatorScripts = await scriptBytes(`${baseURL}/embed?${SEED}`);
	row('JavaScript before interaction, view=calculator, gzip', kb(calculatorScripts));

	console.log('\nThe social card image');
	await timed(`${baseURL}/og.png?${SEED}`);
	const renders: number[] = [];
	for (let n = 1; n <= 10; n++) renders.push(await timed(`${baseURL}/og.png?${unseen(SEED, n)}`));
	renders.sort((a, b) => a - b);
	row('/og.png, a scenario never seen, median of 10', `${renders[5]!.toFixed(1)} ms`);

	console.log('\nRequests per second, 10 connections, 10 s each');
	const helloRate = await requestsPerSecond(hello.url);
	row('node:http hello-world', helloRate.toFixed(0));
	const share = (rate: number) => `${((100 * rate) / helloRate).toFixed(1)} %`;
	const embed = `${baseURL}/embed?${SEED}&view=headline`;
	const repeated = await requestsPerSecond(embed);
	row(
		'/embed, the same URL',
		repeated.toFixed(0),
		`${share(repeated)}, target ≥ 25 %: ${verdict(repeated >= helloRate / 4)}`
	);
	const varied = await requestsPerSecond(embed, true);
	row(
		'/embed, a different scenario every request',
		varied.toFixed(0),
		`${share(varied)}, target ≥ 8 %: ${verdict(varied >= (helloRate * 8) / 100)}`
	);
} finally {
	hello.stop();
	server.kill('SIGTERM');
}
