/**
 * A report of a scenario with ranges: its simulation and tornado, its error when no distribution
 * fits, and the headline with its 90 % interval in all three languages.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/lib/report';
import { uncertaintyOf } from '../../../src/lib/report/uncertainty';
import {
	claimProbabilitySentences,
	claimStatement,
	headlineSentence,
	intervalRows,
	positiveSentence,
	reportHeadline,
	resultLabel,
	warningSentence,
	savingInterval
} from '../../../src/lib/report/sentences';
import { decode, type Scenario } from '../../../src/lib/scenario';
import type { Summary } from '../../../src/lib/uncertainty/summary';
import type { Locale } from '../../../src/lib/format/locale';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(`${query}: ${JSON.stringify(issues)}`);
	return input;
}

/** The report as the server, the API and the CLI build it: with the simulation of ranges. */
const fullReport = (scenario: Scenario, lang: Locale) =>
	buildReport(scenario, lang, { simulate: uncertaintyOf });

describe('the uncertainty of a report', () => {
	it('is absent without ranges', () => {
		expect(fullReport(scenarioOf('pop=150000&s1=0.1&ben=250000&v=2'), 'nb')).not.toHaveProperty(
			'uncertainty'
		);
	});

	it('holds the simulation and the tornado of pv_net, widest swing first', () => {
		const report = fullReport(
			scenarioOf('pop=150000&s1=0.1:0.05:0.15&ben=250000:200000:300000&v=2'),
			'en'
		);
		const uncertainty = report.uncertainty!;
		if ('error' in uncertainty) throw new Error(uncertainty.error.message);
		expect(uncertainty).toMatchObject({ n: 10000, seed: 1, pv_net_positive: '1' });
		// By hand: 150 000 × 0.05 × 250 000 … 150 000 × 0.15 × 250 000; × 200 000 … × 300 000.
		expect(uncertainty.tornado).toEqual({
			metric: 'pv_net',
			bars: [
				{
					key: 's1',
					range: { low: '0.05', high: '0.15' },
					atLow: '1875000000',
					atHigh: '5625000000',
					swing: '3750000000'
				},
				{
					key: 'ben',
					range: { low: '200000', high: '300000' },
					atLow: '3000000000',
					atHigh: '4500000000',
					swing: '1500000000'
				}
			]
		});
	});

	it('names the field and its range when no distribution fits, and keeps the point figures', () => {
		const report = fullReport(scenarioOf('pop=1000&s1=0.1:0.1:0.10000000000000002&v=2'), 'nb');
		expect(report.results.helped).toBe('100');
		expect(report.uncertainty).toEqual({
			error: {
				key: 's1',
				value: '0.1:0.1:0.10000000000000002',
				message: expect.stringMatching(
					/^.*\(s1\): Overslag finner ingen fordeling med 0\.1 og .*: intervallet er for smalt\. Gjør det bredere, eller skriv ett tall hvis verdien er sikker\.$/
				)
			}
		});
		expect(savingInterval(report.uncertainty)).toBeNull();
	});
});

describe('the headline with its interval', () => {
	const results = { helped: '15000', benefit_saving: '3750000000' };
	const interval: Summary = {
		mean: '3549020000',
		median: '3432020000',
		p5: '1863590000',
		p95: '5616280000'
	};

	it.each([
		[
			'nb',
			'NOK',
			'15\u00a0000 personer tilbake i arbeid sparer 3,75\u00a0mrd.\u00a0kr (90\u00a0% intervall 1,86\u00a0mrd.\u00a0kr–5,62\u00a0mrd.\u00a0kr) i trygdeytelser per år.'
		],
		[
			'da',
			'DKK',
			'15.000 personer tilbage i arbejde sparer 3,75\u00a0mia.\u00a0kr. (90\u00a0%-interval 1,86\u00a0mia.\u00a0kr.–5,62\u00a0mia.\u00a0kr.) i ydelser om året.'
		],
		[
			'en',
			'GBP',
			'15,000 people back in work save £3.75\u00a0billion (90% interval £1.86\u00a0billion–£5.62\u00a0billion) in benefits per year.'
		]
	] as const)('%s: %s', (lang, currency, sentence) => {
		expect(headlineSentence(results, lang, currency, interval)).toBe(sentence);
	});

	it('is the plain sentence where the saving does not vary', () => {
		// Only the cost varies: the saving is the same in every draw.
		const report = fullReport(scenarioOf('pop=150000&s1=0.1&ben=250000&cost=1:1:2&v=2'), 'en');
		expect(savingInterval(report.uncertainty)).toBeNull();
		expect(savingInterval(undefined)).toBeNull();
		expect(headlineSentence(results, 'en', 'GBP', savingInterval(undefined))).toBe(
			headlineSentence(results, 'en', 'GBP')
		);
	});
});

describe('the uncertainty table and sentences', () => {
	function simulated(query: string, lang: 'nb' | 'da' | 'en') {
		const report = fullReport(scenarioOf(query), lang);
		const uncertainty = report.uncertainty;
		if (uncertainty === undefined || 'error' in uncertainty) throw new Error('no simulation');
		return { report, simulation: uncertainty };
	}

	it('gives each key figure its point estimate, median and interval, one figure where it does not vary', () => {
		const { report, simulation } = simulated('pop=150000&s1=0.1:0.05:0.15&ben=250000&v=2', 'en');
		const rows = intervalRows(report, simulation, 'en', 'NOK');
		expect(rows.map((row) => row.id)).toEqual([
			'helped',
			'benefit_saving',
			'gross_effect',
			'programme_cost',
			'net_effect'
		]);
		expect(rows[1]).toMatchObject({
			label: 'Benefits no longer paid',
			point: 'NOK\u00a03.75\u00a0billion'
		});
		expect(rows[1]!.interval).toMatch(
			/^NOK\u00a0[\d.]+\u00a0billion–NOK\u00a0[\d.]+\u00a0billion$/
		);
		expect(rows[3]).toMatchObject({
			point: 'NOK\u00a00',
			median: 'NOK\u00a00',
			interval: 'NOK\u00a00'
		});
	});

	it('adds the present value over more than one year', () => {
		const { report, simulation } = simulated(
			'pop=150000&s1=0.1:0.05:0.15&ben=250000&years=3&v=2',
			'nb'
		);
		expect(intervalRows(report, simulation, 'nb', 'NOK').at(-1)?.id).toBe('pv_net');
	});

	it('says in how many draws the net value is positive and each claim holds', () => {
		const { report, simulation } = simulated(
			'pop=150000&s1=0.1:0.1:0.1&ben=250000&c1=helped:gt:20000&v=2',
			'da'
		);
		expect(positiveSentence(simulation, 'da')).toBe(
			'Nutidsværdien af nettoeffekten er over 0 i 100\u00a0% af trækningerne.'
		);
		expect(claimProbabilitySentences(report, simulation, 'da', 'DKK')).toEqual([
			{ id: 'c1', text: expect.stringMatching(/^».*« holder i 0\u00a0% af trækningerne\.$/) }
		]);
	});
});

describe('the headline of a funnel that ends in a response to treatment', () => {
	// helped = 1 000 × 0.5 × 0.2 = 100; saving = 100 × 100 000 = 10 000 000.
	const RESPONSE = 'pop=1000&s1=0.5&s2=0.2&k2=response&ben=100000&v=2';

	it.each([
		[
			'nb',
			'100 personer svarer på behandlingen. Bare hvis alle også kommer tilbake i arbeid, sparer det 10\u00a0mill.\u00a0kr i trygdeytelser per år.'
		],
		[
			'en',
			'100 people respond to treatment. Only if all of them also return to work does that save NOK\u00a010\u00a0million in benefits per year.'
		]
	] as const)('%s says the saving needs them all back in work', (lang, sentence) => {
		expect(reportHeadline(fullReport(scenarioOf(RESPONSE), lang), lang, 'NOK')).toBe(sentence);
	});

	it('is the usual one once a step is a return to work', () => {
		const report = fullReport(scenarioOf(`${RESPONSE.replace('&v=2', '')}&s3=1&k3=rtw&v=2`), 'en');
		expect(reportHeadline(report, 'en', 'NOK')).toBe(
			'100 people back in work save NOK\u00a010\u00a0million in benefits per year.'
		);
	});
	it.each([
		[
			'nb',
			'Personer som svarer på behandlingen og tilskrives tiltaket',
			'Dødvekten er 0\u00a0%: tallet forutsetter at ingen av dem ville ha blitt bedre uten tiltaket.'
		],
		[
			'da',
			'Personer, der reagerer på behandlingen og tilskrives indsatsen',
			'Dødvægten er 0\u00a0%: tallet forudsætter, at ingen af dem ville have fået det bedre uden indsatsen.'
		],
		[
			'en',
			'Responders attributed to the programme',
			'Deadweight is 0%: the figure assumes that none of them would have got better without the programme.'
		]
	] as const)(
		'%s: those the programme accounts for respond; deadweight is about getting better',
		(lang, label, sentence) => {
			const report = fullReport(scenarioOf(RESPONSE), lang);
			expect(resultLabel('attributable', report.warnings, lang)).toBe(label);
			expect(report.trail.find((line) => line.id === 'attributable')!.label).toBe(label);
			const deadweight = report.warnings.find((each) => each.id === 'no_deadweight')!;
			expect(warningSentence(deadweight, report, lang)).toBe(sentence);
		}
	);

	it('words both about work once a step is a return to work', () => {
		const report = fullReport(scenarioOf(`${RESPONSE.replace('&v=2', '')}&s3=1&k3=rtw&v=2`), 'en');
		expect(resultLabel('attributable', report.warnings, 'en')).toBe(
			'Returns caused by the programme'
		);
		const deadweight = report.warnings.find((each) => each.id === 'no_deadweight')!;
		expect(warningSentence(deadweight, report, 'en')).toBe(
			'Deadweight is 0%: the figure assumes that none of them would have returned to work without the programme.'
		);
	});

	describe('by version 3’s rules, which count nobody in work from it', () => {
		const V3 = RESPONSE.replace('&v=2', '&v=3');

		it.each([
			[
				'nb',
				'100 personer svarer på behandlingen. Ingen besparelse regnes med: ingen trinn sier hvor mange av dem som kommer tilbake i arbeid.'
			],
			[
				'da',
				'100 personer reagerer på behandlingen. Ingen besparelse regnes med: intet trin siger, hvor mange af dem der vender tilbage til arbejde.'
			],
			[
				'en',
				'100 people respond to treatment. No saving is counted: no step says how many of them return to work.'
			]
		] as const)('%s claims no saving', (lang, sentence) => {
			expect(reportHeadline(fullReport(scenarioOf(V3), lang), lang, 'NOK')).toBe(sentence);
		});

		it('names its people as those who respond, and says why nothing is saved', () => {
			const report = fullReport(scenarioOf(V3), 'en');
			expect(report.results.benefit_saving).toBe('0');
			expect(resultLabel('helped', report.warnings, 'en')).toBe('People who respond to treatment');
			expect(report.trail[0]!.label).toBe('People who respond to treatment');
			const [warning] = report.warnings.filter((each) => each.id === 'response_is_not_work');
			expect(warningSentence(warning!, report, 'en')).toBe(
				'Funnel step 2 (s2) measures a response to treatment, and no step turns that into work, ' +
					'so nobody is counted as back in work and no benefit saving is claimed. Feeling better ' +
					'is not being back at work: to count a return, add a step of the kind «return to work», ' +
					'with its source or marked as an assumption.'
			);
		});

		// helped = 1 000 × 0.5 × 0.2 = 100, attributable the same (dead 0, disp 0).
		it('names them so in a claim about them, too', () => {
			const report = fullReport(scenarioOf(V3.replace('&v=3', '&c1=helped:gt:50&v=3')), 'nb');
			expect(claimStatement(report.claims[0]!, report.warnings, 'nb', 'NOK')).toBe(
				'Personer som svarer på behandlingen over 50'
			);
			const work = fullReport(scenarioOf('pop=1000&s1=0.1&c1=helped:gt:50&v=3'), 'nb');
			expect(claimStatement(work.claims[0]!, work.warnings, 'nb', 'NOK')).toBe(
				'Personer tilbake i arbeid over 50'
			);
		});
	});
});
