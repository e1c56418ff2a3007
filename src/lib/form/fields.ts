/**
 * The text a calculator form's fields start with: what a query holds, as a person reads it, and
 * every default shown as text. Framework-free.
 */
import type { Locale } from '../format/locale';
import { DEFAULTS } from '../scenario/schema';
import { isUrlKey } from '../scenario/keys';
import { fieldText, isNumeric } from './field-text';

/**
 * The form's fields for a query's parameters: every scenario key it holds, as a person reads it,
 * and its version `v` (the form carries it, so a link keeps its rules while it is edited).
 */
export function fieldsFromParams(
	params: ReadonlyMap<string, string>,
	locale: Locale
): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [key, value] of params) {
		if (!isUrlKey(key) || key === 'lang') continue;
		fields[key] = fieldText(key, value, locale);
	}
	return fields;
}

/**
 * The text of every number field that has a default, as the field shows it (`work` → `100 %`):
 * what a form shows in a field its URL leaves out, so the default is there to read and change
 * rather than a blank that silently means it.
 */
export function defaultFields(locale: Locale): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [key, value] of Object.entries(DEFAULTS)) {
		if (isNumeric(key)) fields[key] = fieldText(key, String(value), locale);
	}
	return fields;
}
