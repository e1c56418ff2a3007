/**
 * The migration hook: `decode` runs migrations before parsing, and a link keeps the rules of the
 * version it was made with. The shipped list holds v1 → v2 → v3 (rules only, no key changed); a
 * test-only migration from a fictional version 0 exercises the rewriting of keys.
 */
import { describe, expect, it } from 'vitest';
import {
	CURRENT_VERSION,
	decode,
	encode,
	MIGRATIONS,
	runMigrations,
	type Migration
} from '../../../src/lib/scenario';

/** Fictional v0: `people` was renamed `pop`, and shares were written as percentages. */
const fromZero: Migration = {
	from: 0,
	to: 1,
	date: '2000-01-01',
	reason: 'test only: people → pop, percent → fraction',
	migrate(params) {
		const next = new Map(params);
		const people = next.get('people');
		next.delete('people');
		if (people !== undefined) next.set('pop', people);
		const percent = next.get('share');
		next.delete('share');
		if (percent === '10') next.set('s1', '0.1');
		else if (percent !== undefined) next.set('s1', percent);
		return next;
	}
};
const withZero = [fromZero, ...MIGRATIONS];

describe('migrations', () => {
	it('ship v1 → v2 → v3, which change rules and no key', () => {
		expect(CURRENT_VERSION).toBe(3);
		expect(MIGRATIONS.map(({ from, to, date }) => ({ from, to, date }))).toEqual([
			{ from: 1, to: 2, date: '2026-12-03' },
			{ from: 2, to: 3, date: '2026-12-04' }
		]);
		const params = new Map([
			['pop', '1'],
			['c1', 'helped:approx:1:1'],
			['k1', 'response']
		]);
		for (const migration of MIGRATIONS) expect(migration.migrate(params)).toEqual(params);
	});

	it('keep the rules a link was made with: v1 and an absent v read as v1, v2 as v2', () => {
		expect(decode('pop=1&v=1').input?.version).toBe(1);
		expect(decode('pop=1').input?.version).toBe(1);
		expect(decode('pop=1&v=2').input?.version).toBe(2);
		expect(decode('pop=1&v=3').input?.version).toBe(3);
		// and write the link back with its own v
		expect(encode(decode('pop=1').input!)).toBe('pop=1&v=1');
		expect(encode(decode('pop=1&v=2').input!)).toBe('pop=1&v=2');
	});

	it('run before parsing when the query is from an older version', () => {
		const result = decode('v=0&people=150000&share=10&ben=250000', { migrations: withZero });
		expect(result.issues).toEqual([]);
		expect(result.input).toMatchObject({ pop: '150000', s1: '0.1', ben: '250000', version: 1 });
		// a version before the first rules reads by the first rules
		expect(result.raw).toEqual({ pop: '150000', s1: '0.1', ben: '250000', v: '1' });
	});

	it('do not run on a current or absent v', () => {
		expect(decode('people=5&pop=1', { migrations: withZero }).input?.pop).toBe('1');
		expect(decode('v=1&people=5&pop=1', { migrations: withZero }).input?.pop).toBe('1');
	});

	it('leave their output to the schema: a bad migrated value is an issue on its new key', () => {
		const result = decode('v=0&people=150000&share=150', { migrations: withZero });
		expect(result.issues).toEqual([
			{ key: 's1', value: '150', code: 'out_of_range', params: { min: '0', max: '1' } }
		]);
	});

	it('name every supported version when none leads from the one given', () => {
		expect(decode('v=7&pop=1', { migrations: withZero }).issues).toEqual([
			{ key: 'v', value: '7', code: 'unsupported_version', params: { supported: '0, 1, 2, 3' } }
		]);
		expect(decode('v=0&pop=1').issues).toEqual([
			{ key: 'v', value: '0', code: 'unsupported_version', params: { supported: '1, 2, 3' } }
		]);
	});

	it('refuse a chain that does not reach the current version', () => {
		const stuck: Migration = { ...fromZero, from: 0, to: 5, migrate: (params) => new Map(params) };
		expect(runMigrations(new Map([['v', '0']]), [stuck])).toEqual({
			issue: { key: 'v', value: '0', code: 'unsupported_version', params: { supported: '0, 3' } }
		});
	});

	it('never change the parameters they are given', () => {
		const mutating: Migration = {
			...fromZero,
			migrate(params) {
				(params as Map<string, string>).set('pop', '9');
				return new Map(params);
			}
		};
		const params = new Map([
			['v', '0'],
			['pop', '1']
		]);
		const result = runMigrations(params, [mutating, ...MIGRATIONS]);
		expect(params.get('pop')).toBe('1');
		expect(result).toEqual({
			params: new Map([
				['v', '1'],
				['pop', '9']
			]),
			rules: 1
		});
	});
});
