import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/format';
import { countKey, t } from '../../../src/lib/i18n';
import { messageKeys } from './catalogues';
import { RESULT_IDS } from '../../../src/lib/model/types';
import { ISSUE_CODES } from '../../../src/lib/scenario/issues';
import { PARSE_ERROR_CODES } from '../../../src/lib/format';
import { CLAIM_OPS } from '../../../src/lib/claims/types';

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogues', () => {
	const english = messageKeys('en');

	it.each(LOCALES)('%s has exactly the keys of en', (locale) => {
		expect(messageKeys(locale).sort()).toEqual([...english].sort());
	});

	it.each(LOCALES)('%s uses the same placeholders as en in every message', (locale) => {
		for (const key of english) {
			expect(placeholders(t(locale, key)), `${locale}:${key}`).toEqual(placeholders(t('en', key)));
		}
	});

	it('writes numbers in English the English way: 150,000, 10%, 0.1', () => {
		const norwegianStyle = english.filter((key) =>
			/\d[ \u00a0](\d{3}|%)|\d,\d{1,2}\b/.test(t('en', key))
		);
		expect(norwegianStyle).toEqual([]);
	});

	it.each(['nb', 'da'] as const)(
		'%s keeps a number with its unit or its thousands: no plain space inside 10 % or 150 000',
		(locale) => {
			const breakable = messageKeys(locale).filter((key) =>
				/\d (%|kr\b|mrd\b|mia\b|\d{3}\b)/.test(t(locale, key))
			);
			expect(breakable).toEqual([]);
		}
	);

	it('has a label for every result, issue code, parse error and claim operator', () => {
		const needed = [
			...RESULT_IDS.map((id) => `trail.${id}`),
			...ISSUE_CODES.map((code) => `issue.${code}`),
			...PARSE_ERROR_CODES.map((code) => `parse.${code}`),
			...CLAIM_OPS.map((op) => `op.${op}`)
		];
		const missing = needed.filter((key) => !english.includes(key));
		expect(missing).toEqual([]);
	});
});

describe('t', () => {
	it('fills placeholders as plain text', () => {
		expect(t('en', 'trail.year_suffix', { label: '<b>x</b>', year: 3 })).toBe('<b>x</b>, year 3');
	});

	it('words the same key per locale', () => {
		expect(t('nb', 'verdict.does_not_hold')).toBe('holder ikke');
		expect(t('da', 'verdict.holds_after_rounding')).toBe('holder efter afrunding');
		expect(t('en', 'verdict.holds')).toBe('holds');
	});

	it('leaves a placeholder without its parameter as written, before and after a full call', () => {
		expect(t('en', 'trail.year_suffix')).toBe('{label}, year {year}');
		expect(t('en', 'trail.year_suffix', { year: 2 })).toBe('{label}, year 2');
		expect(t('en', 'trail.year_suffix', { label: 'Net', year: 2 })).toBe('Net, year 2');
		expect(t('en', 'trail.year_suffix')).toBe('{label}, year {year}');
	});

	it('gives back a key that names no message, every time it is asked', () => {
		expect(t('en', 'no.such_key')).toBe('no.such_key');
		expect(t('en', 'no.such_key')).toBe('no.such_key');
	});
});

describe('countKey: the singular for exactly one, as CLDR says for whole numbers', () => {
	it.each(['nb', 'da', 'en'] as const)(
		'agrees with Intl.PluralRules in %s for 0 … 2 000',
		(lang) => {
			const rules = new Intl.PluralRules(lang);
			for (let n = 0; n <= 2000; n++) {
				const singular = rules.select(n) === 'one';
				expect(countKey('x', String(n)), `${lang} ${n}`).toBe(singular ? 'x_one' : 'x');
			}
		}
	);

	it('words one person in the singular and two in the plural', () => {
		expect(t('nb', countKey('claims.no_claims', '1'), { helped: '1' })).toMatch(/gir 1 person\.$/);
		expect(t('en', countKey('headline.saving', '2'), { people: '2', saving: 'x' })).toMatch(
			/^2 people back in work save x/
		);
		expect(t('en', countKey('headline.saving', '1'), { people: '1', saving: 'x' })).toMatch(
			/^1 person back in work saves x/
		);
	});
});
