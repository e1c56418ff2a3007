/**
 * A seed's sourced figures in scenario B: which seed a scenario's funnel is, and which of the
 * figures B still holds, so the calculator names only their own sources.
 */
import { describe, expect, it } from 'vitest';
import { decode, findPreset, type Scenario } from '../../../src/lib/scenario';
import { correctionsInB } from '../../../src/lib/scenario/corrections';
import { presetCorrections, seedCorrectionsFor } from '../../../src/lib/scenario/presets';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(JSON.stringify(issues));
	return input;
}

// The PTSD seed's funnel as the article gives it (presets.ts): 5 550 203 × 6 % × 60 % × 70 %.
const PTSD = 'pop=5550203&s1=0.06&s2=0.6&s3=0.7&k1=prev_life&k2=resistant&k3=response';

describe('seedCorrectionsFor', () => {
	it('finds the PTSD seed by its funnel, whatever its labels, title or B', () => {
		const found = seedCorrectionsFor(scenarioOf(`${PTSD}&title=Mine&b_s1=0.026&v=3`));
		expect(found.map(({ key, value, published }) => [key, value, published])).toEqual([
			['s1', '0.026', '0.06'],
			['s2', '0.4', '0.6']
		]);
	});

	it('finds none for another population, share or kind', () => {
		expect(seedCorrectionsFor(scenarioOf(PTSD.replace('5550203', '5550204') + '&v=3'))).toEqual([]);
		expect(seedCorrectionsFor(scenarioOf(PTSD.replace('s3=0.7', 's3=0.71') + '&v=3'))).toEqual([]);
		expect(seedCorrectionsFor(scenarioOf(PTSD.replace('k3=response', 'k3=rtw') + '&v=3'))).toEqual(
			[]
		);
		expect(seedCorrectionsFor(scenarioOf('pop=150000&s1=0.1&ben=250000&v=3'))).toEqual([]);
	});
});

describe('correctionsInB', () => {
	const corrections = presetCorrections(findPreset('ptsd-infusjon')!);

	it('keeps a figure B holds while A keeps the article’s', () => {
		const both = scenarioOf(`${PTSD}&b_s1=0.026&b_s2=0.4&v=3`);
		expect(correctionsInB(corrections, both).map((each) => each.key)).toEqual(['s1', 's2']);
	});

	it('drops one B or A no longer holds', () => {
		const ownB = scenarioOf(`${PTSD}&b_s1=0.03&b_s2=0.4&v=3`);
		expect(correctionsInB(corrections, ownB).map((each) => each.key)).toEqual(['s2']);
		const ownA = scenarioOf(`${PTSD.replace('s2=0.6', 's2=0.5')}&b_s1=0.026&b_s2=0.4&v=3`);
		expect(correctionsInB(corrections, ownA).map((each) => each.key)).toEqual(['s1']);
	});
});
