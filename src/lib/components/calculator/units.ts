/**
 * The unit shown after a calculator field, in the page's language.
 */
import type { Currency } from '$lib/format/currency';
import type { Locale } from '$lib/format/locale';
import { t } from '$lib/i18n';
import { inputUnit } from '$lib/report/units';

/**
 * How a money field's unit is written: the local sign for the page's own currency (`kr` in
 * nb, `kr.` in da), the ISO code for other kroner — a Danish reader takes `kr.` for DKK — and the
 * usual symbols elsewhere.
 */
const CURRENCY_SIGNS: Record<Locale, Record<Currency, string>> = {
	nb: { NOK: 'kr', DKK: 'DKK', SEK: 'SEK', EUR: '€', USD: 'US$', GBP: '£' },
	da: { NOK: 'NOK', DKK: 'kr.', SEK: 'SEK', EUR: '€', USD: 'US$', GBP: '£' },
	en: { NOK: 'NOK', DKK: 'DKK', SEK: 'SEK', EUR: '€', USD: 'US$', GBP: '£' }
};

/** The unit after the field `key`: `kr`, `%`, `personer`, `år` (nb). */
export function unitLabel(key: string, lang: Locale, currency: Currency): string {
	switch (inputUnit(key)) {
		case 'money':
			return CURRENCY_SIGNS[lang][currency];
		case 'share':
			return t(lang, 'unit.share');
		case 'persons':
			return t(lang, 'unit.persons');
		case 'years':
			return t(lang, 'unit.years');
		default:
			return '';
	}
}

/** `s3` → `s`, `l2` → `l`, `ben` → `ben`: the key of its label and help messages. */
export function messageStem(key: string): string {
	return /^[slc][1-8]$/.test(key) ? key.charAt(0) : key;
}
