/**
 * A seed's sourced figures in scenario B: which seed a scenario's funnel is, and which of the
 * figures B still holds while A is still that funnel, so the calculator names only their own
 * sources.
 */
import { describe, expect, it } from 'vitest';
import { decode, type Scenario } from '../../../src/lib/scenario';
import { correctionsInB } from '../../../src/lib/scenario/corrections';
import { seedCorrectionsFor } from '../../../src/lib/scenario/presets';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(JSON.stringify(issues));
	return input;
}

// The PTSD seed's funnel as the article gives it (presets.ts): 5 550 203 × 6 % × 60 % × 70 %.
const PTSD = 'pop=5550203&s1=0.06&s2=0.6&s3=0.7&k1=prev_life&k2=resistant&k3=response';
const seed = seedCorrectionsFor(scenarioOf(`${PTSD}&v=3`));
const keysInB = (query: string) =>
	correctionsInB(seed, scenarioOf(`${query}&v=3`)).map((correction) => correction.key);

describe('seedCorrectionsFor', () => {
	it('finds the PTSD seed by its funnel, whatever its labels, title or B', () => {
		const found = seedCorrectionsFor(scenarioOf(`${PTSD}&title=Mine&b_s1=0.026&v=3`));
		expect(found?.corrections.map(({ key, value }) => [key, value])).toEqual([
			['s1', '0.026'],
			['s2', '0.4'],
			['dead', '0.3']
		]);
		expect(found?.funnel).toMatchObject({ pop: '5550203', s1: '0.06', k3: 'response', s4: null });
	});

	it('finds the anxiety seed, whose source gives its deadweight', () => {
		const anxiety = 'pop=5550203&s1=0.15&s2=0.35&s3=0.6&k1=prev_life&k2=resistant&k3=response';
		const found = seedCorrectionsFor(scenarioOf(`${anxiety}&v=3`));
		expect(found?.corrections.map(({ key, value }) => [key, value])).toEqual([['dead', '0.62']]);
	});

	it.each([
		['another population', PTSD.replace('5550203', '5550204')],
		['another share', PTSD.replace('s3=0.7', 's3=0.71')],
		['another kind', PTSD.replace('k3=response', 'k3=rtw')],
		['a step more', `${PTSD}&s4=0.5`],
		['another scenario', 'pop=150000&s1=0.1&ben=250000']
	])('finds none for %s', (_, query) => {
		expect(seedCorrectionsFor(scenarioOf(`${query}&v=3`))).toBeNull();
	});
});

describe('correctionsInB', () => {
	it('keeps a figure B holds while A is the seed’s funnel', () => {
		expect(keysInB(`${PTSD}&b_s1=0.026&b_s2=0.4&b_dead=0.3`)).toEqual(['s1', 's2', 'dead']);
	});

	it('keeps deadweight by B’s figure, whatever A’s', () => {
		expect(keysInB(`${PTSD}&dead=0.1&b_dead=0.3`)).toEqual(['dead']);
		expect(keysInB(`${PTSD}&b_dead=0.31`)).toEqual([]);
	});

	it('drops one B no longer holds', () => {
		expect(keysInB(`${PTSD}&b_s1=0.03&b_s2=0.4`)).toEqual(['s2']);
	});

	it('drops all when A is no longer the seed’s funnel, as the reader types', () => {
		expect(keysInB(`${PTSD.replace('s2=0.6', 's2=0.5')}&b_s1=0.026&b_s2=0.4`)).toEqual([]);
		expect(keysInB(`${PTSD.replace('5550203', '5900000')}&b_s1=0.026&b_s2=0.4`)).toEqual([]);
		expect(keysInB(`${PTSD.replace('k1=prev_life', 'k1=prev_year')}&b_s1=0.026`)).toEqual([]);
	});

	it('is none without a seed', () => {
		expect(correctionsInB(null, scenarioOf(`${PTSD}&b_s1=0.026&v=3`))).toEqual([]);
	});
});
