/**
 * The unit shown after a calculator field, in the page's language.
 */
import type { Currency } from '$lib/format/currency';
import { currencySign } from '$lib/format/format-number';
import type { Locale } from '$lib/format/locale';
import { t } from '$lib/i18n';
import { inputUnit } from '$lib/report/units';
import { TYPICAL_CURRENCY } from './groups';

/**
 * The unit after the field `key`: `kr`, `%`, `personer`, `år` (nb). Money carries the sign an
 * amount carries in the page's language (`currencySign`), so a field and its figures agree.
 */
export function unitLabel(key: string, lang: Locale, currency: Currency): string {
	switch (inputUnit(key)) {
		case 'money':
			return currencySign(lang, currency);
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

/**
 * A typical value as its button writes it, from the value as the field would show it
 * (`fieldText`): a share as it is (`10 %`); an amount with its currency after it in nb and da
 * (`265 657 kr`, `265.657 NOK`) and before it in English (`NOK 265,657`); other units after
 * (`150 000 personer`); a no-break space between number and unit. Typical amounts are in
 * `TYPICAL_CURRENCY`.
 */
export function typicalValueText(key: string, text: string, lang: Locale): string {
	const unit = inputUnit(key);
	if (unit === 'share') return text;
	const label = unitLabel(key, lang, TYPICAL_CURRENCY);
	if (label === '') return text;
	return unit === 'money' && lang === 'en' ? `${label}\u00a0${text}` : `${text}\u00a0${label}`;
}

/**
 * `s3` → `s`, `l2` → `l`, `ben` → `ben`: the key of its label and help messages; scenario B's
 * `b_dead` has those of `dead`.
 */
export function messageStem(key: string): string {
	const own = key.startsWith('b_') ? key.slice(2) : key;
	return /^[slc][1-8]$/.test(own) ? own.charAt(0) : own;
}
