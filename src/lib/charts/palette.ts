/**
 * Chart colours from the Okabe–Ito palette, which stays distinguishable with the common colour
 * vision deficiencies, picked per scheme so every mark has at least 3:1 contrast (WCAG 1.4.11)
 * against the page background (`--bg` in app.css: #ffffff light, #14161a dark) and every text at
 * least 4.5:1. Gains and losses differ in lightness as well as hue, and the charts also say the
 * sign in words (`+`, `−`, `=` before each label). Framework-free.
 */
import type { Scheme } from './types';

export interface Palette {
	/** The page background the colours were chosen against. */
	background: string;
	/** Bars that add to the effect. */
	gain: string;
	/** Bars that take away from it. */
	loss: string;
	/** Totals: the net effect. */
	total: string;
	/** The cumulative present value line. */
	line: string;
	/** Tick labels and the legend (the page's `--muted`). */
	text: string;
	/** Grid lines (the page's `--line`); decorative, so no contrast requirement. */
	grid: string;
	/** The zero line, drawn stronger than the grid. */
	zero: string;
}

const PALETTES: Record<Scheme, Readonly<Palette>> = {
	light: Object.freeze({
		background: '#ffffff',
		gain: '#0072B2', // blue, 5.2:1
		loss: '#D55E00', // vermillion, 3.9:1
		total: '#000000', // black, 21:1
		line: '#009E73', // bluish green, 3.4:1
		text: '#555b66',
		grid: '#d5d9e0',
		zero: '#555b66'
	}),
	dark: Object.freeze({
		background: '#14161a',
		gain: '#56B4E9', // sky blue, 7.9:1
		loss: '#D55E00', // vermillion, 4.7:1
		total: '#e8eaed', // the page's text colour, 15:1
		line: '#CC79A7', // reddish purple, 5.9:1
		text: '#a9b0bb',
		grid: '#3a3f47',
		zero: '#a9b0bb'
	})
};

/** The chart colours for a colour scheme, as `#rrggbb` strings. */
export function palette(scheme: Scheme): Readonly<Palette> {
	return PALETTES[scheme];
}
