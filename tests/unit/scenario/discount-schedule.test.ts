/**
 * A country's discount schedule named in the link (`disc=no|dk`): read, written back, refused
 * with a message that names both kinds of value, typed in the form, and left alone by what
 * varies the rate (scenario B, the implied-assumption search).
 */
import { describe, expect, it } from 'vitest';
import { impliedKeys } from '../../../src/lib/claims/input-ranges';
import { readField } from '../../../src/lib/form';
import { buildReport } from '../../../src/lib/report';
import { errorEntries } from '../../../src/lib/report/issues';
import {
	comparisonScenario,
	decode,
	encode,
	toModelInput,
	type Scenario
} from '../../../src/lib/scenario';
import '../../../src/lib/i18n/all-locales';

function scenarioOf(query: string): Scenario {
	const { input, issues } = decode(query);
	if (input === null) throw new Error(JSON.stringify(issues));
	return input;
}

describe('disc=no|dk', () => {
	it.each([
		['no', '0.04'],
		['dk', '0.035']
	])('disc=%s follows the schedule from its first rate, %s, and is written back', (name, rate) => {
		const scenario = scenarioOf(`pop=100&years=45&disc=${name}&v=2`);
		expect(scenario.schedule).toBe(name);
		expect(scenario.disc).toBe(rate);
		expect(toModelInput(scenario)).toMatchObject({ disc: rate, schedule: name });
		expect(encode(scenario)).toBe(`pop=100&years=45&disc=${name}&v=2`);
	});

	it('is echoed by the API by its name, as the link writes it', () => {
		const report = buildReport(scenarioOf('pop=100&years=45&disc=dk&v=2'), 'en');
		expect(report.input.disc).toBe('dk');
	});

	it('has no schedule when a rate is given', () => {
		expect(scenarioOf('pop=100&disc=0.04&v=2')).not.toHaveProperty('schedule');
		expect(toModelInput(scenarioOf('pop=100&disc=0.04&v=2'))).not.toHaveProperty('schedule');
	});

	it.each(['NO', 'se', 'no:0.03:0.05', '0,04', '-0.01'])(
		'refuses disc=%s, saying a rate, a range or a schedule is allowed',
		(value) => {
			const { input, issues } = decode(`pop=100&disc=${encodeURIComponent(value)}&v=2`);
			expect(input).toBeNull();
			expect(issues).toEqual([
				expect.objectContaining({ key: 'disc', code: 'not_rate_or_schedule' })
			]);
			const [entry] = errorEntries(issues, 'en');
			expect(entry!.message).toBe(
				`Discount rate (disc): «${value}» is neither a rate nor a discount schedule. Allowed: ` +
					"a number from 0 to 0.2, a range BASE:LOW:HIGH, or a country's schedule: no " +
					'(Norway, R-109/21) or dk (Denmark, Finansministeriet).'
			);
		}
	);

	it('names the schedules when it is empty too', () => {
		const { issues } = decode('pop=100&disc=&v=2');
		expect(errorEntries(issues, 'en').map((entry) => entry.message)).toEqual([
			'Discount rate (disc) is empty. Allowed: a number from 0 to 0.2, a range BASE:LOW:HIGH, ' +
				"or a country's schedule: no (Norway, R-109/21) or dk (Denmark, Finansministeriet)."
		]);
	});

	it('gives way to scenario B’s own rate', () => {
		const b = comparisonScenario(scenarioOf('pop=100&years=45&disc=dk&b_disc=0.04&v=2'))!;
		expect(b.disc).toBe('0.04');
		expect(b).not.toHaveProperty('schedule');
		const sameRule = comparisonScenario(scenarioOf('pop=100&years=45&disc=dk&b_dead=0.3&v=2'))!;
		expect(sameRule.schedule).toBe('dk');
	});

	it('is typed in the form by its name, in any case', () => {
		expect(readField('disc', ' DK ', 'nb')).toEqual({ ok: true, value: 'dk' });
		expect(readField('disc', 'no', 'en')).toEqual({ ok: true, value: 'no' });
		expect(readField('dead', 'no', 'en').ok).toBe(false);
	});

	it('is not a rate the implied-assumption search varies', () => {
		const keys = (query: string) => impliedKeys(toModelInput(scenarioOf(query)));
		expect(keys('pop=100&disc=no&v=2')).not.toContain('disc');
		expect(keys('pop=100&disc=0.04&v=2')).toContain('disc');
	});
});
