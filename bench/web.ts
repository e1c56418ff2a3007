/**
 * `npm run bench:web`: builds, serves and measures the calculator page in one run —
 * gzip bytes of the HTML of `/` with the seed scenario, of the JavaScript loaded before the first
 * interaction and of the chart chunk, and the time from a keystroke to updated results in
 * Chromium. Targets (issue "The calculator …"): HTML ≤ 14 KB gzip, JS before interaction ≤ 60 KB
 * gzip, keystroke to result ≤ 16 ms. Lighthouse is not measured yet (see the issue note).
 */
import { spawn, execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const PORT = 4319;
const BASE = `http://127.0.0.1:${PORT}`;
const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

execSync('npm run -s build', { stdio: 'inherit' });
const server = spawn(process.execPath, ['build'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: BASE },
	stdio: 'ignore'
});
try {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			await fetch(BASE);
			break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	const html = await (await fetch(`${BASE}/?${SEED}`)).text();
	console.log(
		`HTML of / with the seed scenario: ${kb(gzipSync(html).length)} gzip (target ≤ 14 KB)`
	);

	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const page = await browser.newPage();
	const scripts = new Map<string, number>();
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		scripts.set(response.url(), gzipSync(body).length);
	});
	await page.goto(`${BASE}/?${SEED}`, { waitUntil: 'load' });
	const beforeInteraction = [...scripts.values()].reduce((sum, size) => sum + size, 0);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	const all = [...scripts.values()].reduce((sum, size) => sum + size, 0);
	console.log(
		`JS loaded before the first interaction: ${kb(beforeInteraction)} gzip (target ≤ 60 KB)`
	);
	console.log(
		`JS loaded after first paint (chart.js and its chunk): ${kb(all - beforeInteraction)} gzip`
	);

	const times: number[] = [];
	const field = page.locator('input[name="ben"]');
	for (let round = 0; round < 20; round++) {
		await field.focus();
		const value = round % 2 === 0 ? '250 001' : '250 000';
		const elapsed = await page.evaluate(async (text) => {
			const input = document.querySelector<HTMLInputElement>('input[name="ben"]')!;
			const target = document.querySelector('.headline')!;
			return new Promise<number>((resolve) => {
				const start = performance.now();
				const observer = new MutationObserver(() => {
					observer.disconnect();
					resolve(performance.now() - start);
				});
				observer.observe(target, { subtree: true, characterData: true, childList: true });
				input.value = text;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			});
		}, value);
		times.push(elapsed);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)] ?? 0;
	console.log(
		`keystroke to updated results, median of 20: ${median.toFixed(1)} ms (target ≤ 16 ms)`
	);
	await browser.close();
} finally {
	server.kill();
}
