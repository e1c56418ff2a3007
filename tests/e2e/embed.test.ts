/**
 * The embed as a newsroom uses it: framed by a page of another origin (a second local port),
 * sized to its content by the listener script, in a sandbox, and by WordPress-, AMP- and
 * Pym-style hosts listening for their own message formats; and the embed page itself, with and
 * without JavaScript, in each view and theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { SEED_QUERY } from '../../bench/urls';
import { launchBrowser } from './browser';
import { freePort } from './server';

const base = inject('baseURL');
const SEED = SEED_QUERY.replace('v=1', 'v=2');
let browser: Browser;
let host: Server;
let hostURL: string;

/**
 * A host page of another origin: an iframe of `src` (with `attributes`), Overslag's listener
 * unless `script` is false, and a record of every message the page receives in
 * `window.received` (what a WordPress or AMP host would act on).
 */
function hostPage(src: string, attributes: string, script: boolean): string {
	return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Avis</title></head>
<body style="margin:0"><h1>Artikkel</h1><p>Før rammen.</p>
<iframe id="frame" src="${src}" title="Overslag" style="width:100%;border:0" height="300" ${attributes}></iframe>
<p>Etter rammen.</p>
<script>window.received = []; addEventListener('message', (e) => { if (e.source === document.getElementById('frame').contentWindow) window.received.push(e.data); });</script>
${script ? `<script src="${base}/embed.js" async></script>` : ''}
</body></html>`;
}

beforeAll(async () => {
	browser = await launchBrowser();
	const port = await freePort();
	hostURL = `http://127.0.0.1:${port}`;
	host = createServer((request, response) => {
		const url = new URL(request.url ?? '/', hostURL);
		const src = url.searchParams.get('src') ?? '';
		const attributes = url.searchParams.get('attributes') ?? '';
		response.setHeader('content-type', 'text/html; charset=utf-8');
		response.end(hostPage(src, attributes, url.searchParams.get('script') !== 'no'));
	});
	await new Promise<void>((resolve) => host.listen(port, '127.0.0.1', resolve));
});
afterAll(async () => {
	await browser?.close();
	host?.close();
});

async function openHost(src: string, attributes = '', script = true): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
	const query = new URLSearchParams({ src, attributes, script: script ? 'yes' : 'no' });
	await page.goto(`${hostURL}/?${query}`);
	return page;
}

const frameHeight = (page: Page) =>
	page.evaluate(() => document.getElementById('frame')!.getBoundingClientRect().height);

async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().length).toBeGreaterThan(1);
	return page.frames().find((frame) => frame.url().startsWith(`${base}/embed`))!;
}

/** The embed's content height, as the frame's own document lays it out. */
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));

describe('on a host page of another origin, with the listener', () => {
	it('takes its content’s height, with nothing to scroll', async () => {
		const page = await openHost(`${base}/embed?${SEED}&view=headline`);
		const frame = await embedFrame(page);
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(400);
		const height = await frameHeight(page);
		expect(Math.abs(height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
		const scrolls = await frame.evaluate(
			() => document.documentElement.scrollHeight > window.innerHeight + 1
		);
		expect(scrolls).toBe(false);
		await page.close();
	});

	it('follows when the content grows: a folded group opened', async () => {
		const page = await openHost(`${base}/embed?${SEED}`);
		const frame = await embedFrame(page);
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(1000);
		const before = await frameHeight(page);
		await frame.getByText('Tid', { exact: true }).click();
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 50);
		await expect
			.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(2);
		await page.close();
	});

	it('sizes itself in sandbox="allow-scripts", without allow-same-origin', async () => {
		const page = await openHost(`${base}/embed?${SEED}&view=headline`, 'sandbox="allow-scripts"');
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(400);
		const frame = await embedFrame(page);
		expect(await frame.locator('.headline .lead').textContent()).toContain('3,75\u00a0mrd.');
		await page.close();
	});
});

describe('ranges in a sandboxed embed', () => {
	it('shows the server’s intervals, and says where to see new ones once a range is edited', async () => {
		const ranged = 'pop=150000&s1=0.1:0.05:0.15&ben=250000&v=2';
		const page = await openHost(`${base}/embed?${ranged}`, 'sandbox="allow-scripts"');
		const frame = await embedFrame(page);
		const section = frame.locator('section.uncertainty');
		await expect.poll(() => section.textContent()).toContain('10\u00a0000 trekninger');
		const field = frame.locator('input[name="s1"]');
		await field.click();
		await field.fill('10 % (5–20 %)');
		// A sandbox without allow-same-origin has an opaque origin, which may start no worker.
		await expect
			.poll(() => section.textContent())
			.toContain(
				'En innebygd kalkulator kan ikke regne ut intervallene på nytt når et tall endres.'
			);
		await page.close();
	});
});

describe('hosts that listen for their own formats', () => {
	/** The messages of one shape the host has received, once there are some. */
	async function received(page: Page, test: (data: unknown) => boolean): Promise<unknown[]> {
		let found: unknown[] = [];
		await expect
			.poll(async () => {
				const all: unknown[] = await page.evaluate(
					() => (window as never as { received: unknown[] }).received
				);
				found = all.filter(test);
				return found.length;
			})
			.toBeGreaterThan(0);
		return found;
	}

	it('WordPress: { message: "height", value, secret } when the fragment carries the secret', async () => {
		const page = await openHost(`${base}/embed?${SEED}&view=headline#?secret=abc123`, '', false);
		const messages = await received(
			page,
			(data) => typeof data === 'object' && data !== null && 'message' in data
		);
		expect(messages[0]).toMatchObject({ message: 'height', secret: 'abc123' });
		expect(typeof (messages[0] as { value: unknown }).value).toBe('number');
		await page.close();
	});

	it('AMP: { sentinel: "amp", type: "embed-size", height }', async () => {
		const page = await openHost(`${base}/embed?${SEED}&view=headline`, '', false);
		const messages = await received(
			page,
			(data) => typeof data === 'object' && data !== null && 'sentinel' in data
		);
		expect(messages[0]).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
		expect((messages[0] as { height: number }).height).toBeGreaterThan(400);
		await page.close();
	});

	it('Pym.js: the height string when childId is given; Embedly: its JSON string', async () => {
		const page = await openHost(`${base}/embed?${SEED}&view=headline&childId=graf1`, '', false);
		const pym = await received(page, (data) => typeof data === 'string' && data.startsWith('pym'));
		expect(pym[0]).toMatch(/^pymxPYMxgraf1xPYMxheightxPYMx\d+$/);
		const embedly = await received(
			page,
			(data) => typeof data === 'string' && data.includes('iframe.resize')
		);
		expect(JSON.parse(embedly[0] as string)).toMatchObject({ context: 'iframe.resize' });
		await page.close();
	});

	it('the listener ignores a message from a frame of another origin', async () => {
		const page = await openHost(`${hostURL}/?script=no&src=about:blank`);
		await page.evaluate(() => {
			const frame = document.getElementById('frame') as HTMLIFrameElement;
			frame.style.height = '300px';
			// a same-origin frame of the host posting Overslag's message to its parent
			(frame.contentWindow as unknown as { eval: (code: string) => void }).eval(
				"parent.postMessage({ type: 'overslag:resize', v: 1, id: '', height: 999 }, '*')"
			);
		});
		await page.waitForTimeout(300);
		expect(await frameHeight(page)).toBe(300);
		await page.close();
	});
});

describe('the embed page', () => {
	it('reads without JavaScript: the headline and the verdicts, and a link to the full page', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/embed?${SEED}&view=headline`);
		expect(await page.locator('.headline .lead').textContent()).toContain('3,75\u00a0mrd.\u00a0kr');
		expect(await page.locator('[data-claim="c2"]').textContent()).toContain('holder ikke');
		const open = page.getByRole('link', { name: 'Åpne i Overslag' });
		expect(await open.getAttribute('href')).toBe(`${base}/?${SEED}`);
		await context.close();
	});

	it('is never indexed, names the full page as canonical, and may be framed by anyone', async () => {
		const response = await fetch(`${base}/embed?${SEED}&view=trail`);
		expect(response.headers.get('x-frame-options')).toBeNull();
		expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
		const html = await response.text();
		expect(html).toContain('<meta name="robots" content="noindex, nofollow, noarchive"');
		expect(html).toMatch(/<link rel="canonical" href="[^"]*\/\?pop=150000/);
		// the calculator page itself may not be framed
		const full = await fetch(`${base}/?${SEED}`);
		expect(full.headers.get('x-frame-options')).toBe('DENY');
	});

	it('shows a locked input but does not let it change', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/embed?${SEED}&lock=pop`, { waitUntil: 'networkidle' });
		const pop = page.locator('input[name="pop"]');
		expect(await pop.getAttribute('readonly')).not.toBeNull();
		await pop.click();
		await page.keyboard.type('9');
		expect(await pop.inputValue()).toBe('150\u00a0000');
		await page.close();
	});

	it('says what is wrong with a bad view, and still shows the scenario', async () => {
		const response = await fetch(`${base}/embed?${SEED}&view=wide`);
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('view: «wide» er ikke tillatt. Tillatt: calculator, headline, trail.');
		expect(html).toContain('3,75\u00a0mrd.\u00a0kr');
	});

	it.each(['light', 'dark'] as const)('chooses its colours: theme=%s', async (theme) => {
		const response = await fetch(`${base}/embed?${SEED}&view=headline&theme=${theme}`);
		expect(await response.text()).toContain(`data-theme="${theme}"`);
	});

	// app.css: --bg is #ffffff light, #14161a dark.
	it.each([
		['light', 'auto', 'rgb(255, 255, 255)'],
		['dark', 'auto', 'rgb(20, 22, 26)'],
		['dark', 'light', 'rgb(255, 255, 255)'],
		['light', 'dark', 'rgb(20, 22, 26)']
	] as const)(
		'for a reader who prefers %s, theme=%s paints its background %s',
		async (colorScheme, theme, background) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(`${base}/embed?${SEED}&view=headline&theme=${theme}`);
			const painted = await page.evaluate(
				() => getComputedStyle(document.documentElement).backgroundColor
			);
			expect(painted).toBe(background);
			await context.close();
		}
	);

	describe.each(['calculator', 'headline', 'trail'] as const)('view=%s', (view) => {
		it.each(['auto', 'light', 'dark'] as const)(
			'has no WCAG 2.2 AA violations, theme=%s',
			async (theme) => {
				const context = await browser.newContext({ colorScheme: 'dark' });
				const page = await context.newPage();
				await page.goto(`${base}/embed?${SEED}&view=${view}&theme=${theme}`, {
					waitUntil: 'networkidle'
				});
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(results.violations.map((violation) => violation.id)).toEqual([]);
				await context.close();
			}
		);
	});
});
