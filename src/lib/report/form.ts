/**
 * The calculator form, read the way the page's language writes numbers: each field's text
 * (`150 000`, `10 %`, `3,75 mrd.`) becomes its canonical URL value, and the whole is decoded and
 * computed as the URL would be. The same reading serves a form sent without JavaScript (the
 * server redirects to the canonical URL) and the live calculator in the browser. Framework-free.
 */
import type { EvaluateOptions } from '../claims';
import { parseLocaleNumber } from '../format';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import { decode, encode, type Scenario } from '../scenario';
import { isUrlKey } from '../scenario/keys';
import { parseQuery } from '../scenario/query';
import { buildReport, type Report } from './index';
import { CANONICAL_DECIMAL, fieldText, isNumeric, parseKind } from './field-text';
import { errorEntries, keyName, type ErrorEntry } from './issues';

export type FieldReading = { ok: true; value: string | null } | { ok: false; error: ErrorEntry };

/**
 * One field's text as its URL value: `null` for a blank optional field (it falls back to its
 * default), the canonical number for a number written the locale's way, the text itself for
 * anything else. A number that cannot be read is an error naming the key and saying why.
 */
export function readField(key: string, text: string, locale: Locale): FieldReading {
	if (text.trim() === '' && key !== 'pop') return { ok: true, value: null };
	if (!isNumeric(key) || CANONICAL_DECIMAL.test(text)) return { ok: true, value: text };
	const parsed = parseLocaleNumber(text, locale, parseKind(key));
	if (parsed.ok) return { ok: true, value: parsed.value };
	const reason = t(locale, `parse.${parsed.code}`, { detail: parsed.detail ?? text });
	const message = t(locale, 'issue.unreadable', { key: keyName(key, locale), value: text, reason });
	return { ok: false, error: { key, value: text, message } };
}

export interface FormReading {
	/** One message per field that cannot be read or whose value is not allowed. */
	errors: ErrorEntry[];
	/** The scenario and its report when every field is fine. */
	scenario: Scenario | null;
	report: Report | null;
	/**
	 * The query to keep in the address bar: canonical when every field is fine; otherwise the
	 * readable fields canonical and the others as typed, so a reload shows the same form.
	 */
	query: string;
}

/**
 * Reads the whole form (URL key → text as typed) in `locale`. Never throws.
 * `options.implied: false` leaves the claims' implied assumptions out (see `evaluateClaims`).
 */
export function readForm(
	fields: Record<string, string>,
	locale: Locale,
	options: EvaluateOptions = {}
): FormReading {
	const pairs: string[] = [];
	const errors: ErrorEntry[] = [];
	for (const [key, text] of Object.entries(fields)) {
		const reading = readField(key, text, locale);
		if (!reading.ok) errors.push(reading.error);
		const value = reading.ok ? reading.value : text;
		if (value !== null) pairs.push(`${key}=${encodeURIComponent(value)}`);
	}
	if (locale !== 'nb') pairs.push(`lang=${locale}`);
	const query = pairs.join('&');
	const decoded = decode(query);
	const unreadable = new Set(errors.map((error) => error.key));
	const invalid = errorEntries(
		decoded.issues.filter((issue) => !unreadable.has(issue.key)),
		locale
	);
	const allErrors = [...errors, ...invalid];
	if (!decoded.input || allErrors.length > 0) {
		return { errors: allErrors, scenario: null, report: null, query };
	}
	return {
		errors: [],
		scenario: decoded.input,
		report: buildReport(decoded.input, locale, options),
		query: encode(decoded.input, { lang: locale })
	};
}

/**
 * A page query as a form sent without JavaScript writes it (`pop=150+000&s1=10+%25`) with its
 * numbers made canonical and blank optional fields dropped, so the page can redirect to the
 * canonical URL; `null` when nothing needed rewriting or the query itself is malformed. A value
 * that cannot be read is left as written, for `decode` to report.
 */
export function canonicalizeFormQuery(query: string, locale: Locale): string | null {
	const parsed = parseQuery(query);
	if (parsed.issues.length > 0) return null;
	const pairs: string[] = [];
	let changed = false;
	for (const [key, text] of parsed.params) {
		if (!isUrlKey(key)) continue;
		const reading = readField(key, text, locale);
		const value = reading.ok ? reading.value : text;
		if (value !== text) changed = true;
		if (value !== null) pairs.push(`${key}=${encodeURIComponent(value)}`);
	}
	return changed ? pairs.join('&') : null;
}

/**
 * The form's fields for a query: every scenario key it holds, as a person reads it, and its
 * version `v` (the form carries it, so a link keeps its rules while it is edited).
 */
export function fieldsFromQuery(query: string, locale: Locale): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [key, value] of parseQuery(query).params) {
		if (!isUrlKey(key) || key === 'lang') continue;
		fields[key] = fieldText(key, value, locale);
	}
	return fields;
}
