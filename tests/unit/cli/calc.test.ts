import { describe, expect, it } from 'vitest';
import { queryOf, run } from '../../../src/cli/calc';

const SEED = 'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3';

describe('npm run calc', () => {
	it('prints the canonical query and the trail as an aligned table', () => {
		const result = run([SEED, '--lang', 'en']);
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines[0]).toBe(`${SEED}&v=1`);
		expect(lines[1]).toBe(
			'15,000 people back in work save NOK\u00a03.75\u00a0billion in benefits per year.'
		);
		const header = lines[3] ?? '';
		const helped = lines.find((line) => line.startsWith('People back in work')) ?? '';
		const saving = lines.find((line) => line.startsWith('Benefits no longer paid')) ?? '';
		// every column starts at the same place on every row; values are right-aligned
		expect(helped.indexOf('pop × s1')).toBe(header.indexOf('Formula'));
		expect(helped.indexOf('150,000 × 10%')).toBe(header.indexOf('With the numbers'));
		expect(helped.endsWith(' 15,000')).toBe(true);
		// en money: Intl's currency code, then a no-break space
		expect(saving.endsWith('NOK\u00a03,750,000,000')).toBe(true);
		expect(saving.length).toBe(helped.length);
		expect(result.stdout).toContain(
			'c1: Benefits no longer paid about NOK\u00a03,750,000,000 — holds'
		);
	});

	it('prints exactly the API JSON with --json', () => {
		const result = run([`https://overslag.example/?${SEED}`, '--json']);
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout);
		expect(json.canonical).toBe(`${SEED}&v=1`);
		expect(json.headline).toBe(
			'15\u00a0000 personer tilbake i arbeid sparer 3,75\u00a0mrd.\u00a0kr i trygdeytelser per år.'
		);
		expect(json.results.benefit_saving).toBe('3750000000');
		expect(json.trail[0].label).toBe('Personer tilbake i arbeid');
	});

	it('exits 1 with the per-key messages on bad input', () => {
		const result = run(['pop=abc&s1=1.5', '--lang', 'en']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')[0]).toMatch(/^pop: People in the target group \(pop\): «abc»/);
		expect(result.stderr).toContain('s1: Funnel step 1 (s1): 1.5 is out of range');
	});

	it('exits 1 with the JSON errors on bad input with --json', () => {
		const result = run(['pop=-1', '--json']);
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout).errors[0].key).toBe('pop');
	});

	it.each([[[]], [['--lang', 'fr', 'pop=1']], [['--nope', 'pop=1']], [['pop=1', 'pop=2']]])(
		'exits 2 on bad arguments %j',
		(args) => {
			const result = run(args);
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('usage: npm run calc');
		}
	);
});

describe('queryOf', () => {
	it.each([
		['https://x.example/?pop=1&s1=0.5#trail', undefined, 'pop=1&s1=0.5'],
		['?pop=1', undefined, 'pop=1'],
		['pop=1&lang=da', 'en', 'pop=1&lang=en'],
		['pop=1&lang=da', 'nb', 'pop=1']
	] as const)('%s (lang %s) → %s', (argument, lang, expected) => {
		expect(queryOf(argument, lang)).toBe(expected);
	});
});

describe('npm run calc with ranges', () => {
	const RANGED =
		'pop=150000&s1=0.1:0.05:0.15&ben=250000:200000:300000&c1=benefit_saving:gt:3000000000&v=2';

	it('gives the headline its interval and prints the uncertainty with the tornado', () => {
		const result = run([RANGED, '--lang', 'en']);
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines[1]).toMatch(
			/^15,000 people back in work save NOK\u00a03\.75\u00a0billion \(90% interval NOK\u00a0[\d.]+\u00a0billion–NOK\u00a0[\d.]+\u00a0billion\) in benefits per year\.$/
		);
		expect(lines).toContain('Uncertainty');
		// The same headline in the JSON answer.
		const json = JSON.parse(run([RANGED, '--lang', 'en', '--json']).stdout);
		expect(json.headline).toBe(lines[1]);
		expect(lines).toContain('The present value of the net effect is above 0 in 100% of draws.');
		expect(result.stdout).toMatch(
			/“Benefits no longer paid over NOK\u00a03,000,000,000” holds in [\d.]+% of draws\./
		);
		// The tornado, exact and widest first: s1 swings 150 000 × 0.1 × 250 000, ben 150 000 × 0.1 × 100 000.
		const s1 = lines.findIndex((line) => line.startsWith('Funnel step 1 (s1) (5%–15%)'));
		const ben = lines.findIndex((line) => line.startsWith('Benefits per person-year (ben)'));
		expect(s1).toBeGreaterThan(0);
		expect(ben).toBe(s1 + 1);
		expect(lines[s1]).toMatch(
			/NOK\u00a01,875,000,000 +NOK\u00a05,625,000,000 +NOK\u00a03,750,000,000$/
		);
	});

	it('prints B beside A with what B’s figures assume, or that none of A’s applies', () => {
		const adjusted = run([`${SEED}&b_btax=0.123&b_dead=0.72&v=3`, '--lang', 'en']).stdout;
		expect(adjusted).toContain('A and B side by side');
		expect(adjusted).toContain(
			"\nWhat B's figures assume\n  The work fraction is 100%: the figure assumes that everyone returns full-time.\n"
		);
		const partTime = run([`${SEED}&b_btax=0.123&b_dead=0.72&b_work=0.8&v=3`, '--lang', 'en']);
		expect(partTime.stdout).toContain('\nNone of the assumptions listed for A applies to B.');
		expect(partTime.stdout).not.toContain("What B's figures assume");
	});

	it('names the field whose range no distribution fits', () => {
		const result = run(['pop=1&s1=0.1:0.1:0.10000000000000002&v=2', '--lang', 'en']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/\ns1: .*\(s1\): Overslag finds no distribution with 0\.1 and/);
	});
});

describe('the calc command as a process', () => {
	it('exits non-zero with the messages on stderr for bad input', async () => {
		const { spawnSync } = await import('node:child_process');
		const result = spawnSync('npx', ['tsx', 'src/cli/calc.ts', 'pop=abc', '--lang', 'en'], {
			encoding: 'utf8'
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('pop: People in the target group (pop): «abc»');
	});

	it('prints the table and exits 0 for a good query', async () => {
		const { spawnSync } = await import('node:child_process');
		const result = spawnSync('npx', ['tsx', 'src/cli/calc.ts', 'pop=150000&s1=0.1&ben=250000'], {
			encoding: 'utf8'
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('3\u00a0750\u00a0000\u00a0000\u00a0kr');
	});
});
