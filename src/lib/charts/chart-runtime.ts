/**
 * Everything a chart needs to be drawn, in one chunk: chart.js, trimmed to what Overslag draws
 * (bar and line controllers, their elements, category and linear scales, tooltip and legend:
 * ≈ 51 KB gzip, against ≈ 69 KB for `chart.js/auto`), and the configuration builders of `draw/`
 * with the decimal arithmetic they need. Browser-only: imported dynamically by
 * `chart-attachment.svelte.ts` after first paint, so it is its own chunk, never delays the page
 * and never runs on the server.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
);
// The page's font (app.css), so the chart reads like the text around it.
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export { Chart };
export { grossEffectConfig } from './draw/gross-effect';
export { tornadoConfig } from './draw/tornado';
export { comparisonConfig } from './draw/comparison';
export { yearlyConfig } from './draw/yearly';
