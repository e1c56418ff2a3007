/**
 * The words of the charts: a report in, titles, data tables and text alternatives out, built
 * without decimal.js so the page can render them before any arithmetic loads. Framework-free.
 * The drawing (chart.js configurations, in `draw/`) is loaded in the browser only, with chart.js,
 * by `chart-attachment.svelte.ts` through `chart-runtime.ts`.
 */
export {
	grossEffectParts,
	grossEffectWords,
	perspectiveOf,
	GROSS_PARTS,
	type GrossPart
} from './gross-effect';
export { tornadoWords } from './tornado';
export { comparisonChartIds, comparisonWords, hasComparisonChart } from './comparison';
export { chartedYears, yearlyWords } from './yearly';
export { palette, type Palette } from './palette';
export {
	DEFAULT_APPEARANCE,
	type Appearance,
	type ChartWords,
	type DataTable,
	type Scheme
} from './types';
