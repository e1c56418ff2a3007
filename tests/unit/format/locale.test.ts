import { describe, expect, it } from 'vitest';
import { CURRENCIES, DEFAULT_LOCALE, isCurrency, isLocale, LOCALES } from '../../../src/lib/format';

describe('locales', () => {
	it('lists nb, da and en, with nb as the default', () => {
		expect(LOCALES).toEqual(['nb', 'da', 'en']);
		expect(DEFAULT_LOCALE).toBe('nb');
	});

	it.each([
		['nb', true],
		['da', true],
		['en', true],
		['no', false],
		['NB', false],
		['nb-NO', false],
		['', false],
		[undefined, false],
		[1, false],
		[['nb'], false]
	])('isLocale(%j) is %s', (candidate, expected) => {
		expect(isLocale(candidate)).toBe(expected);
	});
});

describe('currencies', () => {
	it('lists the six currencies of DESIGN §2', () => {
		expect(CURRENCIES).toEqual(['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'GBP']);
	});

	it.each([
		['NOK', true],
		['GBP', true],
		['nok', false],
		['kr', false],
		[null, false]
	])('isCurrency(%j) is %s', (candidate, expected) => {
		expect(isCurrency(candidate)).toBe(expected);
	});
});
