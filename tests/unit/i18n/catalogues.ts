/** The message catalogues as written, for the completeness tests. */
import type { Locale } from '../../../src/lib/format';
import da from '../../../messages/da.json';
import en from '../../../messages/en.json';
import nb from '../../../messages/nb.json';

const catalogues: Record<Locale, Record<string, string>> = { nb, da, en };

/** Every message key of a locale's catalogue. */
export function messageKeys(locale: Locale): string[] {
	return Object.keys(catalogues[locale]).filter((key) => !key.startsWith('$'));
}
