// The unit written after a calculator field, per page language and currency.
import { describe, expect, it } from 'vitest';
import { typicalValueText, unitLabel } from '../../../src/lib/components/calculator/units';

describe('unitLabel', () => {
	it.each([
		// money: the local sign for the page's own currency, the ISO code for other kroner
		['ben', 'nb', 'NOK', 'kr'],
		['ben', 'da', 'NOK', 'NOK'],
		['ben', 'en', 'NOK', 'NOK'],
		['ben', 'da', 'DKK', 'kr.'],
		['ben', 'nb', 'DKK', 'DKK'],
		['cost', 'en', 'EUR', '€'],
		// the sign an amount carries (format-number.ts): Intl writes USD in nb, US$ in da and en
		['cost', 'nb', 'USD', 'USD'],
		['cost', 'da', 'USD', 'US$'],
		['cost', 'en', 'USD', 'US$'],
		// shares, persons and years from the catalogues (messages/<locale>.json "unit.*")
		['s1', 'en', 'NOK', '%'],
		['pop', 'nb', 'NOK', 'personer'],
		['years', 'da', 'NOK', 'år'],
		['work', 'da', 'DKK', '%']
	] as const)('%s in %s with %s: %j', (key, lang, currency, expected) => {
		expect(unitLabel(key, lang, currency)).toBe(expected);
	});
});

describe('typicalValueText', () => {
	it.each([
		// amounts: the currency after the number in nb and da, before it in English
		['ben', '265\u00a0657', 'nb', '265\u00a0657\u00a0kr'],
		['ben', '265.657', 'da', '265.657\u00a0NOK'],
		['ben', '265,657', 'en', 'NOK\u00a0265,657'],
		// shares carry their own % sign
		['btax', '22 %', 'nb', '22 %'],
		['work', '100%', 'en', '100%'],
		// persons and years after the number in every language
		['pop', '150,000', 'en', '150,000\u00a0people'],
		['years', '5', 'da', '5\u00a0år']
	] as const)('%s %j in %s: %j', (key, text, lang, expected) => {
		expect(typicalValueText(key, text, lang)).toBe(expected);
	});
});
