// The unit written after a calculator field, per page language and currency.
import { describe, expect, it } from 'vitest';
import { unitLabel } from '../../../src/lib/components/calculator/units';

describe('unitLabel', () => {
	it.each([
		// money: the local sign for the page's own currency, the ISO code for other kroner
		['ben', 'nb', 'NOK', 'kr'],
		['ben', 'da', 'NOK', 'NOK'],
		['ben', 'en', 'NOK', 'NOK'],
		['ben', 'da', 'DKK', 'kr.'],
		['ben', 'nb', 'DKK', 'DKK'],
		['cost', 'en', 'EUR', '€'],
		['cost', 'nb', 'USD', 'US$'],
		// shares, persons and years from the catalogues (messages/<locale>.json "unit.*")
		['s1', 'en', 'NOK', '%'],
		['pop', 'nb', 'NOK', 'personer'],
		['years', 'da', 'NOK', 'år'],
		['work', 'da', 'DKK', '%']
	] as const)('%s in %s with %s: %j', (key, lang, currency, expected) => {
		expect(unitLabel(key, lang, currency)).toBe(expected);
	});
});
