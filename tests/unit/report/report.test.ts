import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/lib/report/calculate';

const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000';

function report(query: string) {
	const outcome = calculate(query);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	return outcome.report;
}

describe('the report of the seed claim', () => {
	const seed = report(SEED);

	it('echoes the canonical query and every input with defaults filled in', () => {
		expect(seed.v).toBe(1);
		expect(seed.canonical).toBe(`${SEED}&v=1`);
		expect(seed.input).toMatchObject({
			pop: '150000',
			s1: '0.1',
			ben: '250000',
			btax: '0',
			work: '1',
			success: '1',
			years: '1',
			disc: '0',
			persp: 'fiscal',
			cur: 'NOK',
			c1: 'benefit_saving:approx:3750000000:3',
			c2: 'gross_effect:gt:4000000000',
			v: '1'
		});
	});

	it('reproduces 15 000 people and 3 750 000 000 kr', () => {
		// 150 000 × 0.1 = 15 000; 15 000 × 250 000 = 3 750 000 000
		expect(seed.results.helped).toBe('15000');
		expect(seed.results.benefit_saving).toBe('3750000000');
		expect(seed.results.pv_net).toBe('3750000000');
		expect(seed.results.bcr).toBeNull();
		expect(seed.by_year).toHaveLength(1);
	});

	it('words the trail in Norwegian by default, with the numbers put in', () => {
		const helped = seed.trail[0];
		expect(helped).toEqual({
			id: 'helped',
			label: 'Personer tilbake i arbeid',
			formula: 'pop × s1',
			substituted: '150\u00a0000 × 10\u00a0%',
			value: '15000',
			unit: 'persons'
		});
	});

	it('judges c1 holds and c2 does not, with the implied health saving', () => {
		const [c1, c2] = seed.claims;
		expect(c1).toMatchObject({ id: 'c1', verdict: 'holds', difference: '0', implied: [] });
		// 4 000 000 000 − 3 750 000 000 = 250 000 000 short; ÷ 15 000 people = 16 666.67 kr each
		expect(c2).toMatchObject({
			id: 'c2',
			verdict: 'does_not_hold',
			difference: '-250000000',
			relative_difference: '-0.0625'
		});
		expect(c2?.implied).toContainEqual({
			key: 'health',
			value: '16666.66666666666666666666666666666666667',
			direction: 'above'
		});
		expect(c2?.implied).toContainEqual({ key: 'wage', value: null });
	});

	it('follows lang for labels and numbers', () => {
		const english = report(`${SEED}&lang=en`);
		expect(english.trail[0]?.label).toBe('People back in work');
		expect(english.trail[0]?.substituted).toBe('150,000 × 10%');
		expect(english.canonical).toBe(`${SEED}&v=1`);
	});
});

describe('markup in text fields', () => {
	it('stays text, verbatim, in the echoed input', () => {
		const title = '<script>alert(1)</script>';
		const label = '<img src=x onerror=alert(1)>';
		const result = report(
			`pop=10&title=${encodeURIComponent(title)}&l1=${encodeURIComponent(label)}`
		);
		expect(result.input.title).toBe(title);
		expect(result.input.l1).toBe(label);
	});
});

describe('bad input', () => {
	it.each([
		['pop=-1', 'pop'],
		['pop=abc', 'pop'],
		['pop=1e9999', 'pop'],
		['pop=NaN', 'pop'],
		['pop=Infinity', 'pop'],
		['pop=0x10', 'pop'],
		['pop=1_000', 'pop'],
		['pop=10&s1=1.5', 's1'],
		['pop=10&years=0', 'years'],
		['pop=10&years=1.5', 'years'],
		['pop=10&years=51', 'years'],
		['pop=10&success=0', 'success'],
		[`pop=10&title=${'x'.repeat(121)}`, 'title'],
		['pop=10&ben=%E0%A4%A', 'ben'],
		['pop=1&pop=2', 'pop'],
		['pop=10&n=100001', 'n'],
		['pop=10&seed=x', 'seed'],
		['pop=10&disc=se', 'disc']
	])('%s gives one message naming %s', (query, key) => {
		const outcome = calculate(query);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.errors.map((error) => error.key)).toEqual([key]);
		expect(outcome.errors[0]?.message).toContain(`(${key})`);
	});

	it('names the simulation’s draws and seed in words', () => {
		const outcome = calculate('pop=10&n=99&seed=x&lang=en');
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.errors.map((error) => error.message)).toEqual([
			'Draws of the simulation (n): 99 is out of range. Allowed: a number from 100 to 100000.',
			'Seed of the simulation (seed): «x» is not a whole number. Allowed: a whole number from 0 to 4294967295.'
		]);
	});

	it('says what is allowed, in the language asked for', () => {
		const outcome = calculate('pop=10&s1=1.5&lang=en');
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.errors).toEqual([
			{
				key: 's1',
				value: '1.5',
				message: 'Funnel step 1 (s1): 1.5 is out of range. Allowed: a number from 0 to 1.'
			}
		]);
	});

	it('keeps every other value the query held', () => {
		const outcome = calculate('pop=150000&s1=abc&ben=250000');
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.raw).toMatchObject({ pop: '150000', s1: 'abc', ben: '250000' });
	});
});

describe('the figures each warning is about', () => {
	const resultsOf = (query: string) =>
		Object.fromEntries(report(query).warnings.map((warning) => [warning.id, warning.results]));

	it('puts no drop-off on the horizon figures only, and deadweight after the funnel', () => {
		// Three years, no programme cost: no bcr and no payback year to mark (both null).
		const warned = resultsOf('pop=150000&s1=0.1&k1=prev_life&ben=250000&years=3&v=3');
		expect(warned.no_drop_off).toEqual([
			'pv_gross',
			'pv_net',
			'break_even_cost',
			'break_even_success'
		]);
		expect(warned.no_deadweight).not.toContain('helped');
		expect(warned.no_deadweight).toContain('attributable');
		expect(warned.no_deadweight).toContain('pv_net');
		// A lifetime prevalence at s1 moves every figure from the people helped on.
		expect(warned.lifetime_prevalence).toContain('helped');
		expect(warned.lifetime_prevalence).toContain('programme_cost');
		// The tax on benefits: not the people, but every money figure built on the benefit.
		expect(warned.benefit_gross_of_tax).not.toContain('helped');
		expect(warned.benefit_gross_of_tax).toContain('benefit_saving');
		expect(warned.benefit_gross_of_tax).toContain('gross_effect');
	});

	it('marks the payback year with what moves the net effect until then, where it exists', () => {
		// 100 people × 100 000 kr = 10 000 000 a year against a cost of 100 × 50 000 = 5 000 000:
		// paid back in year 1, which no drop-off in later years can change.
		const early = resultsOf('pop=1000&s1=0.1&ben=100000&cost=50000&years=3&v=3');
		expect(early.no_drop_off).not.toContain('payback_year');
		expect(early.no_drop_off).toContain('bcr');
		expect(early.no_deadweight).toContain('payback_year');
		// A cost of 150 000 each, 15 000 000 in all: paid back in year 2, so year 2's workers count.
		const later = resultsOf('pop=1000&s1=0.1&ben=100000&cost=150000&years=3&v=3');
		expect(later.no_drop_off).toContain('payback_year');
	});

	it('puts a response that is not work on the figures version 3 sets to 0 because of it', () => {
		// Version 3 counts nobody in work: benefit_saving = active × ben × work with active = 0.
		const warned = resultsOf(
			'pop=1000&s1=0.5&k1=response&ben=100000&cost=1000&years=3&v=3'
		).response_is_not_work;
		expect(warned).toEqual(
			expect.arrayContaining(['helped', 'active', 'benefit_saving', 'gross_effect', 'pv_net'])
		);
	});

	it('marks no figure for a cost of public funds that the fiscal perspective leaves out', () => {
		expect(resultsOf('pop=1000&s1=0.1&ben=100000&mcpf=0.2&v=3').mcpf_not_counted).toEqual([]);
	});
});
