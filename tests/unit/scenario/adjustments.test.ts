/**
 * Honest adjustments: the sourced figures a claim leaves out, put into scenario B in one click,
 * only where the scenario leaves them silent and a source gives a typical figure.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/lib/i18n/all-locales';
import { buildReport } from '../../../src/lib/report';
import { adjustmentsSentence, correctionsSentence } from '../../../src/lib/report/sentences';
import {
	adjustedSources,
	decode,
	encode,
	findPreset,
	honestAdjustments,
	PRESETS,
	type Scenario
} from '../../../src/lib/scenario';
import { adjustedQuery } from '../../../src/lib/scenario/local-href';
import { presetAdjustedQuery, presetCorrections } from '../../../src/lib/scenario/presets';

const SEED = 'pop=150000&s1=0.1&ben=250000&v=2';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(JSON.stringify(issues));
	return input;
}

describe('honestAdjustments', () => {
	it('adds the tax on the benefit and deadweight to the seed claim', () => {
		// The tax on 250 000 kr under the 2025 rules: 30 683.2 kr, 12.27 % (norwegian-tax.test.ts).
		expect(honestAdjustments(scenarioOf(SEED))).toEqual([
			{ key: 'btax', value: '0.123' },
			{ key: 'dead', value: '0.72' }
		]);
	});

	it('takes the tax on B’s own benefit where B changes it', () => {
		// The minimum AAP, 265 657 kr: 35 599.498 kr of tax, 13.4 %.
		expect(honestAdjustments(scenarioOf(`${SEED}&b_ben=265657`))[0]).toEqual({
			key: 'btax',
			value: '0.134'
		});
	});

	it('offers none where the rules count nobody in work, and does where a step is a return', () => {
		const response = 'pop=150000&s1=0.1&k1=response&ben=250000';
		expect(honestAdjustments(scenarioOf(`${response}&v=3`))).toEqual([]);
		// Version 2 counted everyone through such a funnel as in work: there is a saving to adjust
		expect(honestAdjustments(scenarioOf(`${response}&v=2`))).toHaveLength(2);
		const toWork = 'pop=150000&s1=0.1&k1=response&s2=0.5&k2=rtw&ben=250000&v=3';
		expect(honestAdjustments(scenarioOf(toWork))).toHaveLength(2);
	});

	it.each([
		['a deadweight of its own', `${SEED}&dead=0.3`, ['btax']],
		['a tax on benefits of its own', `${SEED}&btax=0.1`, ['dead']],
		['the society perspective, where a benefit is a transfer', `${SEED}&persp=society`, ['dead']],
		['Danish kroner, for which no Norwegian tax applies', `${SEED}&cur=DKK`, ['dead']],
		['no benefit to tax', 'pop=150000&s1=0.1&v=2', ['dead']],
		// Up to 99 650 kr no trygdeavgift, and no ordinary income after the deductions.
		['a benefit too small to be taxed', 'pop=150000&s1=0.1&ben=99650&v=2', ['dead']],
		['both already in B', `${SEED}&b_btax=0.2&b_dead=0.5`, []]
	])('leaves out what it has with %s', (_, query, keys) => {
		expect(honestAdjustments(scenarioOf(query)).map((adjustment) => adjustment.key)).toEqual(keys);
	});
});

describe('adjustedQuery', () => {
	const query = adjustedQuery(SEED, honestAdjustments(scenarioOf(SEED)));
	const adjusted = scenarioOf(query);

	it('writes them as scenario B of the same link, in canonical order', () => {
		expect(query).toBe('pop=150000&s1=0.1&ben=250000&b_btax=0.123&b_dead=0.72&v=2');
		expect(encode(adjusted)).toBe(query);
		const withB = `${SEED.replace('&v=2', '')}&b_pop=1000&b_work=0.5&lang=en&v=2`;
		const between = adjustedQuery(withB, honestAdjustments(scenarioOf(withB)));
		expect(between).toBe(
			'pop=150000&s1=0.1&ben=250000&b_pop=1000&b_btax=0.123&b_work=0.5&b_dead=0.72&lang=en&v=2'
		);
		expect(encode(scenarioOf(between), { lang: 'en' })).toBe(between);
	});

	it('gives B worked by hand: 15 000 × (1 − 72 %) × 250 000 kr × (1 − 12.3 %)', () => {
		// attributable 15 000 × 0.28 = 4 200; 4 200 × 250 000 = 1 050 000 000 saved gross;
		// 12.3 % of it, 129 150 000, comes back as tax: 920 850 000 net, the fiscal gross effect,
		// 3 750 000 000 − 920 850 000 = 2 829 150 000 below A's.
		const comparison = buildReport(adjusted, 'en').comparison!;
		expect(comparison.results.benefit_saving).toBe('1050000000');
		expect(comparison.results.benefit_tax_lost).toBe('129150000');
		expect(comparison.results.gross_effect).toBe('920850000');
		expect(comparison.difference.gross_effect).toBe('-2829150000');
	});

	it('is none for a scenario that already has them', () => {
		expect(honestAdjustments(adjusted)).toEqual([]);
	});

	it('is in the report: what A leaves out, and what B took, whose source the page shows', () => {
		expect(buildReport(scenarioOf(SEED), 'en').adjustments).toEqual([
			{ key: 'btax', value: '0.123' },
			{ key: 'dead', value: '0.72' }
		]);
		const report = buildReport(adjusted, 'en');
		expect(report.adjustments).toEqual([]);
		expect(report.comparison!.adjusted).toEqual(['btax', 'dead']);
		expect(report.comparison!.sources.btax!.label.en).toBe(
			'Average tax on the benefit under Norway’s 2025 rules: 12.3% of NOK\u00a0250,000 (AAP is ' +
				'taxed as wage income): social security contribution NOK\u00a019,250 (7.7%, at most 25% of ' +
				'the income above NOK\u00a099,650), bracket tax NOK\u00a0554 (1.7% from NOK\u00a0217,400) ' +
				'and tax on ordinary ' +
				'income NOK\u00a010,879 (22% of the income after the minimum deduction (46%, at most ' +
				'NOK\u00a092,000) and the personal allowance (NOK\u00a0108,550)): NOK\u00a030,683 in all'
		);
		expect(adjustedSources(scenarioOf(`${SEED}&b_dead=0.5`))).toEqual({});
		// An older link's 13.4 % is the tax on the minimum AAP, not on 250 000 kr: B keeps it, and
		// the page does not give it a source that is not its own.
		expect(Object.keys(adjustedSources(scenarioOf(`${SEED}&b_btax=0.134`)))).toEqual([]);
		// Nor a Norwegian tax beside Danish kroner, or in the society perspective.
		expect(adjustedSources(scenarioOf(`${SEED}&cur=DKK&b_btax=0.123`))).toEqual({});
		expect(adjustedSources(scenarioOf(`${SEED}&b_btax=0.123&b_persp=society`))).toEqual({});
	});
});

describe('what the reader is told', () => {
	it('says what B takes and what it leaves', () => {
		expect(adjustmentsSentence(honestAdjustments(scenarioOf(SEED)), 'en', 'NOK')).toBe(
			'As B beside A: Tax on benefits (btax) 12.3%, Deadweight (dead) 72%, sourced figures a ' +
				'published claim often leaves out. Drop-off and part-time work have no sourced typical ' +
				'figure here, so B leaves them as they are.'
		);
	});

	// The funnel starts from 5 550 203 people. PTSD as published: × 6 % × 60 % × 70 %; with the
	// Norwegian lifetime prevalence (2.6 %) and 40 % without response to SSRIs (60 % respond):
	// 5 550 203 × 0.026 = 144 305.278, × 0.4 = 57 722.1112, × 0.7 = 40 405.47784. Of those, 30 %
	// would have responded anyway (20 % in the trial's control group against 67 %):
	// 40 405.47784 × 0.7 = 28 283.834488 responders attributed to the infusions.
	it('gives the PTSD seed a scenario B of its sources’ figures', () => {
		const preset = findPreset('ptsd-infusjon')!;
		expect(presetCorrections(preset).map(({ key, value }) => `b_${key}=${value}`)).toEqual([
			'b_s1=0.026',
			'b_s2=0.4',
			'b_dead=0.3'
		]);
		const query = presetAdjustedQuery(preset, 'nb')!;
		expect(query).toContain('b_s1=0.026&b_s2=0.4&b_dead=0.3');
		const b = buildReport(scenarioOf(query), 'nb').comparison?.results;
		expect([b?.helped, b?.attributable]).toEqual(['40405.47784', '28283.834488']);
	});

	// Anxiety as published: 5 550 203 × 15 % × 35 % × 60 % = 174 831.394 5 who improve. Its sources
	// support those steps; what it leaves out is how many would have improved anyway: 37 % on
	// placebo against the clinic's 60 %, 0.62 of them, so 174 831.394 5 × 0.38 = 66 435.929 91.
	it('gives the anxiety seed a B with the deadweight of placebo groups', () => {
		const preset = findPreset('angst-behandlingsresistent')!;
		const query = presetAdjustedQuery(preset, 'en')!;
		expect(query).toMatch(/&b_dead=0\.62&lang=en&v=3$/);
		const report = buildReport(scenarioOf(query), 'en');
		expect([report.results.helped, report.results.attributable]).toEqual([
			'174831.3945',
			'174831.3945'
		]);
		expect(report.comparison?.results.attributable).toBe('66435.92991');
		// A assumes nobody would have improved without the treatment; B does not.
		expect(report.warnings.map(({ id }) => id)).toContain('no_deadweight');
		expect(report.comparison?.warnings.map(({ id }) => id)).not.toContain('no_deadweight');
	});

	it('gives every seed a scenario B', () => {
		const seeds = PRESETS.filter((preset) => preset.kind === 'seed');
		expect(seeds.map((seed) => seed.slug)).toEqual([
			'utenfor-arbeid-150000',
			'angst-behandlingsresistent',
			'ptsd-infusjon'
		]);
		for (const seed of seeds) {
			expect({ slug: seed.slug, hasB: presetAdjustedQuery(seed, 'en') !== null }).toEqual({
				slug: seed.slug,
				hasB: true
			});
		}
	});

	it('says what B takes from which source, in each language', () => {
		const corrections = presetCorrections(findPreset('ptsd-infusjon')!);
		expect(correctionsSentence(corrections, 'en', 'NOK')).toBe(
			'As B beside A, the figures B takes from the sources below, or works out from them, where the article gives another or none: Funnel step 1 (s1) 2.6% (Tidsskriftet / Helsetidsskriftet, 2025), Funnel step 2 (s2) 40% (Feder et al., Am J Psychiatry 2021 (reprinted in Focus 2023)), Deadweight (dead) 30% (Feder et al., Am J Psychiatry 2021).'
		);
		expect(correctionsSentence(corrections, 'nb', 'NOK')).toContain(
			'Trakt-steg 2 (s2) 40\u00a0% (Feder et al., Am J Psychiatry 2021 (opptrykk i Focus 2023)), Dødvekt (dead) 30\u00a0% (Feder et al., Am J Psychiatry 2021).'
		);
	});

	it('gives the seed claim a ready scenario B, titled, in the page language', () => {
		const query = presetAdjustedQuery(findPreset('utenfor-arbeid-150000')!, 'en')!;
		const scenario = scenarioOf(query);
		expect(scenario.b_dead).toBe('0.72');
		expect(scenario.title).toBeDefined();
		expect(query).toContain('&lang=en&');
	});
});
