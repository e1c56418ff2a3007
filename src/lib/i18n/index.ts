/**
 * UI strings in nb, da and en. The wording lives in `messages/<locale>.json` (inlang message
 * format: flat keys, `{name}` placeholders); Paraglide JS compiles it into one function per
 * message in `src/lib/paraglide/` (generated: `npm run i18n`, or the Vite plugin), and `t` calls
 * those functions with an explicit locale, never Paraglide's ambient one. Framework-free, so the
 * server, the browser, the API and the CLI all word things the same way. Placeholders are filled
 * with plain text; nothing here is ever rendered as HTML.
 */
import type { Locale } from '../format/locale';
import * as compiled from '../paraglide/messages.js';
type Params = Record<string, string | number>;
type MessageFunction = (inputs: Params, options: { locale: Locale }) => string;

const messages = compiled as unknown as Record<string, MessageFunction | undefined>;

/**
 * The message inputs for Paraglide: a placeholder without a parameter reads back as itself
 * (`{name}`), as it is written in the catalogue, rather than as `undefined`.
 */
function inputsFor(params: Params): Params {
	return new Proxy(params, {
		get: (target, name) =>
			typeof name === 'string' && !(name in target) ? `{${name}}` : Reflect.get(target, name)
	});
}

/**
 * The message `key` in `locale` with `{name}` placeholders filled as plain text (numbers via
 * `String`); the key itself when there is no such message. Every key exists in every locale
 * (tests/unit/i18n checks the catalogues), so there is no fallback between languages.
 */
export function t(locale: Locale, key: string, params: Params = {}): string {
	const message = Object.hasOwn(messages, key) ? messages[key] : undefined;
	if (typeof message !== 'function') return key;
	return message(inputsFor(params), { locale });
}

/** The page locale from a query string's `lang` key; nb when absent or not one of ours. */
export function localeFromSearch(search: URLSearchParams): Locale {
	const lang = search.get('lang');
	return lang === 'da' || lang === 'en' ? lang : 'nb';
}
