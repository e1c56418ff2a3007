/**
 * `npm run bench:web`: builds, serves and measures the calculator page `/` with the seed
 * scenario in one run, and prints each figure against its target (issue "The calculator …"):
 *
 * - the HTML with its inline CSS, gzip level 9 (target ≤ 14 KB);
 * - the JavaScript a fresh page loads without any interaction (network idle plus 1.5 s), each
 *   file gzip level 9 and named by its main source modules; JS before the first interaction is
 *   all of it except the chart chunk(s), any file holding chart.js or `chart-runtime.ts`
 *   (target ≤ 60 KB); the chart chunks are reported on their own;
 * - Lighthouse (mobile, its default config) in Debian's Chromium, run 5 times: each run's
 *   performance score and TBT, then the run with the median performance score: performance
 *   ≥ 95, accessibility, best practices and SEO = 100, with LCP, TBT and CLS; the failing
 *   audits of each category are listed, and the median run's long tasks that block after FCP;
 * - keystroke to updated result in Chromium: from the `keydown` in the population field to the
 *   frame after the headline figure's text changed (≤ 16 ms), on 5 fresh pages: each page's
 *   first keystroke (cold) and their median, apart from the median and p95 of the next ones
 *   (warm); and, on 5 more, the first keystroke 300 ms after the focus (no target).
 *
 * A benchmark, not a test: a missed target prints MISSED and exits 0; what cannot be measured
 * throws. It builds with hidden source maps (the same code, with no `sourceMappingURL`) to name
 * the modules inside each chunk, then deletes the maps from `build/` before serving.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_FLAGS, launchBrowser } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';
import { describeChunk, holdsAny, readClientChunks, type ClientChunk } from './chunks';

const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=1';
/** Modules whose chunks are the chart chunks, loaded apart from the page's own code. */
const CHART_MODULES = ['node_modules/chart.js/', 'src/lib/charts/chart-runtime.ts'];
/** The field typed into (URL key `pop`) and the figure that must change with it. */
const FIELD = 'input[name="pop"]';
const RESULT = '[data-result="benefit_saving"]';
/** Warm keystrokes after the first, on each page: alternately append a digit and delete it. */
const KEYSTROKES = 30;
/**
 * Fresh pages whose keystrokes are timed: a page's first keystroke (cold) is one sample, which
 * moves by several times from page to page on these machines, so its median is the figure.
 */
const FRESH_PAGES = 5;
const KEYSTROKE_TIMEOUT_MS = 10_000;
/**
 * A reader's pause between focusing a field and the first key, for a figure apart from the
 * target's: the target's first keystroke comes at once, and so also pays for the page coming
 * alive and the engine's arrival, both started by that focus.
 */
const FOCUS_PAUSE_MS = 300;
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse runs; the figures are those of the run with the median performance score. */
const LIGHTHOUSE_RUNS = 5;
/** chrome-launcher starts Chromium itself: the tests' flags, with its own headless mode. */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const CLIENT_OUT = join(ROOT, '.svelte-kit/output/client');

const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The value at quantile `q` of `values` (nearest rank). */
function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

// ---------------------------------------------------------------------------------------------
// HTML

async function htmlBytes(url: string): Promise<number> {
	const response = await fetch(url, { redirect: 'manual' });
	if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
	return gzip(await response.text());
}

// ---------------------------------------------------------------------------------------------
// JavaScript loaded without interaction

interface LoadedScript {
	file: string;
	gzip: number;
	chunk?: ClientChunk;
}

async function scriptsWithoutInteraction(
	browser: Browser,
	base: string,
	chunks: Map<string, ClientChunk>
): Promise<LoadedScript[]> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const bodies = new Map<string, Promise<number | Error>>();
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin !== base || !url.pathname.endsWith('.js')) return;
			bodies.set(
				url.pathname,
				response.status() !== 200
					? Promise.resolve(new Error(`${url.pathname} answered ${response.status()}`))
					: response.body().then(gzip, (error: unknown) => new Error(`${url.pathname}: ${error}`))
			);
		});
		await page.goto(`${base}/?${SEED}`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1500);
		const scripts: LoadedScript[] = [];
		for (const [path, body] of bodies) {
			const size = await body;
			if (size instanceof Error) throw size;
			const file = path.slice(1);
			scripts.push({ file, gzip: size, chunk: chunks.get(file) });
		}
		if (scripts.length === 0) throw new Error('the page loaded no JavaScript');
		return scripts;
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------------------------------------
// Keystroke to result

interface Keystroke {
	down: number;
	changed: number;
	frame: number;
	before: string | null;
	after: string | null;
	error: string;
}

/**
 * Installed once in the page, as a string so that no transpiler helper leaks into it. `arm()`
 * forgets the last keystroke; the next `keydown` on the field records its time and the figure's
 * text; the first DOM mutation after which the figure's text differs records its time, and the
 * next animation frame its own. Every callback catches its errors into `error`, and none waits.
 */
const PROBE = `(() => {
	if (window.__keystroke) return true;
	const text = () => {
		const element = document.querySelector(${JSON.stringify(RESULT)});
		return element ? element.textContent : null;
	};
	const probe = { down: -1, changed: -1, frame: -1, before: null, after: null, error: '' };
	probe.arm = () => {
		probe.down = probe.changed = probe.frame = -1;
		probe.before = probe.after = null;
		probe.error = '';
		return true;
	};
	probe.read = () => ({
		down: probe.down, changed: probe.changed, frame: probe.frame,
		before: probe.before, after: probe.after, error: probe.error
	});
	window.__keystroke = probe;
	addEventListener('keydown', (event) => {
		try {
			if (probe.down >= 0 || event.target !== document.querySelector(${JSON.stringify(FIELD)})) return;
			probe.before = text();
			probe.down = performance.now();
		} catch (error) {
			probe.error = String(error);
		}
	}, true);
	new MutationObserver(() => {
		try {
			if (probe.down < 0 || probe.changed >= 0) return;
			const now = text();
			if (now === probe.before) return;
			probe.changed = performance.now();
			probe.after = now;
			requestAnimationFrame(() => {
				probe.frame = performance.now();
			});
		} catch (error) {
			probe.error = String(error);
		}
	}).observe(document.body, { subtree: true, childList: true, characterData: true });
	return true;
})()`;

/** Presses `key` in the field and returns the probe's record once the frame after it is done. */
async function timedKeystroke(page: Page, key: string, expectedValue: string): Promise<Keystroke> {
	await page.evaluate('window.__keystroke.arm()');
	await page.keyboard.press(key);
	// Polled from here: Playwright's in-page polling compiles its predicate with `new Function`,
	// which the page's CSP (no 'unsafe-eval') refuses; `evaluate` goes through the debugger.
	const deadline = Date.now() + KEYSTROKE_TIMEOUT_MS;
	for (;;) {
		const record = (await page.evaluate('window.__keystroke.read()')) as Keystroke;
		if (record.frame >= 0 || record.error) break;
		if (Date.now() > deadline) {
			const value = await page.inputValue(FIELD);
			throw new Error(
				`pressing ${key} (field now "${value}") did not change ${RESULT} within ` +
					`${KEYSTROKE_TIMEOUT_MS} ms: ${JSON.stringify(record)}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	const record = (await page.evaluate('window.__keystroke.read()')) as Keystroke;
	if (record.error) throw new Error(`keystroke probe failed in the page: ${record.error}`);
	const value = await page.inputValue(FIELD);
	if (value !== expectedValue) {
		throw new Error(`after pressing ${key} the field holds "${value}", not "${expectedValue}"`);
	}
	return record;
}

/**
 * The first keystroke replaces the seed's population with `2`, `pauseMs` after the field is
 * focused; the next `warm` ones append `5` and delete it in turn (`25`, `2`, …), so the benefit
 * saving changes on every one, and each of the two values must show the same figure each time.
 */
async function keystrokeTimes(
	browser: Browser,
	base: string,
	{ pauseMs = 0, warm: warmCount = KEYSTROKES } = {}
): Promise<{ cold: number; warm: number[]; changed: number[]; texts: string[] }> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${base}/?${SEED}`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(500);
		const field = page.locator(FIELD);
		if (!(await field.isEditable())) throw new Error(`${FIELD} is not editable`);
		if ((await page.locator(RESULT).count()) !== 1) throw new Error(`no single ${RESULT}`);
		await page.evaluate(PROBE);
		await field.selectText();
		if (pauseMs > 0) await page.waitForTimeout(pauseMs);

		const cold = await timedKeystroke(page, '2', '2');
		const shown = new Map<string, string | null>([['2', cold.after]]);
		const warm: number[] = [];
		const changed: number[] = [];
		for (let index = 0; index < warmCount; index++) {
			const [key, value] = index % 2 === 0 ? ['5', '25'] : ['Backspace', '2'];
			const record = await timedKeystroke(page, key, value);
			if (!shown.has(value)) shown.set(value, record.after);
			if (record.after !== shown.get(value)) {
				throw new Error(`${value} showed "${record.after}", earlier "${shown.get(value)}"`);
			}
			warm.push(record.frame - record.down);
			changed.push(record.changed - record.down);
		}
		return {
			cold: cold.frame - cold.down,
			warm,
			changed,
			texts: [...shown].map(([value, text]) => `pop ${value}: ${text?.trim()}`)
		};
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

async function runLighthouse(url: string): Promise<LighthouseResult> {
	const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: LIGHTHOUSE_CATEGORIES
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		if (lhr.runtimeError) {
			throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		}
		for (const id of LIGHTHOUSE_CATEGORIES) {
			if (typeof lhr.categories[id]?.score !== 'number') {
				throw new Error(`Lighthouse gave no score for ${id}`);
			}
		}
		return lhr;
	} finally {
		chrome.kill();
	}
}

/** Audits of a category that count and did not pass (and failing diagnostics of performance). */
function failingAudits(lhr: LighthouseResult): string[] {
	const lines: string[] = [];
	for (const id of LIGHTHOUSE_CATEGORIES) {
		for (const ref of lhr.categories[id]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || audit.score === null || audit.score >= (ref.weight > 0 ? 1 : 0.9)) continue;
			if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
			if (ref.group === 'hidden') continue;
			const shown = audit.displayValue ? ` (${audit.displayValue})` : '';
			const weight = ref.weight > 0 ? `weight ${ref.weight}` : 'no weight';
			lines.push(
				`  ${id} ${ref.id} — ${audit.title}${shown}: score ${audit.score.toFixed(2)}, ${weight}`
			);
		}
	}
	return lines;
}

/**
 * The run's long tasks that end after first contentful paint, in Lighthouse's simulated timeline
 * (CPU ×4): where its Total Blocking Time comes from. Each blocks for its part after FCP beyond
 * 50 ms. `DOC` is the page itself (parsing, and the style and layout done inside those tasks);
 * `Unattributable` is work Lighthouse names no script or document for.
 */
function blockingTasks(lhr: LighthouseResult, pageUrl: string): string[] {
	const fcp = lhr.audits['first-contentful-paint']?.numericValue ?? 0;
	const details = lhr.audits['long-tasks']?.details;
	const items = details?.type === 'table' ? (details.items as Record<string, unknown>[]) : [];
	const lines: string[] = [];
	for (const item of [...items].sort((a, b) => Number(a.startTime) - Number(b.startTime))) {
		const start = Number(item.startTime);
		const duration = Number(item.duration);
		const blocking = Math.min(duration, start + duration - fcp) - 50;
		if (!(blocking > 0)) continue;
		const source = item.url === pageUrl ? 'DOC' : String(item.url).replace(/.*\//, '');
		lines.push(
			`  ${Math.round(start)} ms +${Math.round(duration)}: blocks ${Math.round(blocking)} ms, ${source}`
		);
	}
	return lines;
}

// ---------------------------------------------------------------------------------------------
// The run

type Row = [figure: string, value: string, target: string, met: boolean | undefined];

function printTable(rows: Row[]) {
	const cells = rows.map(([figure, value, target]) => [figure, value, target]);
	const widths = [0, 1, 2].map((i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
	const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
	console.log(line(['figure', 'value', 'target']).trimEnd());
	for (const [figure, value, target, met] of rows) {
		const verdict = met === undefined ? '' : met ? 'met' : 'MISSED';
		console.log(`${line([figure, value.padStart(widths[1] ?? 0), target])}  ${verdict}`.trimEnd());
	}
}

/** Deletes the hidden source maps from the served build, so it is what `npm run build` makes. */
function removeSourceMaps(folder: string) {
	for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
		if (entry.endsWith('.map')) rmSync(join(folder, entry));
	}
}

execSync('npm run -s build -- --sourcemap hidden', { stdio: 'inherit', cwd: ROOT });
const chunks = readClientChunks(ROOT, CLIENT_OUT);
removeSourceMaps(join(ROOT, 'build'));
const chartChunks = [...chunks.values()].filter((chunk) => holdsAny(chunk, CHART_MODULES));
if (chartChunks.length === 0) {
	throw new Error(`no chunk of the client build holds any of ${CHART_MODULES.join(', ')}`);
}
if (chunks.size > 0 && [...chunks.values()].every((chunk) => chunk.groups.size === 0)) {
	throw new Error('the client build has no source maps: did `--sourcemap hidden` reach Vite?');
}

const { baseURL: BASE, server } = await startServer();
const rows: Row[] = [];
/** Adds a row to the table; `met` only where the issue sets a target. */
const figure = (name: string, value: string, target = '—', met?: boolean) =>
	void rows.push([name, value, target, met]);
try {
	const url = `${BASE}/?${SEED}`;
	const html = await htmlBytes(url);
	figure('HTML of / with inline CSS, gzip', kb(html), '≤ 14 KB', html <= 14 * 1024);

	const browser = await launchBrowser();
	let scripts: LoadedScript[];
	const keystrokes: Awaited<ReturnType<typeof keystrokeTimes>>[] = [];
	const paused: number[] = [];
	try {
		scripts = await scriptsWithoutInteraction(browser, BASE, chunks);
		for (let page = 0; page < FRESH_PAGES; page++) {
			keystrokes.push(await keystrokeTimes(browser, BASE));
			paused.push((await keystrokeTimes(browser, BASE, { pauseMs: FOCUS_PAUSE_MS, warm: 0 })).cold);
		}
	} finally {
		await browser.close();
	}

	const charts = chartChunks.map((chunk) => ({
		file: chunk.file,
		gzip: gzip(readFileSync(join(CLIENT_OUT, chunk.file))),
		chunk,
		loaded: scripts.some((script) => script.file === chunk.file)
	}));
	const early = scripts.filter((script) => !charts.some((chart) => chart.file === script.file));
	const earlyBytes = sum(early.map((script) => script.gzip));
	const chartBytes = sum(charts.map((chart) => chart.gzip));
	const loaded = charts.every((chart) => chart.loaded) ? '' : 'not all ';
	figure('JS before first interaction, gzip', kb(earlyBytes), '≤ 60 KB', earlyBytes <= 60 * 1024);
	figure(`chart chunks: ${charts.length}, ${loaded}loaded, gzip`, kb(chartBytes));

	// Lighthouse's own advice on variance: run it several times and take the median run.
	const runs: LighthouseResult[] = [];
	for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await runLighthouse(url));
	const performanceScore = (result: LighthouseResult) => result.categories.performance?.score ?? 0;
	const byPerformance = [...runs].sort((a, b) => performanceScore(a) - performanceScore(b));
	const lhr = byPerformance[Math.floor(byPerformance.length / 2)] as LighthouseResult;
	const metricOf = (result: LighthouseResult, id: string) => result.audits[id]?.numericValue ?? NaN;
	figure(
		`Lighthouse performance, each of ${runs.length} runs`,
		runs.map((result) => Math.round(100 * performanceScore(result))).join(' ')
	);
	figure(
		`Lighthouse TBT, each of ${runs.length} runs`,
		runs.map((result) => Math.round(metricOf(result, 'total-blocking-time'))).join(' ') + ' ms'
	);
	for (const id of LIGHTHOUSE_CATEGORIES) {
		const score = Math.round(100 * (lhr.categories[id]?.score ?? 0));
		const goal = id === 'performance' ? 95 : 100;
		figure(
			`Lighthouse ${id}, median run`,
			String(score),
			`${goal < 100 ? '≥' : '='} ${goal}`,
			score >= goal
		);
	}
	const metric = (id: string) => metricOf(lhr, id);
	figure('Lighthouse LCP', `${Math.round(metric('largest-contentful-paint'))} ms`);
	figure('Lighthouse TBT', `${Math.round(metric('total-blocking-time'))} ms`);
	figure('Lighthouse CLS', metric('cumulative-layout-shift').toFixed(3));

	const cold = keystrokes.map((page) => page.cold);
	const warm = keystrokes.flatMap((page) => page.warm);
	const changed = keystrokes.flatMap((page) => page.changed);
	const timed = (name: string, value: number) => figure(name, ms(value), '≤ 16 ms', value <= 16);
	figure(`keystroke → result + frame, first, each page`, cold.map((v) => v.toFixed(1)).join(' '));
	timed(`keystroke → result + frame, first, median of ${cold.length}`, quantile(cold, 0.5));
	figure(
		`… first, ${FOCUS_PAUSE_MS} ms after the focus, median of ${paused.length}`,
		ms(quantile(paused, 0.5))
	);
	timed(`keystroke → result + frame, median of ${warm.length}`, quantile(warm, 0.5));
	timed(`keystroke → result + frame, p95 of ${warm.length}`, quantile(warm, 0.95));
	figure(`keystroke → result text only, median`, ms(quantile(changed, 0.5)));

	console.log('');
	printTable(rows);

	console.log('\nJS loaded without interaction, gzip -9, with its main source modules:');
	const listed = [...early, ...charts].sort((a, b) => b.gzip - a.gzip);
	const width = Math.max(...listed.map((script) => script.file.length));
	for (const script of listed) {
		const kind = 'loaded' in script ? (script.loaded ? '[chart] ' : '[chart, not loaded] ') : '';
		const inside = script.chunk ? describeChunk(script.chunk) : '(not in the client build)';
		console.log(`  ${script.file.padEnd(width)} ${kb(script.gzip).padStart(8)}  ${kind}${inside}`);
	}

	const failing = failingAudits(lhr);
	const { configSettings: settings } = lhr;
	console.log(
		`\nLighthouse ${lhr.lighthouseVersion}, ${settings.formFactor}, ${settings.throttlingMethod}` +
			` throttling with CPU ×${settings.throttling.cpuSlowdownMultiplier}, benchmarkIndex` +
			` ${lhr.environment.benchmarkIndex}: ${failing.length ? 'audits not passed' : 'all passed'}`
	);
	for (const line of failing) console.log(line);
	const blocking = blockingTasks(lhr, url);
	console.log(`Blocking tasks of that run (simulated, after FCP): ${blocking.length || 'none'}`);
	for (const line of blocking) console.log(line);
	for (const warning of lhr.runWarnings) console.log(`Lighthouse warning: ${warning}`);
	console.log(`Keystrokes: ${RESULT} alternated between ${keystrokes[0]!.texts.join(' and ')}`);
} finally {
	server.kill();
}
