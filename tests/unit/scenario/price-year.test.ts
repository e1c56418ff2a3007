/**
 * The price year `py` (CHEERS 2022, item 15): the year whose prices a scenario's amounts are in,
 * kept in the link, the API's echo, the form and the citation.
 */
import { describe, expect, it } from 'vitest';
import { fieldText } from '../../../src/lib/form/field-text';
import { readField } from '../../../src/lib/form';
import { buildReport } from '../../../src/lib/report';
import { citationText } from '../../../src/lib/report/sentences';
import { decode, encode } from '../../../src/lib/scenario';

describe('the price year', () => {
	it('is kept after the currency and echoed', () => {
		const { input } = decode('pop=100&title=x&py=2025&cur=DKK&v=2');
		expect(input?.py).toBe(2025);
		expect(encode(input!)).toBe('pop=100&cur=DKK&py=2025&title=x&v=2');
		expect(buildReport(input!, 'en').input.py).toBe('2025');
	});

	it('is absent unless given', () => {
		expect(decode('pop=100&v=2').input).not.toHaveProperty('py');
	});

	it.each(['1899', '2101', '2025.5', 'x'])('refuses py=%s, naming what is allowed', (value) => {
		const { input, issues } = decode(`pop=100&py=${value}&v=2`);
		expect(input).toBeNull();
		expect(issues).toEqual([
			expect.objectContaining({
				key: 'py',
				params: expect.objectContaining({ min: '1900', max: '2100' })
			})
		]);
	});

	it('is written in a field as a year, without grouping, and read back', () => {
		expect(fieldText('py', '2025', 'nb')).toBe('2025');
		expect(readField('py', '2025', 'nb')).toEqual({ ok: true, value: '2025' });
	});

	it('is absent when its field is blank, unlike a blank field a figure depends on', () => {
		expect(readField('py', ' ', 'nb')).toEqual({ ok: true, value: null });
		expect(readField('ben', ' ', 'nb')).toMatchObject({ ok: false });
	});
});

describe('the citation', () => {
	const link = 'https://overslag.example/?pop=1&py=2025&v=2';

	it.each([
		['nb', 'Overslag, scenario «AAP», beløp i 2025-priser, beregnet 4. desember 2026, ' + link],
		['da', 'Overslag, scenarie «AAP», beløb i 2025-priser, beregnet 4. desember 2026, ' + link],
		['en', 'Overslag, scenario «AAP», amounts in 2025 prices, computed 4. desember 2026, ' + link]
	] as const)('%s gives the price year before the date', (lang, text) => {
		expect(citationText({ title: 'AAP', py: 2025 }, '4. desember 2026', link, lang)).toBe(text);
	});

	it('leaves it out when the scenario has none, and the date on the server', () => {
		expect(citationText({ title: 'AAP' }, null, link, 'en')).toBe(
			`Overslag, scenario «AAP», ${link}`
		);
	});
});
