// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** A page that renders but answers with this status (400 for a bad scenario). */
			status?: number;
		}
		interface PageState {
			/**
			 * The query in the address bar once the calculator has rewritten it (with `?`, or '' for
			 * none). Shallow routing leaves `page.url` at the address the page loaded with.
			 */
			search?: string;
		}
	}
}

/**
 * `blocking="render"` on a `<link rel="expect">` (HTML; Chromium 124+), which Svelte's element
 * types do not list yet: the calculator page holds its first paint until its form is parsed.
 */
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}

export {};
