/**
 * The calculator form, read the way the page's language writes numbers: each field's text
 * (`150 000`, `10 %`, `3,75 mrd.`) becomes its canonical URL value, and the fields are decoded
 * and computed as the URL would be — read once, never written out as a query and parsed back.
 * The same reading serves the page the server renders and the live calculator in the browser.
 * Framework-free.
 *
 * A blank number field is never a number the user did not type: it is a field that needs a
 * value, with a message that says so (and what its default is). Fields that hold a default show
 * it as text (`defaultFields`), so a form is never full of blanks to begin with.
 */
import { parseLocaleNumber } from '../format';
import { isCurrency, type Currency } from '../format/currency';
import { D, toCanonical } from '../model/decimal';
import { parameter } from '../model/parameters';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import { DISCOUNT_SCHEDULE_IDS, type DiscountSchedule } from '../model/types';
import { buildReport, type Report, type ReportOptions } from '../report';
import { errorEntries, keyName, type ErrorEntry } from '../report/issues';
// Module by module, not the scenario index, which would bring the presets into the engine.
import { decode, decodeParsed, encode, type Decoded } from '../scenario/codec';
import type { Issue } from '../scenario/issues';
import { MAX_QUERY_LENGTH } from '../scenario/query';
import { DEFAULTS, type Scenario } from '../scenario/schema';
import { LABEL_KEYS, URL_KEYS } from '../scenario/keys';
import {
	CANONICAL_DECIMAL,
	fieldText,
	isNumeric,
	parseKind,
	plusMinusTexts,
	rangeTexts,
	shareUnit,
	valueInUnits
} from './field-text';

export type FieldReading = { ok: true; value: string | null } | { ok: false; error: ErrorEntry };

/**
 * One field's text as its URL value: the canonical number for a number written the locale's way,
 * the text itself for anything else, `null` for a blank text field (no text), a blank price
 * year or cost of public funds. Any other blank number field, or one that cannot be read, is an error naming the key
 * and saying why.
 */
export function readField(
	key: string,
	text: string,
	locale: Locale,
	currency: Currency = 'NOK'
): FieldReading {
	if (!isNumeric(key)) return { ok: true, value: text === '' ? null : text };
	if (text.trim() === '') {
		if (BLANK_MEANS_ABSENT.has(key)) return { ok: true, value: null };
		return { ok: false, error: blankError(key, text, locale, currency) };
	}
	const schedule = key === 'disc' ? scheduleNamed(text) : undefined;
	if (schedule !== undefined) return { ok: true, value: schedule };
	const plusMinus = plusMinusTexts(text);
	const written = plusMinus ?? rangeTexts(text) ?? [text];
	const canonicalRange = CANONICAL_RANGE.test(text);
	const isRange = written.length > 1 || canonicalRange;
	const name = keyName(key, locale);
	const refuse = (message: string): FieldReading => ({
		ok: false,
		error: { key, value: text, message }
	});
	if (isRange && parameter(key)?.distribution === undefined) {
		return refuse(t(locale, 'form.not_range', { key: name, value: text }));
	}
	if (CANONICAL_DECIMAL.test(text) || canonicalRange) return { ok: true, value: text };
	const kind = parseKind(key);
	const shared = shareUnit(written, kind);
	if (!shared.ok) {
		return refuse(
			t(locale, 'form.share_or_percent', { key: name, value: text, part: shared.part })
		);
	}
	const values: string[] = [];
	for (const part of shared.parts) {
		const parsed = parseLocaleNumber(part, locale, kind);
		if (!parsed.ok) {
			const reason = t(locale, `parse.${parsed.code}`, { detail: parsed.detail ?? part });
			return refuse(t(locale, 'issue.unreadable', { key: name, value: text, reason }));
		}
		values.push(parsed.value);
	}
	if (plusMinus === null) return { ok: true, value: values.join(':') };
	// BASE ± SPREAD is the range BASE:BASE − SPREAD:BASE + SPREAD, worked out in decimal (to 40
	// significant digits); the schema then checks it as it checks a range typed in brackets.
	const [base = '', spread = ''] = values;
	const low = new D(base).minus(spread);
	if (low.isNegative()) {
		const below = `−${valueInUnits(key, toCanonical(low.abs()), locale, currency)}`;
		return refuse(t(locale, 'form.plus_minus_below_zero', { key: name, value: text, low: below }));
	}
	const high = new D(base).plus(spread);
	return { ok: true, value: `${base}:${toCanonical(low)}:${toCanonical(high)}` };
}

/** A discount schedule's name as typed, in any case and with spaces around (` NO `). */
function scheduleNamed(text: string): DiscountSchedule | undefined {
	const name = text.trim().toLowerCase();
	return DISCOUNT_SCHEDULE_IDS.find((id) => id === name);
}

/**
 * Number fields a scenario may go without: blank, the scenario has none. The price year, which no
 * figure depends on, and the cost of public funds, whose help says that blank is not counted (and
 * the trail then has no line of it). Any other blank number field needs a value.
 */
const BLANK_MEANS_ABSENT: ReadonlySet<string> = new Set(['py', 'mcpf']);

/** A range as the URL writes it, `0.1:0.05:0.15`: passed on for the schema to check. */
const CANONICAL_RANGE = /^\d+(\.\d+)?:\d+(\.\d+)?:\d+(\.\d+)?$/;

/** "Trakt-steg 1 (s1) er tomt. Skriv et tall; standard er 100 %." */
function blankError(key: string, text: string, locale: Locale, currency: Currency): ErrorEntry {
	const fallback = (DEFAULTS as Record<string, string | number>)[key];
	const name = keyName(key, locale);
	const message =
		fallback === undefined
			? t(locale, 'form.blank', { key: name })
			: t(locale, 'form.blank_default', {
					key: name,
					default: valueInUnits(key, String(fallback), locale, currency)
				});
	return { key, value: text, message };
}

/**
 * An issue on a form field in the user's own units: "Trakt-steg 1 (s1): 110 % er over 100 %.
 * Tillatt: et tall fra 0 % til 100 %." rather than the URL's "1.1 … 0 til 1". Issues the form
 * cannot put in other words keep the URL's message.
 */
function formIssueMessage(issue: Issue, locale: Locale, currency: Currency): string {
	const { key, value, params } = issue;
	const inUnits = (text: string) => valueInUnits(key, text, locale, currency);
	const name = keyName(key, locale);
	const range =
		params.min !== undefined && params.max !== undefined
			? t(locale, params.minExclusive === 'true' ? 'allowed.range_above' : 'allowed.range', {
					min: inUnits(params.min),
					max: inUnits(params.max)
				})
			: '';
	// A range's parts are checked one by one: the URL's sentence, in the field's own words.
	if (value.includes(':')) {
		const written = fieldText(key, value, locale);
		return t(locale, `issue.${issue.code}`, {
			...params,
			key: name,
			value: written,
			allowed: range
		});
	}
	switch (issue.code) {
		case 'out_of_range':
		case 'out_of_range_exclusive_min': {
			const above =
				CANONICAL_DECIMAL.test(value) && params.max !== undefined && isAbove(value, params.max);
			const bound = above ? params.max : params.min;
			return t(locale, above ? 'form.above' : 'form.below', {
				key: name,
				value: inUnits(value),
				bound: inUnits(bound ?? ''),
				allowed: range
			});
		}
		case 'not_whole':
			return t(locale, 'form.not_whole', { key: name, value: inUnits(value), allowed: range });
		case 'empty':
		case 'required':
			return blankError(key, value, locale, currency).message;
		default:
			return errorEntries([issue], locale)[0]!.message;
	}
}

/** Whether canonical decimal `a` is greater than canonical decimal `b`, compared as digits. */
function isAbove(a: string, b: string): boolean {
	const [aWhole = '', aFraction = ''] = a.split('.');
	const [bWhole = '', bFraction = ''] = b.split('.');
	if (aWhole.length !== bWhole.length) return aWhole.length > bWhole.length;
	const width = Math.max(aFraction.length, bFraction.length);
	return aWhole + aFraction.padEnd(width, '0') > bWhole + bFraction.padEnd(width, '0');
}

export interface FormReading {
	/** One message per field that cannot be read or whose value is not allowed. */
	errors: ErrorEntry[];
	/**
	 * The scenario and its report: when every field is fine, and also when only text fields (the
	 * title, step labels) are wrong, since they change no figure.
	 */
	scenario: Scenario | null;
	report: Report | null;
	/**
	 * The query to keep in the address bar: canonical when every field is fine; otherwise the
	 * readable fields canonical and the others as typed, so a reload shows the same form.
	 */
	query: string;
}

const KEY_ORDER = new Map<string, number>(URL_KEYS.map((key, index) => [key, index]));

/**
 * The pairs of a form that cannot be computed as the address keeps them: in the canonical key
 * order, without the fields that hold their default (as a canonical URL leaves them out), blank
 * and unreadable fields as typed.
 */
function addressPairs(pairs: readonly [string, string][]): [string, string][] {
	const defaults = DEFAULTS as Record<string, string | number>;
	return pairs
		.filter(([key, value]) => defaults[key] === undefined || String(defaults[key]) !== value)
		.sort(([a], [b]) => (KEY_ORDER.get(a) ?? 0) - (KEY_ORDER.get(b) ?? 0));
}

/** Keys whose values are words, not figures: an error there blocks no result. */
const TEXT_KEYS: ReadonlySet<string> = new Set([...LABEL_KEYS, 'title']);

/**
 * Reads the whole form (URL key → text as typed) in `locale`. Never throws.
 * `options` as for `buildReport`.
 */
export function readForm(
	fields: Record<string, string>,
	locale: Locale,
	options: ReportOptions = {}
): FormReading {
	const currency = isCurrency(fields.cur ?? '') ? (fields.cur as Currency) : 'NOK';
	const pairs: [string, string][] = [];
	const errors: ErrorEntry[] = [];
	for (const [key, text] of Object.entries(fields)) {
		const reading = readField(key, text, locale, currency);
		if (!reading.ok) errors.push(reading.error);
		const value = reading.ok ? reading.value : text;
		if (value !== null) pairs.push([key, value]);
	}
	if (locale !== 'nb') pairs.push(['lang', locale]);
	const query = addressPairs(pairs)
		.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
		.join('&');
	// A form the address could not hold is refused as the address would be.
	const decoded = query.length > MAX_QUERY_LENGTH ? decode(query) : decodeFields(pairs);
	const unreadable = new Set(errors.map((error) => error.key));
	for (const issue of decoded.issues) {
		if (unreadable.has(issue.key)) continue;
		const message =
			fields[issue.key] === undefined ? null : formIssueMessage(issue, locale, currency);
		errors.push(
			message === null
				? errorEntries([issue], locale)[0]!
				: { key: issue.key, value: issue.value, message }
		);
	}
	if (errors.length === 0 && decoded.input) {
		return {
			errors: [],
			scenario: decoded.input,
			report: buildReport(decoded.input, locale, options),
			query: encode(decoded.input, { lang: locale })
		};
	}
	// Only words are wrong: the figures do not depend on them, so they are computed without them.
	if (errors.every((error) => TEXT_KEYS.has(error.key))) {
		const figures = decodeFields(
			pairs.filter(([key]) => !TEXT_KEYS.has(key) || !errors.some((error) => error.key === key))
		);
		if (figures.input) {
			const report = buildReport(figures.input, locale, options);
			return { errors, scenario: figures.input, report, query };
		}
	}
	return { errors, scenario: null, report: null, query };
}

/** The fields' URL values decoded as a query holding them would be. */
function decodeFields(pairs: readonly [string, string][]): Decoded {
	return decodeParsed({ params: new Map(pairs), undecodable: new Map(), issues: [] });
}
