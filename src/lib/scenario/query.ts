/**
 * Splits a query string into decoded parameters without ever throwing: `&` separates pairs, the
 * first `=` separates key from value, `+` is a space, and percent-encoding is decoded inside a
 * try/catch. Framework-free: no Svelte, no DOM, no Node APIs (URLSearchParams would silently
 * turn malformed `%` sequences into U+FFFD; we report them instead).
 */
import type { Issue } from './issues';
import { isUrlKey } from './keys';

/** Longer queries are refused as a whole (browsers and proxies cut URLs near 8 KB anyway). */
export const MAX_QUERY_LENGTH = 8000;

export interface ParsedQuery {
	/** Every key that decoded cleanly (known or not), with its first value that decoded. */
	params: Map<string, string>;
	/** Known keys whose value could not be decoded, with the value as written. */
	undecodable: Map<string, string>;
	/** `bad_encoding` (on the key, or on `query` when a key itself is undecodable) and `duplicate`. */
	issues: Issue[];
}

/** `decodeURIComponent` after `+` → space; `null` for malformed percent-encoding. */
export function decodeComponent(text: string): string | null {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

/**
 * Parses `query` (with or without a leading `?`). Problems are reported only for known keys:
 * an unknown key's value is never looked at, but a key that cannot be decoded at all is
 * reported on `query`, since it might have been a known one.
 */
export function parseQuery(query: string): ParsedQuery {
	const text = query.startsWith('?') ? query.slice(1) : query;
	const params = new Map<string, string>();
	const undecodable = new Map<string, string>();
	const counts = new Map<string, number>();
	const issues: Issue[] = [];
	for (const segment of text.split('&')) {
		if (segment === '') continue;
		const split = segment.indexOf('=');
		const rawKey = split === -1 ? segment : segment.slice(0, split);
		const rawValue = split === -1 ? '' : segment.slice(split + 1);
		const key = decodeComponent(rawKey);
		if (key === null) {
			issues.push({ key: 'query', value: segment, code: 'bad_encoding', params: {} });
			continue;
		}
		const count = (counts.get(key) ?? 0) + 1;
		counts.set(key, count);
		if (count > 1) continue;
		const value = decodeComponent(rawValue);
		if (value !== null) params.set(key, value);
		else if (isUrlKey(key)) {
			undecodable.set(key, rawValue);
			issues.push({ key, value: rawValue, code: 'bad_encoding', params: {} });
		}
	}
	for (const [key, count] of counts) {
		if (count > 1 && isUrlKey(key)) {
			const value = params.get(key) ?? undecodable.get(key) ?? '';
			issues.push({ key, value, code: 'duplicate', params: { count: String(count) } });
		}
	}
	return { params, undecodable, issues };
}
