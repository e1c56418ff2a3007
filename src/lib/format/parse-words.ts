/**
 * The words and symbols the number parser understands around a number, per locale: scale words
 * (`mrd.`, `mio.`, `bn`, `k`), currencies (`kr`, `NOK`, `€`) and percent (`%`, `prosent`).
 * Framework-free.
 *
 * The trap this table exists for: Norwegian and Danish *billion* is 10^12 and *milliard* 10^9;
 * English *billion* is 10^9. So `billion` means 10^12 in nb and da, 10^9 in en. Single letters
 * (`m`, `b`) and `bn`/`mn`/`tn` are English only; `k` is 10^3 everywhere. Abbreviations that
 * mean the same in both Scandinavian languages (`mrd`, `mia`, `mill`, `mio`, `mln`) are accepted
 * in both. Lookups are on lower-cased words with one trailing `.` removed.
 */
import type { Locale } from './locale';

export type WordMeaning =
	{ type: 'scale'; exponent: number } | { type: 'currency' } | { type: 'percent' };

const SCANDINAVIAN_SCALES: Record<string, number> = {
	k: 3,
	mill: 6,
	mln: 6,
	mio: 6,
	million: 6,
	millioner: 6,
	mrd: 9,
	mia: 9,
	milliard: 9,
	milliarder: 9,
	billion: 12,
	billioner: 12
};

const SCALES: Record<Locale, Record<string, number>> = {
	nb: { ...SCANDINAVIAN_SCALES, tusen: 3 },
	da: { ...SCANDINAVIAN_SCALES, tusind: 3, tusinde: 3 },
	en: {
		k: 3,
		thousand: 3,
		m: 6,
		mn: 6,
		mln: 6,
		million: 6,
		b: 9,
		bn: 9,
		billion: 9,
		tn: 12,
		trillion: 12
	}
};

const CURRENCY_WORDS = new Set([
	'kr',
	'krone',
	'kroner',
	'nok',
	'dkk',
	'sek',
	'eur',
	'euro',
	'euros',
	'€',
	'usd',
	'$',
	'us$',
	'gbp',
	'£'
]);

const PERCENT_WORDS = new Set(['%', 'prosent', 'pst', 'procent', 'pct', 'percent']);

/** What a lower-cased word next to a number means in `locale`, or `undefined` if nothing. */
export function wordMeaning(word: string, locale: Locale): WordMeaning | undefined {
	const bare = word.endsWith('.') ? word.slice(0, -1) : word;
	const scales = SCALES[locale];
	// hasOwn, so that `constructor` or `__proto__` typed by a user is no scale word.
	if (Object.hasOwn(scales, bare)) return { type: 'scale', exponent: scales[bare] ?? 0 };
	if (CURRENCY_WORDS.has(bare)) return { type: 'currency' };
	if (PERCENT_WORDS.has(bare)) return { type: 'percent' };
	return undefined;
}
