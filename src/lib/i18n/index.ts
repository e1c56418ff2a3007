/**
 * UI strings in nb, da and en. The wording lives in `messages/<locale>.json` (inlang message
 * format: flat keys, `{name}` placeholders); Paraglide JS compiles it into one module per locale
 * in `src/lib/paraglide/messages/<locale>.js` (generated: `npm run i18n`, or the Vite plugin),
 * with one function per message. `t` calls those functions for an explicit locale, never
 * Paraglide's ambient one. Framework-free, so the server, the browser, the API and the CLI all
 * word things the same way. Placeholders are filled with plain text; nothing here is ever
 * rendered as HTML.
 *
 * A browser page loads only its own language's module (`loadMessages`, awaited by the root
 * layout before anything renders); the server, the CLI and the tests register all three at
 * start (`./all-locales`).
 */
import type { Locale } from '../format/locale';

type Params = Record<string, string | number>;
type MessageFunction = (inputs: Params) => string;
/** A compiled locale module: message functions by their module-safe name. */
export type Catalogue = Record<string, unknown>;

const catalogues: Partial<Record<Locale, Catalogue>> = {};

const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
	nb: () => import('../paraglide/messages/nb.js'),
	da: () => import('../paraglide/messages/da.js'),
	en: () => import('../paraglide/messages/en.js')
};

/** Makes `catalogue` the messages of `locale`. */
export function registerMessages(locale: Locale, catalogue: Catalogue): void {
	catalogues[locale] = catalogue;
}

/** Loads the messages of `locale` once; `t` can word things in it as soon as this resolves. */
export async function loadMessages(locale: Locale): Promise<void> {
	catalogues[locale] ??= await LOADERS[locale]();
}

/**
 * The name Paraglide gives the function of message `key` in a locale module: `calc.add_step` →
 * `calc_add_step` (its `toSafeModuleId` for our keys, which are lower-case words, dots and
 * underscores; tests/unit/i18n checks that every key maps to a function of its own).
 */
export function messageFunctionName(key: string): string {
	return key.replace(/[^a-z0-9_]/g, '_');
}

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

/** The inputs of a message called without parameters: every placeholder reads as itself. */
const NO_INPUTS = inputsFor({});

/**
 * Function names by message key, so the many calls while a page hydrates do not each rewrite
 * the key. Only keys that name a message are kept, so it holds at most one entry per message.
 */
const functionNames = new Map<string, string>();

/**
 * The message `key` in `locale` with `{name}` placeholders filled as plain text (numbers via
 * `String`); the key itself when there is no such message. Every key exists in every locale
 * (tests/unit/i18n checks the catalogues), so there is no fallback between languages. Throws
 * when the locale's messages were never loaded: a programming error, not a user's.
 */
export function t(locale: Locale, key: string, params?: Params): string {
	const catalogue = catalogues[locale];
	if (catalogue === undefined) throw new Error(`i18n: the ${locale} messages are not loaded`);
	const name = functionNames.get(key) ?? messageFunctionName(key);
	const message = Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
	if (typeof message !== 'function') return key;
	functionNames.set(key, name);
	return (message as MessageFunction)(params === undefined ? NO_INPUTS : inputsFor(params));
}

/**
 * The message key for a count shown as `shown` (a whole number as the page writes it): `key_one`
 * for exactly one ("1 person"), `key` otherwise ("0 personer", "2 people"). For whole numbers
 * this is CLDR's plural rule in nb, da and en alike (tests/unit/i18n checks it against
 * `Intl.PluralRules`); the rule is written out rather than asked of Intl, whose first object
 * costs a phone 40–80 ms of set-up while the page comes alive.
 */
export function countKey(key: string, shown: string): string {
	return shown === '1' ? `${key}_one` : key;
}

/** The page locale from a query string's `lang` key; nb when absent or not one of ours. */
export function localeFromSearch(search: URLSearchParams): Locale {
	const lang = search.get('lang');
	return lang === 'da' || lang === 'en' ? lang : 'nb';
}
