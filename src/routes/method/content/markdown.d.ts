/**
 * A method text: markdown that mdsvex (svelte.config.js) compiles to a component at build time,
 * with its frontmatter as `metadata`.
 */
declare module '*.md' {
	import type { Component } from 'svelte';

	const content: Component;
	export default content;
	export const metadata: Record<string, unknown>;
}
