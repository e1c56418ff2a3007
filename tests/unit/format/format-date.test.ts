/**
 * The citation date, written without Intl (a browser's first Intl object costs 40–80 ms of ICU
 * set-up on a phone). Expected strings are worked out by hand; the property test compares with
 * Intl.DateTimeFormat as the share bar used it before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate } from '../../../src/lib/format/format-date';
import { INTL_TAGS, LOCALES, type Locale } from '../../../src/lib/format/locale';

function yearOf(year: number, month: number, day: number): Date {
	const date = new Date(2000, month, day);
	date.setFullYear(year);
	return date;
}

describe('formatDate', () => {
	it.each<[Date, Locale, string]>([
		[new Date(2026, 10, 22), 'nb', '22.11.2026'],
		[new Date(2026, 10, 22), 'da', '22.11.2026'],
		[new Date(2026, 10, 22), 'en', '22/11/2026'],
		// day and month get a leading zero
		[new Date(2026, 0, 5), 'nb', '05.01.2026'],
		[new Date(2026, 0, 5), 'da', '05.01.2026'],
		[new Date(2026, 0, 5), 'en', '05/01/2026'],
		[new Date(2025, 11, 31, 23, 59, 59, 999), 'nb', '31.12.2025'],
		[new Date(2024, 1, 29), 'en', '29/02/2024'],
		// the year is not padded, and years before 1 are counted back from 1 BC
		[yearOf(987, 6, 4), 'da', '04.07.987'],
		[yearOf(0, 2, 3), 'nb', '03.03.1'],
		[yearOf(-1, 2, 3), 'en', '03/03/2']
	])('%s in %s → %j', (date, locale, expected) => {
		expect(formatDate(date, locale)).toBe(expected);
	});

	it('throws a RangeError for an invalid date, as Intl does', () => {
		expect(() => formatDate(new Date(Number.NaN), 'nb')).toThrow(RangeError);
	});

	it('writes what Intl.DateTimeFormat writes, for any date in any locale', () => {
		fc.assert(
			fc.property(fc.date({ noInvalidDate: true }), fc.constantFrom(...LOCALES), (date, locale) => {
				const intl = new Intl.DateTimeFormat(INTL_TAGS[locale], {
					day: '2-digit',
					month: '2-digit',
					year: 'numeric'
				});
				expect(formatDate(date, locale)).toBe(intl.format(date));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('formatLongDate', () => {
	it.each<[number, number, number, Locale, string]>([
		[2025, 3, 8, 'nb', '8. mars 2025'],
		[2025, 3, 8, 'da', '8. marts 2025'],
		[2025, 3, 8, 'en', '8 March 2025'],
		[2026, 5, 17, 'nb', '17. mai 2026'],
		[2026, 5, 17, 'da', '17. maj 2026'],
		[2024, 12, 31, 'nb', '31. desember 2024'],
		[2024, 12, 31, 'da', '31. december 2024'],
		[2024, 1, 1, 'en', '1 January 2024']
	])('%i-%i-%i in %s → %j', (year, month, day, locale, expected) => {
		expect(formatLongDate(year, month, day, locale)).toBe(expected);
	});

	it('throws a RangeError for a month that does not exist', () => {
		expect(() => formatLongDate(2025, 13, 1, 'en')).toThrow(RangeError);
	});

	it("writes what Intl.DateTimeFormat writes with dateStyle 'long', for any day from 1000 on", () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('1000-01-01T00:00:00Z'),
					max: new Date('9999-12-31T00:00:00Z'),
					noInvalidDate: true
				}),
				fc.constantFrom(...LOCALES),
				(date, locale) => {
					const intl = new Intl.DateTimeFormat(INTL_TAGS[locale], {
						dateStyle: 'long',
						timeZone: 'UTC'
					});
					const written = formatLongDate(
						date.getUTCFullYear(),
						date.getUTCMonth() + 1,
						date.getUTCDate(),
						locale
					);
					expect(written).toBe(intl.format(date));
				}
			),
			{ numRuns: 2000 }
		);
	});
});
