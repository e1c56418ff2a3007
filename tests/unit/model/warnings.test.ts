import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/lib/model';
import { ASSUMPTION_WARNING_IDS } from '../../../src/lib/model/types';
import { modelInput } from './helpers';

type Overrides = Parameters<typeof modelInput>[0];

/** The warnings of what a figure assumes (DESIGN.md §2), apart from those about its figures. */
const ASSUMPTIONS: ReadonlySet<string> = new Set(ASSUMPTION_WARNING_IDS);

const allIdsOf = (overrides: Overrides) =>
	runModel(modelInput(overrides)).warnings.map((warning) => warning.id);
/** The warnings about the figures themselves. */
const idsOf = (overrides: Overrides) => allIdsOf(overrides).filter((id) => !ASSUMPTIONS.has(id));

describe('warnings', () => {
	it('none about the seed’s figures', () => {
		expect(idsOf({ pop: '150000', s1: '0.1', ben: '250000' })).toStrictEqual([]);
	});

	it('participants beyond the target group: 1 000 × 0.5 ÷ 0.4 = 1 250 > 1 000', () => {
		const { warnings } = runModel(modelInput({ pop: '1000', s1: '0.5', success: '0.4' }));
		expect(warnings).toStrictEqual([
			{ id: 'participants_exceed_population', keys: ['pop', 's1', 'success'] },
			{ id: 'no_deadweight', keys: ['dead'] }
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

describe('warnings of what a figure assumes', () => {
	it('the seed rests on nobody returning anyway, untaxed benefits and full-time work', () => {
		expect(allIdsOf({ pop: '150000', s1: '0.1', ben: '250000' })).toStrictEqual([
			'no_deadweight',
			'benefit_gross_of_tax',
			'full_time'
		]);
	});

	it('none once deadweight, tax on benefits and a part-time return are set', () => {
		expect(
			allIdsOf({ pop: '150000', s1: '0.1', ben: '250000', dead: '0.3', btax: '0.1', work: '0.8' })
		).toStrictEqual([]);
	});

	it('none when nobody is helped', () => {
		expect(allIdsOf({ pop: '150000', s1: '0', ben: '250000' })).toStrictEqual([]);
	});

	it('no drop-off only over more than one year', () => {
		const base = { pop: '100', ben: '1', btax: '0.1', dead: '0.1', work: '0.5' };
		expect(allIdsOf({ ...base, years: 1 })).toStrictEqual([]);
		expect(allIdsOf({ ...base, years: 2 })).toStrictEqual(['no_drop_off']);
		expect(allIdsOf({ ...base, years: 2, drop: '0.1' })).toStrictEqual([]);
	});

	it('untaxed benefits only in the fiscal perspective, and full time only with money at stake', () => {
		const base = { pop: '100', dead: '0.1' };
		expect(allIdsOf({ ...base, ben: '1', work: '0.5', persp: 'society' })).toStrictEqual([]);
		expect(allIdsOf({ ...base, health: '1000' })).toStrictEqual([]);
		expect(allIdsOf({ ...base, wage: '1', wtax: '0.2' })).toStrictEqual(['full_time']);
	});

	it('names the steps that are a lifetime prevalence or a response with no return to work', () => {
		const { warnings } = runModel(
			modelInput({
				pop: '5550203',
				s1: '0.15',
				s2: '0.35',
				s3: '0.6',
				dead: '0.1',
				kinds: { s1: 'prev_life', s2: 'resistant', s3: 'response' }
			})
		);
		expect(warnings).toStrictEqual([
			{ id: 'lifetime_prevalence', keys: ['k1'] },
			{ id: 'response_is_not_work', keys: ['k3'] }
		]);
	});

	it('no lifetime warning for a 12-month prevalence', () => {
		const ids = allIdsOf({
			pop: '1000',
			s1: '0.15',
			s2: '0.5',
			dead: '0.1',
			kinds: { s1: 'prev_year', s2: 'rtw' }
		});
		expect(ids).toStrictEqual([]);
	});

	it('no response warning once a step is a return to work', () => {
		const ids = allIdsOf({
			pop: '1000',
			s1: '0.5',
			s2: '0.5',
			dead: '0.1',
			kinds: { s1: 'remission', s2: 'rtw' }
		});
		expect(ids).toStrictEqual([]);
	});

	describe('in a funnel that ends in a response, with nothing else left silent but work', () => {
		// Everything about a return to work is left as a published figure leaves it: work 0 with a
		// health saving, no drop-off over 3 years, an untaxed benefit.
		const silent = {
			pop: '1000',
			s1: '0.5',
			s2: '0.2',
			ben: '100000',
			work: '0',
			health: '1000',
			years: 3,
			kinds: { s2: 'response' }
		} as const;

		it('version 2 counts them in work, and gives every warning about it', () => {
			expect(allIdsOf({ ...silent, version: 2 })).toStrictEqual([
				'health_without_work',
				'response_is_not_work',
				'no_deadweight',
				'no_drop_off',
				'benefit_gross_of_tax'
			]);
		});

		it('version 3 counts nobody in work, and gives none about work, benefits or health', () => {
			expect(allIdsOf({ ...silent, version: 3 })).toStrictEqual([
				'response_is_not_work',
				'no_deadweight'
			]);
			// and, with everyone full-time, no full-time warning either
			expect(allIdsOf({ ...silent, work: '1', version: 3 })).toStrictEqual([
				'response_is_not_work',
				'no_deadweight'
			]);
			expect(allIdsOf({ ...silent, work: '1', version: 2 })).toContain('full_time');
		});
	});
});
