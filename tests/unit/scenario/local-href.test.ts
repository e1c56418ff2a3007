import { describe, expect, it } from 'vitest';
import { localHref, localQuery } from '../../../src/lib/scenario/local-href';

describe('localQuery', () => {
	it.each([
		['pop=1&v=2', 'nb', 'pop=1&v=2'],
		['pop=1&v=2', 'en', 'pop=1&lang=en&v=2'],
		['?pop=1&v=2', 'da', 'pop=1&lang=da&v=2'],
		['pop=1', 'da', 'pop=1&lang=da'],
		['pop=1&lang=da&v=2', 'nb', 'pop=1&v=2'],
		['lang=en&pop=1&v=2', 'da', 'pop=1&lang=da&v=2'],
		['pop=1&&v=2&', 'en', 'pop=1&lang=en&v=2'],
		['', 'en', 'lang=en'],
		['', 'nb', '']
	] as const)('%j in %s → %j', (query, lang, expected) => {
		expect(localQuery(query, lang)).toBe(expected);
	});

	it('keeps a key that only starts like lang', () => {
		expect(localQuery('language=x&pop=1', 'en')).toBe('language=x&pop=1&lang=en');
	});
});

describe('localHref', () => {
	it.each([
		['/claims', 'nb', undefined, '/claims'],
		['/claims', 'da', undefined, '/claims?lang=da'],
		['/', 'en', 'pop=1&v=2', '/?pop=1&lang=en&v=2'],
		['/embed', 'nb', '?lang=en&pop=1', '/embed?pop=1']
	] as const)('%s in %s with %j → %s', (path, lang, query, expected) => {
		expect(localHref(path, lang, query)).toBe(expected);
	});
});
