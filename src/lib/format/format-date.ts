/**
 * A calendar day for display in nb, da and en. Framework-free.
 *
 * It writes what Intl's `DateTimeFormat` writes for the tags of `INTL_TAGS` — with
 * `{ day: '2-digit', month: '2-digit', year: 'numeric' }` (the citation line's date) and with
 * `dateStyle: 'long'` (a source's publication date) — without constructing it: a browser's
 * first `Intl` object sets up ICU's locale data, 40–80 ms of main-thread time on a phone, and
 * the pages write dates while they hydrate.
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

const MONTHS: Record<Locale, readonly string[]> = {
	nb: [
		'januar',
		'februar',
		'mars',
		'april',
		'mai',
		'juni',
		'juli',
		'august',
		'september',
		'oktober',
		'november',
		'desember'
	],
	da: [
		'januar',
		'februar',
		'marts',
		'april',
		'maj',
		'juni',
		'juli',
		'august',
		'september',
		'oktober',
		'november',
		'december'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

/**
 * A calendar day written out, as Intl's `DateTimeFormat` writes it with `dateStyle: 'long'`:
 * nb `8. juli 2025`, da `8. marts 2025`, en `8 July 2025`. `month` counts from 1; the caller
 * checks that the day exists.
 */
export function formatLongDate(year: number, month: number, day: number, locale: Locale): string {
	const name = MONTHS[locale][month - 1];
	if (name === undefined) throw new RangeError(`no such month: ${month}`);
	return locale === 'en' ? `${day} ${name} ${year}` : `${day}. ${name} ${year}`;
}
