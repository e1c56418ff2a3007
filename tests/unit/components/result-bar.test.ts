// The bar at the foot of the form on a phone: the figures a reader is typing towards.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ResultBar from '../../../src/lib/components/calculator/ResultBar.svelte';
import { decode } from '../../../src/lib/scenario';
import { nb, reportOf } from '../charts/report-of';

/** The bar's text for `query`, in `lang`, as the server renders it. */
function barText(query: string, lang: 'nb' | 'da' | 'en' = 'nb'): string {
	const reading = { errors: [], scenario: decode(query).input, report: reportOf(query), query };
	const { body } = render(ResultBar, { props: { reading, lang, currency: 'NOK' } });
	return body
		.replace(/<[^>]+>/g, ' ')
		.replace(/[ \n\t]+/g, ' ')
		.trim();
}

// The anxiety seed's funnel: 5 550 203 × 15 % × 35 % × 60 % = 174 831.394 5 who respond.
const ANXIETY = 'pop=5550203&s1=0.15&s2=0.35&s3=0.6&k1=prev_life&k2=resistant&k3=response';

describe('ResultBar', () => {
	it('gives the gross and net effect of a funnel that ends in work', () => {
		// 150 000 × 10 % × 250 000 kr = 3 750 000 000 kr, and nothing costs anything.
		expect(barText('pop=150000&s1=0.1&ben=250000&v=3')).toBe(
			nb('Brutto effekt 3,75_mrd._kr · netto 3,75_mrd._kr Se resultatene')
		);
	});

	it('gives how many respond where the funnel counts only that, in each language', () => {
		expect(barText(`${ANXIETY}&v=3`)).toBe(
			nb('Personer som svarer på behandlingen: 174_831 Se resultatene')
		);
		expect(barText(`${ANXIETY}&lang=en&v=3`, 'en')).toBe(
			'People who respond to treatment: 174,831 See the results'
		);
	});

	it('keeps the money of a version-2 link, which counted them all in work', () => {
		expect(barText(`${ANXIETY}&v=2`)).toBe(nb('Brutto effekt 0_kr · netto 0_kr Se resultatene'));
	});
});
