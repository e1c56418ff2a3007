/**
 * The unit shown after a calculator field, in the page's language.
 */
import type { Currency, Locale } from '$lib/format';
import { t } from '$lib/i18n';
import { inputUnit } from '$lib/report/units';

const CURRENCY_SIGNS: Record<Currency, string> = {
	NOK: 'kr',
	DKK: 'kr.',
	SEK: 'kr',
	EUR: '€',
	USD: '$',
	GBP: '£'
};

export function unitLabel(key: string, lang: Locale, currency: Currency): string {
	switch (inputUnit(key)) {
		case 'money':
			return CURRENCY_SIGNS[currency];
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
