/**
 * The one rule for a link in a language (DESIGN.md §4): `lang` is left out for nb, the default,
 * and otherwise written where the canonical form has it, just before `v` (last when there is no
 * `v`). A `lang` the query already had is replaced. Framework-free.
 */
import type { Locale } from '../format/locale';
import type { Adjustment } from './adjustments';
import { URL_KEYS, type UrlKey } from './keys';

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

/**
 * A canonical `query` with `adjustments` added as scenario B, each pair where the canonical
 * order puts it: the link the calculator offers, written without the codec (and so
 * without decimal.js, which the page loads only when the reader starts to edit).
 */
export function adjustedQuery(query: string, adjustments: readonly Adjustment[]): string {
	const pairs = query.split('&').filter((pair) => pair !== '');
	const order = (pair: string) => URL_KEYS.indexOf(pair.slice(0, pair.indexOf('=')) as UrlKey);
	for (const { key, value } of adjustments) {
		const added = `b_${key}=${value}`;
		const at = pairs.findIndex((pair) => order(pair) > order(added));
		pairs.splice(at === -1 ? pairs.length : at, 0, added);
	}
	return pairs.join('&');
}
