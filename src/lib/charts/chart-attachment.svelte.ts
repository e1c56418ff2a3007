/**
 * The one owner of a chart.js `Chart`: an attachment for a `<canvas>` that loads chart.js and
 * the configuration builders (`chart-runtime.ts`, one chunk) after first paint and once the
 * chart is within a screen of the viewport, draws the configuration, updates it in place when
 * the report or the reader's colour scheme or motion preference changes, and destroys the chart
 * with the canvas. Attachments run only in the browser, so the server never loads chart.js.
 */
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { MediaQuery } from 'svelte/reactivity';
import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import { nearViewport } from '$lib/near-viewport';
import type { Appearance } from './types';

/** What the lazily loaded chunk offers: chart.js's `Chart` and the configuration builders. */
export type ChartRuntime = typeof import('./chart-runtime');

/** Resolves after the browser has painted the next frame, so the chart never delays it. */
function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * An attachment drawing `configure(runtime, appearance)` on its canvas (nothing while it gives
 * `undefined`), once the runtime has loaded: `configure` picks the builder from the runtime, so
 * the builders and their arithmetic arrive with chart.js. `onready` is called once the runtime
 * has loaded, just before the first draw: the page shows the canvas then (until then it shows
 * the table). If the runtime cannot load, the page keeps the table and nothing breaks.
 */
export function chartAttachment<TType extends ChartType, TData, TLabel>(
	configure: (
		runtime: ChartRuntime,
		appearance: Appearance
	) => ChartConfiguration<TType, TData, TLabel> | undefined,
	onready: () => void
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const dark = new MediaQuery('(prefers-color-scheme: dark)');
		const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)');
		let runtime = $state.raw<ChartRuntime>();
		let chart: Chart<TType, TData, TLabel> | undefined;
		/** The newest configuration, drawn after the next paint; `redrawing` while one is due. */
		let latest: ChartConfiguration<TType, TData, TLabel> | undefined;
		let redrawing = false;
		let detached = false;

		// The canvas and its frame are hidden until chart.js has loaded: watch the figure.
		const approach = nearViewport(canvas.closest('figure') ?? canvas);
		approach.reached
			.then(afterPaint)
			.then(() => import('./chart-runtime'))
			.then(async (loaded) => {
				if (detached) return;
				onready();
				await tick(); // the canvas is laid out before chart.js measures it
				if (!detached) runtime = loaded;
			})
			.catch(() => {
				// chart.js did not load (offline, blocked): the table stays on show.
			});

		$effect(() => {
			if (!runtime) return;
			const config = configure(runtime, {
				scheme: dark.current ? 'dark' : 'light',
				motion: !reducedMotion.current
			});
			if (!config) return;
			if (!chart) {
				chart = new runtime.Chart<TType, TData, TLabel>(canvas, config);
				return;
			}
			// The figures and words of a keystroke paint first; the chart follows a frame later.
			latest = config;
			if (redrawing) return;
			redrawing = true;
			void afterPaint().then(() => {
				redrawing = false;
				if (!chart || !latest || detached) return;
				chart.data = latest.data;
				if (latest.options) chart.options = latest.options;
				chart.update();
			});
		});

		return () => {
			detached = true;
			approach.cancel();
			chart?.destroy();
			chart = undefined;
		};
	};
}
