/**
 * Presets: every query decodes without issues and is canonical; the seed claims and the
 * reference values are the ones of the articles and FACTS.md; reference values and the reference
 * preset's title are written in every page language, numbers the language's way.
 */
import { describe, expect, it } from 'vitest';
import {
	decode,
	encode,
	findPreset,
	PRESETS,
	SCENARIO_KEYS,
	type ReferenceValue,
	type Scenario
} from '../../../src/lib/scenario';
import { presetTitle, presetVaryQuery } from '../../../src/lib/scenario/presets';
import { LOCALES } from '../../../src/lib/format/locale';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	expect(issues).toEqual([]);
	return input as Scenario;
}

describe('presets', () => {
	it.each(PRESETS.map((preset) => [preset.slug, preset.query]))(
		'%s decodes without issues and its query is canonical',
		(_slug, query) => {
			expect(encode(scenarioOf(query))).toBe(query);
		}
	);

	it('have unique, URL-safe slugs that findPreset finds', () => {
		const slugs = PRESETS.map((preset) => preset.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) {
			expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(findPreset(slug)?.slug).toBe(slug);
		}
		expect(findPreset('nope')).toBeUndefined();
	});

	it('seed presets: ISO dates, short quotes, excerpts tied to keys the scenario has', () => {
		const seeds = PRESETS.filter((preset) => preset.kind === 'seed');
		expect(seeds.map((seed) => seed.seed)).toEqual(['000', '001', '003']);
		for (const seed of seeds) {
			const scenario = scenarioOf(seed.query);
			const present = new Set([
				...Object.keys(scenario),
				...scenario.claims.map((claim) => claim.id)
			]);
			expect(seed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect([...seed.quote].length).toBeLessThanOrEqual(300);
			for (const excerpt of seed.excerpts) {
				expect([...excerpt.text].length).toBeLessThanOrEqual(300);
				for (const key of excerpt.keys) expect(present).toContain(key);
			}
			for (const note of seed.notes)
				for (const lang of LOCALES) expect(note.source[lang]).not.toBe('');
		}
	});

	it('000 is 150 000 × 10 % × 250 000 kr with the article three claims', () => {
		const preset = findPreset('utenfor-arbeid-150000');
		// "å" is C3 A5 in UTF-8; encodeURIComponent leaves ( and ) alone. Presets follow the current
		// rules (v=2); the corpus keeps their v=1 links and answers too.
		expect(preset?.query).toBe(
			'pop=150000&s1=0.1' +
				'&l1=Andel%20som%20f%C3%A5r%20hjelp%20tilbake%20i%20arbeid%20(artikkelens%20antakelse)' +
				'&ben=250000&c1=helped:eq:15000&c2=benefit_saving:approx:3750000000:3' +
				'&c3=gross_effect:gt:4000000000&v=3'
		);
	});

	it('001 and 003 are population funnels of three labelled steps', () => {
		const anxiety = scenarioOf(findPreset('angst-behandlingsresistent')?.query ?? '');
		expect(anxiety).toMatchObject({ pop: '5550203', s1: '0.15', s2: '0.35', s3: '0.6' });
		const ptsd = scenarioOf(findPreset('ptsd-infusjon')?.query ?? '');
		expect(ptsd).toMatchObject({ pop: '5550203', s1: '0.06', s2: '0.6', s3: '0.7' });
		for (const scenario of [anxiety, ptsd]) {
			expect([scenario.l1, scenario.l2, scenario.l3].every((label) => label !== undefined)).toBe(
				true
			);
			expect(scenario.claims).toEqual([]);
		}
	});

	it('norway-reference uses the FACTS.md values, each with its source', () => {
		const preset = findPreset('norway-reference');
		const scenario = scenarioOf(preset?.query ?? '');
		expect(scenario).toMatchObject({
			pop: '168884',
			ben: '265657', // 2.041 × 130 160 = 265 656.56 → 265 657
			// the average tax on that same 265 657 under 2025 rules: 20 455.589 trygdeavgift +
			// 820.369 trinnskatt + 0.22 × (265 657 − 92 000 − 108 550) = 14 323.54, together
			// 35 599.498; ÷ 265 657 = 0.134005… (the average tax on 250 000 would be 0.1227…)
			btax: '0.134',
			wage: '712440', // 59 370 × 12 = 712 440
			wtax: '0.262',
			emp: '0.141',
			disc: '0.04'
		});
		expect(scenario.l1).toMatch(/^Antakelse/);
		const sources = Object.entries(preset?.sources ?? {});
		expect(sources.map(([key]) => key)).toEqual([
			'pop',
			'ben',
			'btax',
			'wage',
			'wtax',
			'emp',
			'disc'
		]);
		for (const [key, source] of sources) {
			expect(SCENARIO_KEYS).toContain(key);
			expect(source.value).toBe(scenario[key as keyof Scenario]);
		}
		expect(preset?.sources.ben?.confidence).toBe('computed');
		expect(preset?.sources.wage?.confidence).toBe('computed');
		expect(preset?.sources.emp?.confidence).toBe('high');
		expect(preset?.sources.disc?.confidence).toBe('medium');
	});
});

/** Every reference value of every preset, named `slug.key`. */
const referenceValues: [string, ReferenceValue][] = PRESETS.flatMap((preset) =>
	Object.entries(preset.sources).map(
		([key, value]) => [`${preset.slug}.${key}`, value] as [string, ReferenceValue]
	)
);

describe('reference values in every page language', () => {
	it('every preset value has a label and a source in nb, da and en', () => {
		expect(referenceValues.length).toBe(9);
		for (const [name, reference] of referenceValues) {
			for (const lang of LOCALES) {
				expect(reference.label[lang].trim(), `${name} label ${lang}`).not.toBe('');
				expect(reference.source[lang].trim(), `${name} source ${lang}`).not.toBe('');
			}
		}
	});

	it('the minimum AAP is written out in English and Danish, numbers their way', () => {
		const ben = findPreset('norway-reference')?.sources.ben;
		expect(ben?.label.en).toBe(
			'AAP minimum at the 2025 G: NOK\u00a0265,657 a year (2.041 × 130,160)'
		);
		expect(ben?.label.da).toBe(
			'Mindste AAP ved G fra 2025: 265.657\u00a0NOK om året (2,041 × 130.160)'
		);
		expect(ben?.label.nb).toBe(
			'Minste AAP ved G fra 2025: 265\u00a0657\u00a0kr per år (2,041 × 130\u00a0160)'
		);
	});

	it('the average wage: nb 59 370 kr, da 59.370 NOK, en NOK 59,370', () => {
		const wage = findPreset('norway-reference')?.sources.wage;
		expect(wage?.label.nb).toContain(
			'november 2024: 59\u00a0370\u00a0kr (≈ 712\u00a0440\u00a0kr per år, beregnet × 12)'
		);
		expect(wage?.label.da).toContain(
			'november 2024: 59.370\u00a0NOK (≈ 712.440\u00a0NOK om året, beregnet × 12)'
		);
		expect(wage?.label.en).toContain(
			'November 2024: NOK\u00a059,370 (≈ NOK\u00a0712,440 a year, computed × 12)'
		);
	});

	it('no label, source or own note breaks a line inside a number or before its unit', () => {
		const texts = [
			...referenceValues.flatMap(([, reference]) =>
				LOCALES.flatMap((lang) => [reference.label[lang], reference.source[lang]])
			),
			...PRESETS.flatMap((preset) =>
				preset.notes.flatMap((note) => (note.quote ? [] : LOCALES.map((lang) => note.text[lang])))
			)
		];
		expect(texts.length).toBeGreaterThan(50);
		for (const text of texts) {
			expect(text).not.toMatch(/\d \d/);
			expect(text).not.toMatch(/\d (kr|NOK|%|år|dager)(?![\p{L}])/u);
			expect(text).not.toMatch(/NOK \d/);
		}
	});

	it('the reference preset’s title is in the page language; seed titles stay Norwegian', () => {
		const reference = findPreset('norway-reference');
		const seed = findPreset('ptsd-infusjon');
		if (!reference || !seed) throw new Error('presets missing');
		expect(presetTitle(reference, 'nb')).toEqual({
			text: 'Norge, kildebelagte referanseverdier',
			lang: 'nb'
		});
		expect(presetTitle(reference, 'da')).toEqual({
			text: 'Norge, referenceværdier med kilder',
			lang: 'da'
		});
		expect(presetTitle(reference, 'en')).toEqual({
			text: 'Norway, sourced reference values',
			lang: 'en'
		});
		for (const lang of LOCALES) {
			expect(presetTitle(seed, lang)).toEqual({
				text: 'Håp etter traumene – ny behandlingsmetode mot PTSD',
				lang: 'nb'
			});
		}
	});
});

describe('presetVaryQuery: a preset opened in the calculator keeps its title', () => {
	it.each(['nb', 'en'] as const)('in %s: the scenario, canonical, titled as its page', (lang) => {
		for (const preset of PRESETS) {
			const query = presetVaryQuery(preset, lang);
			const decoded = decode(query);
			expect(decoded.issues).toStrictEqual([]);
			expect(decoded.input?.title).toBe(presetTitle(preset, lang).text);
			expect(encode(decoded.input!, { lang })).toBe(query);
		}
	});
});
