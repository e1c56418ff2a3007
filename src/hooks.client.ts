/**
 * The browser's start-up waits for the reader. The server's page is complete and works as it
 * is (figures, working, links, the plain form), so SvelteKit starts, and the page hydrates, at
 * the reader's first intent: a pointer over the page, a press, a focus, a key or a changed field
 * (`first-intent.ts`). An island that only the browser can draw (`whenSeen`: the charts) also
 * starts it when it comes within a screen of the viewport. Then, in tasks of their own:
 * SvelteKit's start-up (its routes, history and scroll state), the page's hydration (the root
 * layout's first load yields once before it), and each island (src/lib/components/island).
 */
import type { ClientInit } from '@sveltejs/kit';
import { onFirstIntent } from '$lib/components/island/first-intent';
import { nearViewport } from '$lib/near-viewport';

export const init: ClientInit = async () => {
	const drawn = [...document.querySelectorAll('.island[data-when-seen] > *')].map(nearViewport);
	let stopIntent = () => {};
	await new Promise<void>((resolve) => {
		for (const watch of drawn) void watch.reached.then(resolve);
		stopIntent = onFirstIntent(resolve);
	});
	stopIntent();
	for (const watch of drawn) watch.cancel();
};
