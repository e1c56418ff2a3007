/**
 * Chart builders: a report in, chart.js configurations, data tables and text alternatives out.
 * Framework-free; chart.js itself is loaded only in the browser, by `chart-attachment.svelte.ts`.
 */
export {
	grossEffectChart,
	perspectiveOf,
	GROSS_PARTS,
	type GrossEffectConfig
} from './gross-effect';
export { yearlyChart, type YearlyConfig } from './yearly';
export { palette, type Palette } from './palette';
export {
	DEFAULT_APPEARANCE,
	type Appearance,
	type ChartSpec,
	type DataTable,
	type Scheme
} from './types';
