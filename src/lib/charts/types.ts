/**
 * What a chart builder hands to the page: the chart.js configuration, the same figures as a table
 * for screen readers and for pages without JavaScript, and a text alternative. Framework-free
 * (chart.js appears here only as types).
 */

/** The colour scheme a chart is drawn for, after `prefers-color-scheme`. */
export type Scheme = 'light' | 'dark';

/** How a chart is drawn: its colour scheme and whether it may animate (`prefers-reduced-motion`). */
export interface Appearance {
	scheme: Scheme;
	/** False when the reader asked for reduced motion: then nothing animates. */
	motion: boolean;
}

/** Light colours with animation: what the server assumes, and what a builder uses unless told. */
export const DEFAULT_APPEARANCE: Readonly<Appearance> = Object.freeze({
	scheme: 'light',
	motion: true
});

/** A chart's figures as plain text, exact and formatted for the locale; the first cell of a row heads it. */
export interface DataTable {
	caption: string;
	columns: string[];
	rows: string[][];
}

/** One chart: title, chart.js configuration, data table and text alternative. */
export interface ChartSpec<TConfig> {
	/** The figure's caption. */
	title: string;
	config: TConfig;
	table: DataTable;
	/** A sentence or two saying what the chart shows, with exact figures. */
	summary: string;
}
