import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import ResultCharts from '../../../src/lib/components/ResultCharts.svelte';
import { nb, reportOf } from './report-of';

// Records whether rendering on the server ever loads chart.js or our chart.js runtime.
const loaded = vi.hoisted(() => ({ chartJs: false, runtime: false }));
vi.mock('chart.js', async (importOriginal) => {
	loaded.chartJs = true;
	return importOriginal();
});
vi.mock('../../../src/lib/charts/chart-runtime', async (importOriginal) => {
	loaded.runtime = true;
	return importOriginal();
});

/** The server markup without hydration comments and scoped-style class names. */
function renderCharts(query: string, lang: 'nb' | 'en' = 'nb') {
	const { body } = render(ResultCharts, {
		props: { report: reportOf(query), lang, currency: 'NOK' }
	});
	return body
		.replace(/<!--.*?-->/g, '')
		.replace(/ class="svelte-[\w-]+"/g, '')
		.replace(/ svelte-[\w-]+"/g, '"');
}

describe('ResultCharts on the server', () => {
	const seed = renderCharts('pop=150000&s1=0.1&ben=250000');

	it('renders a figure with its caption, a described canvas and the table', () => {
		expect(seed.match(/<figure/g)).toHaveLength(1);
		expect(seed).toMatch(
			/<figcaption id="[\w-]+-caption">Slik bygges netto effekt opp, år 1<\/figcaption>/
		);
		expect(seed).toMatch(/<canvas role="img" aria-label="År 1: en brutto effekt på /);
		expect(seed).toContain(
			'-table">Tallene i diagrammet: Slik bygges netto effekt opp, år 1</caption>'
		);
		expect(seed).toContain('<th scope="row">+ Sparte trygdeytelser</th>');
		expect(seed).toContain(nb('<td class="amount">+3_750_000_000_kr</td>'));
		expect(seed).toContain(
			nb('<th scope="row">= Netto effekt</th><td class="amount">3_750_000_000_kr</td>')
		);
	});

	it('shows the table and hides the empty canvas until chart.js has drawn', () => {
		expect(seed).toContain('<div class="frame"><canvas');
		// A named region the keyboard can scroll while the table shows.
		expect(seed).toMatch(
			/<div class="figures" role="region" aria-labelledby="([\w-]+)-table" tabindex="0"><table><caption id="\1-table">Tallene i diagrammet: /
		);
		expect(seed).not.toContain('visually-hidden');
		expect(seed).not.toContain('<button');
	});

	it('writes no inline style, for the strict Content-Security-Policy', () => {
		expect(seed).not.toMatch(/\sstyle=/);
	});

	it('never loads chart.js on the server', () => {
		expect(loaded).toEqual({ chartJs: false, runtime: false });
	});

	it('adds the yearly chart over more than one year, in the page language', () => {
		const body = renderCharts('pop=1000&s1=0.72&ben=200000&cost=400000&years=3&disc=0.2', 'en');
		expect(body.match(/<figure/g)).toHaveLength(2);
		expect(body).toMatch(/^<section aria-labelledby="([\w-]+)"><h2 id="\1">Charts<\/h2>/);
		expect(body).toMatch(
			/<figcaption id="[\w-]+-caption">Net effect and cumulative present value per year</
		);
		expect(body).toContain('<th scope="row">3</th>');
		expect(body).toContain('<td class="amount">NOK\u00a076,000,000</td></tr>');
		expect(body).toContain('aria-label="Over 3 years the net effect goes from -NOK');
	});
});
