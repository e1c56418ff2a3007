/**
 * Presets: every query decodes without issues and is canonical; the seed claims and the
 * reference values are the ones of the articles and FACTS.md.
 */
import { describe, expect, it } from 'vitest';
import {
	decode,
	encode,
	findPreset,
	PRESETS,
	SCENARIO_KEYS,
	type Scenario
} from '../../../src/lib/scenario';

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
			for (const note of seed.notes) expect(note.source).not.toBe('');
		}
	});

	it('000 is 150 000 × 10 % × 250 000 kr with the article three claims', () => {
		const preset = findPreset('utenfor-arbeid-150000');
		// "å" is C3 A5 in UTF-8; encodeURIComponent leaves ( and ) alone.
		expect(preset?.query).toBe(
			'pop=150000&s1=0.1' +
				'&l1=Andel%20som%20f%C3%A5r%20hjelp%20tilbake%20i%20arbeid%20(artikkelens%20antakelse)' +
				'&ben=250000&c1=helped:eq:15000&c2=benefit_saving:approx:3750000000:3' +
				'&c3=gross_effect:gt:4000000000&v=1'
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
			btax: '0.123',
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
		expect(preset?.sources.emp?.confidence).toBe('high');
		expect(preset?.sources.disc?.confidence).toBe('medium');
	});
});
