/**
 * `npm run bench:web`: builds, serves and measures the calculator page in one run — gzip bytes
 * of the HTML of `/` with the seed scenario, and of the JavaScript loaded up to the page's `load`
 * event and after it (chart.js comes after first paint). Targets (issue "The calculator …"):
 * HTML ≤ 14 KB gzip, JS before interaction ≤ 60 KB gzip. Not measured yet: Lighthouse and the
 * keystroke-to-result time (see the issue note); the split at `load` is approximate, since the
 * browser may finish some module requests after it.
 */
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';

const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

execSync('npm run -s build', { stdio: 'inherit' });
const { baseURL: BASE, server } = await startServer();
try {
	const html = await (await fetch(`${BASE}/?${SEED}`)).text();
	console.log(
		`HTML of / with the seed scenario: ${kb(gzipSync(html).length)} gzip (target ≤ 14 KB)`
	);

	const browser = await launchBrowser();
	const page = await browser.newPage();
	const pending: Promise<void>[] = [];
	const early: number[] = [];
	const late: number[] = [];
	let loaded = false;
	page.on('response', (response) => {
		if (!response.url().endsWith('.js')) return;
		const bucket = loaded ? late : early;
		pending.push(
			response
				.body()
				.then((body) => void bucket.push(gzipSync(body).length))
				.catch(() => undefined)
		);
	});
	await page.goto(`${BASE}/?${SEED}`, { waitUntil: 'load' });
	loaded = true;
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	await Promise.all(pending);
	const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
	console.log(`JS loaded before the first interaction: ${kb(sum(early))} gzip (target ≤ 60 KB)`);
	console.log(`JS loaded after first paint (chart.js and its chunk): ${kb(sum(late))} gzip`);

	await browser.close();
} finally {
	server.kill();
}
