import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/**
 * The one inline style attribute SvelteKit writes itself: the route announcer for screen
 * readers (`#svelte-announcer` in @sveltejs/kit's generated root). Allowed by its hash alone,
 * so every other inline style stays blocked. A test fails if a kit upgrade changes it.
 */
export const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/**
 * The one style block of `src/app.html`: with JavaScript off it hides the controls that need
 * it (class `needs-js`: add a step, use a typical value, copy a link …). Allowed by its hash,
 * read off the file itself, so the two cannot drift apart.
 */
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const noscriptStyle = /<noscript\s*>\s*<style>([\s\S]*?)<\/style>/.exec(appHtml)?.[1];
if (noscriptStyle === undefined) throw new Error('src/app.html: no <noscript><style> block');
export const NOSCRIPT_STYLE_HASH = `sha256-${createHash('sha256').update(noscriptStyle).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Markdown files are components too: the method page's text, one file per language
	// (src/routes/method/content), compiled to HTML at build time. Plain typography: the text
	// writes its own quotes and dashes, and a Svelte expression's quotes must stay straight.
	extensions: ['.svelte', '.md'],
	preprocess: [mdsvex({ extensions: ['.md'], smartypants: false }), vitePreprocess()],
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
				// Nothing but what is named below: the MDN HTTP Observatory's strictest grade.
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src': ['self', NOSCRIPT_STYLE_HASH],
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				// the embed code's preview, an iframe of our own /embed
				'frame-src': ['self'],
				'connect-src': ['self'],
				// the calculator's simulation worker (src/lib/state/simulation.worker.ts)
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
