import { describe, expect, it } from 'vitest';
import { degreesOf, NOT_AFFINE, stepInputs } from '../../../src/lib/claims/dependencies';
import { runModel } from '../../../src/lib/model/index';
import { RESULT_IDS } from '../../../src/lib/model/types';
import { modelInput } from '../model/helpers';

const asObject = (degrees: ReadonlyMap<string, number> | null) =>
	degrees === null ? null : Object.fromEntries([...degrees].sort(([a], [b]) => a.localeCompare(b)));

describe('degreesOf: how a result moves with each input, read off the trail', () => {
	// Three years with drop-off, discounting and a programme cost: every kind of formula.
	const { trail } = runModel(
		modelInput({
			pop: '1000',
			s1: '0.5',
			s2: '0.4',
			ben: '200000',
			btax: '0.1',
			wage: '500000',
			wtax: '0.2',
			emp: '0.141',
			health: '1000',
			cost: '100000',
			success: '0.5',
			dead: '0.2',
			drop: '0.1',
			years: 3,
			disc: '0.04'
		})
	);

	it('helped = pop × s1 × s2: affine in each, nothing else', () => {
		expect(asObject(degreesOf(trail, 'helped'))).toStrictEqual({ pop: 1, s1: 1, s2: 1 });
	});

	it('participants = helped ÷ success: a division by success is not a line in it', () => {
		expect(asObject(degreesOf(trail, 'participants'))).toStrictEqual({
			pop: 1,
			s1: 1,
			s2: 1,
			success: NOT_AFFINE
		});
	});

	it('tax_gain = active × wage × work × (wtax + emp): a sum inside a product is still a line', () => {
		expect(asObject(degreesOf(trail, 'tax_gain'))).toStrictEqual({
			dead: 1,
			disp: 1,
			emp: 1,
			pop: 1,
			s1: 1,
			s2: 1,
			wage: 1,
			work: 1,
			wtax: 1
		});
	});

	it('benefit_tax_lost = active × ben × work × btax; its base has work once, not twice', () => {
		expect(degreesOf(trail, 'benefit_tax_lost')?.get('work')).toBe(1);
		expect(degreesOf(trail, 'benefit_tax_lost')?.get('wage')).toBeUndefined();
	});

	it('pv_gross over 3 years: a power of (1 − drop) and a division by (1 + disc)^(t − 1)', () => {
		const degrees = degreesOf(trail, 'pv_gross');
		expect(degrees?.get('drop')).toBe(NOT_AFFINE);
		expect(degrees?.get('disc')).toBe(NOT_AFFINE);
		expect(degrees?.get('ben')).toBe(1);
		expect(degrees?.get('cost')).toBeUndefined();
	});

	it('break_even_success = helped × cost ÷ pv_gross: a line in cost only', () => {
		const degrees = degreesOf(trail, 'break_even_success');
		expect(degrees?.get('cost')).toBe(1);
		expect(degrees?.get('ben')).toBe(NOT_AFFINE);
		// helped over pv_gross: pop is in both, so it is not known to be a line
		expect(degrees?.get('pop')).toBe(NOT_AFFINE);
	});

	it('cannot tell for payback_year, which is not written as a formula', () => {
		expect(degreesOf(trail, 'payback_year')).toBeNull();
	});

	it('cannot tell without a trail', () => {
		const resultsOnly = runModel(modelInput({ pop: '1' }), { trail: false });
		expect(degreesOf(resultsOnly.trail, 'helped')).toBeNull();
	});

	it('in a one-year scenario, no year-1 figure depends on drop or disc', () => {
		const oneYear = runModel(modelInput({ pop: '1', ben: '1', drop: '0.5', disc: '0.1' })).trail;
		const degrees = degreesOf(oneYear, 'pv_net');
		expect(degrees?.has('drop')).toBe(false);
		expect(degrees?.has('disc')).toBe(false);
		expect(degrees?.get('cost')).toBe(1);
	});
});

describe('stepInputs: the inputs and steps each step is built on', () => {
	const { trail } = runModel(
		modelInput({
			pop: '1000',
			s1: '0.5',
			ben: '200000',
			btax: '0.1',
			wage: '500000',
			wtax: '0.2',
			cost: '100000',
			success: '0.5',
			drop: '0.1',
			years: 3,
			disc: '0.04'
		})
	);
	const inputs = stepInputs(trail);
	const stepIds = new Set(trail.map((step) => step.id));
	const inputsOnly = (keys: ReadonlySet<string> | undefined) =>
		[...(keys ?? [])].filter((key) => !stepIds.has(key)).sort();

	it('has as inputs the keys degreesOf gives every result written as a formula', () => {
		for (const id of RESULT_IDS) {
			const degrees = degreesOf(trail, id);
			if (degrees === null) continue;
			expect(inputsOnly(inputs.get(id)), id).toStrictEqual([...degrees.keys()].sort());
		}
	});

	it('has the steps a result reads, directly and through others', () => {
		// gross_effect = net_benefit_saving + …; net_benefit_saving = benefit_saving − …;
		// benefit_saving = active × ben × work.
		expect(inputs.get('gross_effect')?.has('net_benefit_saving')).toBe(true);
		expect(inputs.get('gross_effect')?.has('active')).toBe(true);
		expect(inputs.get('pv_net')?.has('active@3')).toBe(true);
		expect(inputs.get('helped')?.has('active')).toBe(false);
	});

	it('has drop-off in the later years and the present values, not in year 1', () => {
		expect(inputs.get('benefit_saving')?.has('drop')).toBe(false);
		expect(inputs.get('active@2')?.has('drop')).toBe(true);
		expect(inputs.get('pv_net')?.has('drop')).toBe(true);
		expect(inputs.get('pv_net')?.has('disc')).toBe(true);
	});

	it('is empty for a step not written as a formula (the payback year)', () => {
		expect(inputs.get('payback_year')).toEqual(new Set());
	});
});
