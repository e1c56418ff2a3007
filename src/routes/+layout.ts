import { browser } from '$app/environment';
import { loadMessages } from '$lib/i18n';
import { nextTask } from '$lib/next-task';
import type { LayoutLoad } from './$types';

/** Whether the page has started: only the first load, the one before hydration, yields. */
let started = false;

/**
 * The page's language, with its messages loaded before anything renders (in the browser, only
 * that language's module is fetched).
 *
 * In the browser the first load also yields to the event loop once: SvelteKit's start-up (its
 * routes, history and scroll state) and the page's hydration then run as two tasks instead of
 * one long one, so a tap or keystroke that arrives in between is handled between them.
 */
export const load: LayoutLoad = async ({ data }) => {
	await loadMessages(data.lang);
	if (browser && !started) {
		started = true;
		await nextTask();
	}
	return data;
};
