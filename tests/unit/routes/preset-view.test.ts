/**
 * The claims pages' helpers: ISO dates written out per
 * language, and the error page's message.
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/routes/claims/preset-view';
import { errorMessage } from '../../../src/routes/error-message';

describe('formatIsoDate', () => {
	it.each([
		['2025-07-08', 'nb', '8. juli 2025'],
		['2025-07-08', 'da', '8. juli 2025'],
		['2025-07-08', 'en', '8 July 2025'],
		['2025-10-25', 'nb', '25. oktober 2025'],
		['2024-01-01', 'en', '1 January 2024'],
		['2024-12-31', 'da', '31. december 2024']
	] as const)('%s in %s is %s', (iso, lang, expected) => {
		expect(formatIsoDate(iso, lang)).toBe(expected);
	});

	it.each(['2025-02-30', '2025-7-8', '8.7.2025', '', '2025-07-08T00:00'])(
		'returns %j as it is: not an ISO calendar date',
		(text) => {
			expect(formatIsoDate(text, 'nb')).toBe(text);
		}
	);
});

describe('errorMessage', () => {
	it('shows a message a load worded on purpose', () => {
		expect(errorMessage(404, 'Ingen publisert påstand heter «x».', 'nb')).toBe(
			'Ingen publisert påstand heter «x».'
		);
	});

	it.each([
		['nb', 'Det finnes ingen side på denne adressen.'],
		['da', 'Der findes ingen side på denne adresse.'],
		['en', 'There is no page at this address.']
	] as const)('words SvelteKit’s own 404 in %s', (lang, expected) => {
		expect(errorMessage(404, 'Not Found', lang)).toBe(expected);
	});

	it('never shows a server error’s message', () => {
		expect(errorMessage(500, 'TypeError: secret is undefined', 'en')).toBe(
			'Something went wrong on our side. Try again in a moment.'
		);
		expect(errorMessage(500, 'Internal Error', 'nb')).toBe(
			'Noe gikk galt hos oss. Prøv igjen om litt.'
		);
	});
});
