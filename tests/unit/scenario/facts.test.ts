/**
 * The sourced facts: each is whole in every language, its numbers are canonical decimals written
 * by the formatting layer the way each language writes them, and the presets' inputs take the
 * numbers of FACTS.md from them.
 */
import { describe, expect, it } from 'vitest';
import { DISCOUNT_SCHEDULES } from '../../../src/lib/model/schedules';
import { LOCALES } from '../../../src/lib/format/locale';
import {
	confidenceText,
	factSource,
	factText,
	referenceValue
} from '../../../src/lib/scenario/fact-text';
import {
	DENMARK_FACTS,
	NORWAY_FACTS,
	NORWAY_REFERENCE_SOURCES,
	type Fact
} from '../../../src/lib/scenario/facts';

const FACTS = [...NORWAY_FACTS, ...DENMARK_FACTS];

/** The fact with this English label. */
function fact(label: string): Fact {
	const found = FACTS.find((candidate) => candidate.label.en === label);
	if (!found) throw new Error(`no fact labelled ${label}`);
	return found;
}

describe('every fact', () => {
	it.each(FACTS.map((each) => [each.label.en, each] as const))(
		'%s is whole: canonical numbers, each named in its wording, a confidence for each',
		(_label, each) => {
			const numbers = each.quantities.flatMap((quantity) => quantity.numbers);
			for (const number of numbers) expect(number).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$/);
			for (const lang of LOCALES) {
				const wording = each.wording?.[lang] ?? '{0}';
				const named = [...wording.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
				expect(new Set(named)).toEqual(new Set(each.quantities.map((_, index) => index)));
				for (const text of [each.label[lang], factText(each, lang), factSource(each, lang)]) {
					expect(text.trim()).not.toBe('');
					expect(text).not.toMatch(/[{}]/);
				}
			}
			if (typeof each.confidence !== 'string') expect(each.confidence).toHaveLength(numbers.length);
		}
	);

	it('never breaks a line inside a number or before its unit', () => {
		const texts = FACTS.flatMap((each) =>
			LOCALES.flatMap((lang) => [each.label[lang], factText(each, lang), factSource(each, lang)])
		);
		expect(texts).toHaveLength(261);
		for (const text of texts) {
			expect(text).not.toMatch(/\d \d/);
			expect(text).not.toMatch(/\d (kr|NOK|DKK|%|år|dager|dage|days|million|mio)(?![\p{L}])/u);
			expect(text).not.toMatch(/(NOK|DKK) \d/);
		}
	});
});

describe('a fact as the method page writes it', () => {
	it.each([
		[
			'Population of Norway, 1\u00a0January 2024',
			'5\u00a0550\u00a0203 (5\u00a0562\u00a0363 ved utgangen av 1.\u00a0kvartal 2024)',
			'5.550.203 (5.562.363 ved udgangen af 1.\u00a0kvartal 2024)',
			'5,550,203 (5,562,363 at the end of Q1\u00a02024)'
		],
		[
			'Base amount (grunnbeløpet, G) from 1\u00a0May 2024 / 2025 / 2026',
			'124\u00a0028 / 130\u00a0160 / 136\u00a0549\u00a0kr',
			'124.028 / 130.160 / 136.549\u00a0NOK',
			'NOK\u00a0124,028 / 130,160 / 136,549'
		],
		[
			'Work assessment allowance (AAP)',
			'66\u00a0% av tidligere inntekt, regnet av inntekt opp til 6\u00a0G; minst 2,041\u00a0G fra 1.\u00a0juli 2024 (2/3 av dette under 25\u00a0år); skattlegges som lønn',
			'66\u00a0% af tidligere indkomst, beregnet af indkomst op til 6\u00a0G; mindst 2,041\u00a0G fra 1.\u00a0juli 2024 (2/3 heraf under 25\u00a0år); beskattes som løn',
			'66% of prior income, counting income up to 6\u00a0G; minimum 2.041\u00a0G from 1\u00a0July 2024 (two thirds of that under 25); taxed as wage income'
		],
		[
			'AAP minimum at the 2025 G',
			'265\u00a0657\u00a0kr per år (2,041 × 130\u00a0160)',
			'265.657\u00a0NOK om året (2,041 × 130.160)',
			'NOK\u00a0265,657 a year (2.041 × 130,160)'
		],
		[
			'People leaving AAP',
			'Bare 20–25\u00a0% er registrert i arbeid uten samtidig å motta ytelser fra NAV (januar 2025)',
			'Kun 20–25\u00a0% er registreret i beskæftigelse uden samtidig at modtage ydelser fra NAV (januar 2025)',
			'Only 20–25% are registered as employed without also receiving benefits from NAV (January 2025)'
		],
		[
			'Sickness benefit (sykepenger)',
			'100\u00a0% av tapt inntekt opp til 6\u00a0G, i høyst ett år; arbeidsgiveren betaler de første 16\u00a0dagene',
			'100\u00a0% af tabt indkomst op til 6\u00a0G, i højst et år; arbejdsgiveren betaler de første 16\u00a0dage',
			'100% of lost income up to 6\u00a0G, for at most one year; the employer pays the first 16\u00a0days'
		],
		[
			'Personal income tax, 2025',
			'22\u00a0% på alminnelig inntekt; trygdeavgift 7,7\u00a0% på lønn; trinnskatt 1,7 / 4,0 / 13,7 / 16,7 / 17,7\u00a0% fra 217\u00a0400 / 306\u00a0050 / 697\u00a0150 / 942\u00a0400 / 1\u00a0410\u00a0750\u00a0kr',
			'22\u00a0% af almindelig indkomst; trygdeavgift (socialsikringsbidrag) 7,7\u00a0% af løn; trinskat 1,7 / 4,0 / 13,7 / 16,7 / 17,7\u00a0% fra 217.400 / 306.050 / 697.150 / 942.400 / 1.410.750\u00a0NOK',
			'22% on ordinary income; social security contribution (trygdeavgift) 7.7% on wages; bracket tax (trinnskatt) 1.7 / 4.0 / 13.7 / 16.7 / 17.7% from NOK\u00a0217,400 / 306,050 / 697,150 / 942,400 / 1,410,750'
		],
		[
			'Average tax on a wage, 2025 rules',
			'250\u00a0000\u00a0kr: 12,3\u00a0%; 265\u00a0657\u00a0kr (minste AAP): 13,4\u00a0%; 500\u00a0000\u00a0kr: 22,7\u00a0%; 600\u00a0000\u00a0kr: 24,6\u00a0%; 650\u00a0000\u00a0kr: 25,3\u00a0%; 712\u00a0000\u00a0kr: 26,2\u00a0%',
			'250.000\u00a0NOK: 12,3\u00a0%; 265.657\u00a0NOK (mindste AAP): 13,4\u00a0%; 500.000\u00a0NOK: 22,7\u00a0%; 600.000\u00a0NOK: 24,6\u00a0%; 650.000\u00a0NOK: 25,3\u00a0%; 712.000\u00a0NOK: 26,2\u00a0%',
			'NOK\u00a0250,000: 12.3%; NOK\u00a0265,657 (the minimum AAP): 13.4%; NOK\u00a0500,000: 22.7%; NOK\u00a0600,000: 24.6%; NOK\u00a0650,000: 25.3%; NOK\u00a0712,000: 26.2%'
		],
		[
			'Value of a statistical life',
			'30\u00a0millioner\u00a0kr i 2012-priser (R-109/21); DFØ-justert 54,89\u00a0millioner\u00a0kr for 2023 (foreløpig)',
			'30\u00a0mio.\u00a0NOK i 2012-priser (R-109/21); DFØ-justeret 54,89\u00a0mio.\u00a0NOK for 2023 (foreløbig)',
			'NOK\u00a030\u00a0million in 2012 prices (R-109/21); DFØ-adjusted NOK\u00a054.89\u00a0million for 2023 (preliminary)'
		],
		[
			'Value per DALY in Helsedirektoratet’s cost-of-illness report',
			'0,82 / 0,78 / 0,97\u00a0millioner\u00a0kr (2019- / 2020- / 2021-priser)',
			'0,82 / 0,78 / 0,97\u00a0mio.\u00a0NOK (2019- / 2020- / 2021-priser)',
			'NOK\u00a00.82 / 0.78 / 0.97\u00a0million (2019 / 2020 / 2021 prices)'
		],
		[
			'Sickness benefit (sygedagpenge), maximum',
			'4\u00a0550\u00a0DKK per uke (2023); 4\u00a0695\u00a0DKK (2024)',
			'4.550\u00a0kr. om ugen (2023); 4.695\u00a0kr. (2024)',
			'DKK\u00a04,550 a week (2023); DKK\u00a04,695 (2024)'
		],
		[
			'Cost of public funds (Norway)',
			'20\u00a0% av netto endring i offentlige utgifter, i samfunnsøkonomisk perspektiv (mcpf)',
			'20\u00a0% af den offentlige nettoudgift, i det samfundsøkonomiske perspektiv (mcpf)',
			'20% of the net change in public spending, in the society perspective (mcpf)'
		],
		[
			'Tax distortion (Finansministeriet)',
			'senket fra 20\u00a0% til 10\u00a0% i 2017 og fra juni 2023 ikke lenger regnet med: 0\u00a0% (mcpf=0)',
			'sænket fra 20\u00a0% til 10\u00a0% i 2017 og fra juni 2023 ikke længere medregnet: 0\u00a0% (mcpf=0)',
			'lowered from 20% to 10% in 2017, and from June 2023 no longer counted: 0% (mcpf=0)'
		],
		[
			'Discount rate (Finansministeriet)',
			'3,5\u00a0% for år 0–35, 2,5\u00a0% for år 36–70, 1,5\u00a0% etter år 70 (fra januar 2021; disc=dk)',
			'3,5\u00a0% for år 0–35, 2,5\u00a0% for år 36–70, 1,5\u00a0% efter år 70 (siden januar 2021; disc=dk)',
			'3.5% for years 0–35, 2.5% for years 36–70, 1.5% after year 70 (since January 2021; disc=dk)'
		],
		[
			'Discount rate for long horizons',
			'4\u00a0% de første 40\u00a0årene, 3\u00a0% fra år 40 til 75, 2\u00a0% deretter (disc=no)',
			'4\u00a0% de første 40\u00a0år, 3\u00a0% fra år 40 til 75, 2\u00a0% derefter (disc=no)',
			'4% for the first 40 years, 3% from year 40 to 75, 2% after (disc=no)'
		]
	])('%s: nb, da and en', (label, nb, da, en) => {
		const each = fact(label);
		expect([factText(each, 'nb'), factText(each, 'da'), factText(each, 'en')]).toEqual([
			nb,
			da,
			en
		]);
	});

	it('names a number of its own in its source the same way', () => {
		const tax = fact('Average tax on a wage, 2025 rules');
		expect(factSource(tax, 'da')).toBe(
			'Beregnet ud fra regjeringen.no, «Skattesatser 2025» (650.000\u00a0NOK stemmer med smartepenger.no)'
		);
		expect(factSource(tax, 'en')).toBe(
			'Computed from regjeringen.no, «Skattesatser 2025» (NOK\u00a0650,000 matches smartepenger.no)'
		);
	});

	it.each([
		[
			'Base amount (grunnbeløpet, G) from 1\u00a0May 2024 / 2025 / 2026',
			'nb',
			'høy / høy / middels til høy'
		],
		['Sickness benefit (sygedagpenge), maximum', 'nb', 'høy; middels'],
		['AAP recipients by diagnosis', 'en', 'medium, dated'],
		['Disability benefit recipients by diagnosis', 'nb', 'middels, gamle tall'],
		['Disability pension (førtidspension, rules after 2003), before tax', 'da', 'høj, ældre tal'],
		[
			'Average monthly earnings per full-time equivalent, November 2024',
			'en',
			'high; computed from sourced figures'
		],
		['AAP minimum at the 2025 G', 'da', 'beregnet ud fra tal med kilde'],
		['People leaving AAP', 'nb', 'middels til høy']
	] as const)('%s is as sure as %s says: %s', (label, lang, expected) => {
		expect(confidenceText(fact(label), lang)).toBe(expected);
	});
});

describe('the reference values the inputs take', () => {
	it('are the numbers of FACTS.md, with the year and confidence of each', () => {
		const taken = Object.entries(NORWAY_REFERENCE_SOURCES).map(([key, reference]) => [
			key,
			reference.value,
			reference.year,
			reference.confidence
		]);
		expect(taken).toEqual([
			['pop', '168884', 2025, 'high'],
			['ben', '265657', 2025, 'computed'],
			['btax', '0.134', 2025, 'computed'],
			['wage', '712440', 2024, 'computed'],
			['wtax', '0.262', 2025, 'computed'],
			['emp', '0.141', 2025, 'high'],
			['disc', '0.04', 2021, 'medium']
		]);
	});

	it('are labelled with all their fact says', () => {
		expect(NORWAY_REFERENCE_SOURCES.pop.label.nb).toBe(
			'AAP-mottakere ved utgangen av desember 2025: 168\u00a0884 (4,7\u00a0% av befolkningen 18–66\u00a0år)'
		);
		expect(NORWAY_REFERENCE_SOURCES.disc.label.en).toBe(
			'Discount rate for socio-economic analysis: 4% real'
		);
	});

	it('show the working of the tax on the benefit the preset uses, not a table of others', () => {
		// 7.7 % × 265 657 = 20 455.589; 1.7 % × (265 657 − 217 400) = 820.369;
		// 22 % × (265 657 − 92 000 − 108 550) = 14 323.54: in whole kroner 20 456 + 820 + 14 324
		// = 35 600; exactly 35 599.498, and 35 599.498 ÷ 265 657 = 0.134…
		expect(NORWAY_REFERENCE_SOURCES.btax.label.nb).toBe(
			'Gjennomsnittsskatt på ytelsen etter 2025-reglene: 13,4\u00a0% av 265\u00a0657\u00a0kr (AAP skattlegges som lønn): trygdeavgift 20\u00a0456\u00a0kr (7,7\u00a0%, høyst 25\u00a0% av inntekten over 99\u00a0650\u00a0kr), trinnskatt 820\u00a0kr (1,7\u00a0% fra 217\u00a0400\u00a0kr) og skatt på alminnelig inntekt 14\u00a0324\u00a0kr (22\u00a0% av inntekten etter minstefradrag (46\u00a0%, høyst 92\u00a0000\u00a0kr) og personfradrag (108\u00a0550\u00a0kr)): til sammen 35\u00a0600\u00a0kr'
		);
		expect(NORWAY_REFERENCE_SOURCES.btax.value).toBe('0.134');
		expect(NORWAY_REFERENCE_SOURCES.wtax.label.en).toBe(
			'Average tax on a wage under Norway’s 2025 rules: 26.2% of NOK\u00a0712,000, including social security contribution (trygdeavgift)'
		);
	});

	it.each([
		['a row', 'Base amount (grunnbeløpet, G) from 1\u00a0May 2024 / 2025 / 2026', 0],
		['a range', 'People leaving AAP', 0],
		['millions', 'Value of a statistical life', 1],
		['no year', 'Disability benefit (uføretrygd), minimum', 0],
		['medium-high', 'Disability benefit (uføretrygd) recipients, end of 2025', 0],
		['no such quantity', 'Discount rate for socio-economic analysis', 1]
	] as const)('cannot be %s (%s)', (_why, label, index) => {
		expect(() => referenceValue(fact(label), index)).toThrow(RangeError);
	});
});

describe('the discount schedules', () => {
	// The model discounts by its own table (it may not import the scenario layer); the facts the
	// method page and the reference cards cite must state the same rates, in the same order.
	it.each([
		['no', 'Discount rate for long horizons'],
		['dk', 'Discount rate (Finansministeriet)']
	] as const)('disc=%s follows the rates its fact states', (schedule, label) => {
		expect(fact(label).quantities.flatMap((each) => each.numbers)).toEqual(
			DISCOUNT_SCHEDULES[schedule].map((each) => each.rate)
		);
	});
});
