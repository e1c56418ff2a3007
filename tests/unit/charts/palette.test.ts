import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette, type Scheme } from '../../../src/lib/charts';

/** WCAG 2.2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
	const [red, green, blue] = [1, 3, 5].map((start) => {
		const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
}

/** WCAG 2.2 contrast ratio, lighter over darker. */
function contrast(first: string, second: string): number {
	const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
	return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

const SCHEMES: Scheme[] = ['light', 'dark'];

describe('the chart palette', () => {
	it('computes contrast the WCAG way', () => {
		// black on white: (1 + 0.05) ÷ (0 + 0.05) = 21
		expect(contrast('#000000', '#ffffff')).toBe(21);
		expect(contrast('#777777', '#777777')).toBe(1);
	});

	it.each(SCHEMES)('gives every mark 3:1 against the %s background (WCAG 1.4.11)', (scheme) => {
		const colours = palette(scheme);
		for (const role of ['gain', 'loss', 'total', 'line'] as const) {
			const ratio = contrast(colours[role], colours.background);
			expect(ratio, `${scheme} ${role} ${colours[role]}`).toBeGreaterThanOrEqual(3);
		}
	});

	it.each(SCHEMES)('gives text 4.5:1 against the %s background (WCAG 1.4.3)', (scheme) => {
		const colours = palette(scheme);
		expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
	});

	it.each(SCHEMES)('keeps gains, losses, totals and the line distinct in %s', (scheme) => {
		const colours = palette(scheme);
		const marks = [colours.gain, colours.loss, colours.total, colours.line];
		expect(new Set(marks.map((colour) => colour.toLowerCase())).size).toBe(4);
	});

	it('was chosen against the backgrounds and colours of app.css', () => {
		const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');
		// Each of app.css's colours is written `--name: light-dark(LIGHT, DARK);`.
		const [light, dark] = [palette('light'), palette('dark')];
		expect(css).toContain(`--bg: light-dark(${light.background}, ${dark.background});`);
		expect(css).toContain(`--muted: light-dark(${light.text}, ${dark.text});`);
		expect(css).toContain(`--line: light-dark(${light.grid}, ${dark.grid});`);
	});
});
