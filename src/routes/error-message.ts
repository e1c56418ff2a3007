/**
 * What the error page says, in the page's language. A message a load gave on purpose (an
 * unknown claim's slug) is already worded for the reader and shown as it is; SvelteKit's own
 * English defaults are replaced; and a server error never shows its message, which could leak
 * internals. Framework-free.
 */
import type { Locale } from '../lib/format/locale';
import { t } from '../lib/i18n';

/** SvelteKit's own messages for a route that does not exist and for an unexpected error. */
const KIT_DEFAULTS: ReadonlySet<string> = new Set(['Not Found', 'Internal Error']);

/** The sentence under the error page's heading for `status` (an HTTP status code). */
export function errorMessage(status: number, message: string | undefined, lang: Locale): string {
	if (status >= 500) return t(lang, 'error.generic');
	if (message && !KIT_DEFAULTS.has(message)) return message;
	return status === 404 ? t(lang, 'error.not_found') : t(lang, 'error.generic');
}
