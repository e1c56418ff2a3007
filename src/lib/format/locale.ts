/**
 * The page languages of Overslag (DESIGN.md §4) and the Intl locale tag each one formats with.
 * Framework-free.
 */

export const LOCALES = ['nb', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Norwegian Bokmål: the locale of a URL without `lang`. */
export const DEFAULT_LOCALE: Locale = 'nb';

/** True when `x` is one of the supported locale codes (`nb`, `da`, `en`). */
export function isLocale(x: unknown): x is Locale {
	return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/**
 * The BCP 47 tag of each locale: the formatting layer writes what Intl writes for it (British
 * English keeps the `NOK 250,000` order).
 */
export const INTL_TAGS: Record<Locale, string> = {
	nb: 'nb-NO',
	da: 'da-DK',
	en: 'en-GB'
};
