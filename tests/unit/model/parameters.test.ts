import { describe, expect, it } from 'vitest';
import { D } from '$lib/model/decimal';
import { INPUT_GROUPS, PARAMETERS, groupKeys, parameter } from '$lib/model/parameters';
import { DEFAULTS, fieldSchemas } from '$lib/scenario/schema';
import { RULES } from '$lib/scenario/rules';
import { URL_KEYS } from '$lib/scenario/keys';
import { inputUnit } from '$lib/report/units';
import { rangeOf, YEARS_MAX, YEARS_MIN } from '$lib/claims/input-ranges';

describe('the parameter table', () => {
	it('lists the inputs of DESIGN.md §2 in its order, each once', () => {
		expect(PARAMETERS.map((row) => row.key)).toEqual([
			'pop',
			's1',
			's2',
			's3',
			's4',
			's5',
			's6',
			's7',
			's8',
			'ben',
			'btax',
			'wage',
			'wtax',
			'emp',
			'work',
			'health',
			'cost',
			'success',
			'dead',
			'disp',
			'drop',
			'years',
			'disc',
			'mcpf'
		]);
	});

	it('gives each default a value its own rule allows', () => {
		for (const row of PARAMETERS) {
			if (row.default === undefined) continue;
			expect(fieldSchemas[row.key].safeParse(row.default).success, row.key).toBe(true);
			expect(new D(row.default).gte(row.min) && new D(row.default).lte(row.max), row.key).toBe(
				true
			);
		}
	});

	it('is where the defaults, rules and units come from', () => {
		expect(DEFAULTS).toMatchObject({ s1: '1', work: '1', success: '1', years: 1, btax: '0' });
		expect('pop' in DEFAULTS || 's2' in DEFAULTS).toBe(false);
		expect(RULES.success).toEqual({ kind: 'decimal', min: '0', max: '1', minExclusive: true });
		expect(RULES.years).toEqual({ kind: 'whole', min: 1, max: 50 });
		expect(RULES.disc).toEqual({ kind: 'decimal', min: '0', max: '0.2' });
		expect(RULES.cost).toEqual({ kind: 'decimal', min: '0', max: '1000000000000' });
		expect(inputUnit('pop')).toBe('persons');
		expect(inputUnit('health')).toBe('money');
		expect(inputUnit('years')).toBe('years');
		expect(inputUnit('s4')).toBe('share');
		expect(rangeOf('disc').hi.toString()).toBe('0.2');
		expect(rangeOf('disc').probes.map(String)).toEqual(['0', '0.2', '0.1']);
		expect(rangeOf('pop').hi.toFixed()).toBe('10000000000');
		expect(rangeOf('wage').hi.toFixed()).toBe('1000000000000');
		expect([YEARS_MIN, YEARS_MAX]).toEqual([1, 50]);
	});

	it('puts every input in exactly one calculator group', () => {
		const grouped = INPUT_GROUPS.flatMap((group) => groupKeys(group));
		expect([...grouped].sort()).toEqual(PARAMETERS.map((row) => row.key).sort());
		expect(groupKeys('programme')).toEqual(['cost', 'success']);
		expect(groupKeys('time')).toEqual(['years', 'disc']);
	});

	it('knows no row for keys that are not numeric inputs', () => {
		for (const key of URL_KEYS) {
			expect(parameter(key) === undefined, key).toBe(
				['l1', 'persp', 'cur', 'py', 'title', 'c1', 'n', 'seed', 'lang', 'v'].includes(key) ||
					/^[lkc][1-8]$/.test(key) ||
					key.startsWith('b_')
			);
		}
	});
});
