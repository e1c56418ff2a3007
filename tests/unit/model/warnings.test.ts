import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/lib/model';
import { modelInput } from './helpers';

const idsOf = (overrides: Parameters<typeof modelInput>[0]) =>
	runModel(modelInput(overrides)).warnings.map((warning) => warning.id);

describe('warnings', () => {
	it('none for the seed', () => {
		expect(idsOf({ pop: '150000', s1: '0.1', ben: '250000' })).toStrictEqual([]);
	});

	it('participants beyond the target group: 1 000 × 0.5 ÷ 0.4 = 1 250 > 1 000', () => {
		const { warnings } = runModel(modelInput({ pop: '1000', s1: '0.5', success: '0.4' }));
		expect(warnings).toStrictEqual([
			{ id: 'participants_exceed_population', keys: ['pop', 's1', 'success'] }
		]);
	});

	it('not when participants are exactly the target group: 1 000 × 0.5 ÷ 0.5 = 1 000', () => {
		expect(idsOf({ pop: '1000', s1: '0.5', success: '0.5' })).toStrictEqual([]);
	});

	it('taxes beyond the wage: 0.9 + 0.2 = 1.1 > 1, but not 0.859 + 0.141 = 1', () => {
		expect(idsOf({ pop: '1', wage: '1', wtax: '0.9', emp: '0.2' })).toStrictEqual([
			'taxes_exceed_wage'
		]);
		expect(idsOf({ pop: '1', wage: '1', wtax: '0.859', emp: '0.141' })).toStrictEqual([]);
	});

	it('a health saving counted with nobody working, but not with no saving or nobody back', () => {
		expect(idsOf({ pop: '10', work: '0', health: '1000' })).toStrictEqual(['health_without_work']);
		expect(idsOf({ pop: '10', work: '0', health: '0' })).toStrictEqual([]);
		expect(idsOf({ pop: '10', work: '0.01', health: '1000' })).toStrictEqual([]);
		expect(idsOf({ pop: '10', work: '0', health: '1000', dead: '1' })).toStrictEqual([]);
	});

	it('keeps the health saving whatever the work fraction: 10 × 1 000 at 0 % and at 50 %', () => {
		for (const work of ['0', '0.5']) {
			const { results } = runModel(modelInput({ pop: '10', work, health: '1000' }));
			expect(results.health_saving).toBe('10000');
		}
	});

	it('none in a run without trail (the search reads one result)', () => {
		const input = modelInput({ pop: '1000', s1: '0.5', success: '0.4' });
		expect(runModel(input, { trail: false }).warnings).toStrictEqual([]);
	});
});
