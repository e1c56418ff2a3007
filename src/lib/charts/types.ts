/**
 * What the page knows of a chart before chart.js loads: its title, the same figures as a table
 * (for screen readers and for pages without JavaScript) and a text alternative; and how a chart
 * is drawn once it does. Framework-free.
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

/**
 * The words of one chart, rendered by the server and read by screen readers: title, data table
 * and text alternative. Built without decimal.js; the drawing (`draw/`) comes later.
 */
export interface ChartWords {
	/** The figure's caption. */
	title: string;
	table: DataTable;
	/** A sentence or two saying what the chart shows, with exact figures. */
	summary: string;
}
