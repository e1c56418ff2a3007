/**
 * The browser's start-up, in tasks: the page's code is evaluated in one, SvelteKit's start-up
 * (its routes, history and scroll state) begins in the next (this hook), and the root layout's
 * first load yields once more before the page hydrates; the islands hydrate later, one task each,
 * at the reader's first intent (src/lib/components/island). Each is short, where together they
 * were one long task.
 */
import type { ClientInit } from '@sveltejs/kit';
import { nextTask } from '$lib/next-task';

export const init: ClientInit = nextTask;
