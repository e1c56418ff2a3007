/**
 * Debian's Chromium through playwright-core, with the flags this closed network needs.
 * Playwright gives every launch a fresh temporary profile (it refuses `--user-data-dir`).
 */
import { chromium, type Browser } from 'playwright-core';

/** What every launch of Debian's Chromium here needs, headless mode apart. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', ...CHROMIUM_FLAGS]
	});
}
