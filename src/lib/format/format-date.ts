/**
 * A calendar day for display in nb, da and en. Framework-free.
 *
 * It writes what Intl's `DateTimeFormat` writes for the tags of `INTL_TAGS` with
 * `{ day: '2-digit', month: '2-digit', year: 'numeric' }` (CLDR's short numeric date), without
 * constructing it: a browser's first `Intl` object sets up ICU's locale data, 40–80 ms of
 * main-thread time on a phone, and the page writes a date while it hydrates.
 */
import type { Locale } from './locale';

/** What goes between day, month and year: `22.11.2026`, `22/11/2026`. */
const DATE_SEPARATOR: Record<Locale, string> = { nb: '.', da: '.', en: '/' };

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/**
 * The day `date` falls on in its local time zone, day first: nb and da `05.01.2026`, en
 * `05/01/2026`. The year is written as Intl writes it, unpadded and in its era: year 0 is 1 BC,
 * shown as `1`. An invalid date throws a RangeError, as Intl does.
 */
export function formatDate(date: Date, locale: Locale): string {
	if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
	const year = date.getFullYear();
	const yearOfEra = year > 0 ? year : 1 - year;
	const separator = DATE_SEPARATOR[locale];
	return [twoDigits(date.getDate()), twoDigits(date.getMonth() + 1), yearOfEra].join(separator);
}
