import type { Component } from 'svelte';

/** What an island takes, in the browser and on the server alike (`#island` picks the copy). */
export interface IslandProps<Props extends Record<string, unknown>> {
	/** The component to render (the one given when the island is created). */
	component: Component<Props>;
	/** Its props, read again in the browser whenever they change; the same keys each time. */
	props: Props;
	/**
	 * In the browser, also come alive when within a screen of the viewport, without waiting for
	 * the reader (a chart, which only the browser draws). The server marks the wrapper
	 * `data-when-seen`, which the browser's start-up watches too (`hooks.client.ts`).
	 */
	whenSeen?: boolean;
}
