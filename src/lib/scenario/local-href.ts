/**
 * The one rule for a link in a language (DESIGN.md §4): `lang` is left out for nb, the default,
 * and otherwise written where the canonical form has it, just before `v` (last when there is no
 * `v`). A `lang` the query already had is replaced. Framework-free.
 */
import type { Locale } from '../format/locale';

/** `query` (with or without its `?`) in `lang`: `pop=1&v=2`, en → `pop=1&lang=en&v=2`. */
export function localQuery(query: string, lang: Locale): string {
	const pairs = query
		.replace(/^\?/, '')
		.split('&')
		.filter((pair) => pair !== '' && !pair.startsWith('lang='));
	if (lang !== 'nb') {
		const version = pairs.findIndex((pair) => pair.startsWith('v='));
		pairs.splice(version === -1 ? pairs.length : version, 0, `lang=${lang}`);
	}
	return pairs.join('&');
}

/** `path` with `query` in `lang`: `/claims`, da → `/claims?lang=da`; nb and no query → `/claims`. */
export function localHref(path: string, lang: Locale, query = ''): string {
	const local = localQuery(query, lang);
	return local === '' ? path : `${path}?${local}`;
}
