import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The one inline style attribute SvelteKit writes itself: the route announcer for screen
 * readers (`#svelte-announcer` in @sveltejs/kit's generated root). Allowed by its hash alone,
 * so every other inline style stays blocked. A test fails if a kit upgrade changes it.
 */
export const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// All of our CSS (about 9 KB raw) goes inline in the page: no render-blocking stylesheet
		// requests. SvelteKit adds each inlined block's hash to style-src.
		inlineStyleThreshold: 16384,
		csp: {
			// Hashes, not nonces: a page is a pure function of its URL and may be cached by any
			// shared cache, so it must not carry a per-response nonce.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
