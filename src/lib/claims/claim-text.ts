/**
 * Reads a claim as a journalist copies it from an article — "over 4 milliarder", "minst 15 000",
 * "ca. 3,75 mrd.", "more than 4 billion", "≥ 15 000" — into an operator and a canonical value
 * that remembers how many significant digits were written. Framework-free.
 *
 * A qualifier word or symbol at the start sets the operator; without one the number is taken as
 * approximate (`approx`), as a bare figure in an article is. The number itself goes through the
 * locale's money parser, so `kr`, `mrd.`, `mio.`, `bn` work, and `billion` is 10¹² in nb and da
 * but 10⁹ in en.
 */
import {
	parseSignedLocaleNumber,
	type ParseErrorCode,
	type ParseKind
} from '../format/parse-number';
import type { Locale } from '../format/locale';
import type { DecimalString, ResultId, Unit } from '../model/types';
import type { ClaimOp } from './types';

export type ClaimTextErrorCode = ParseErrorCode | 'missing_number' | 'unit_needed';

export interface ClaimText {
	op: ClaimOp;
	value: DecimalString;
	sig: number;
}

export type ClaimTextResult =
	({ ok: true } & ClaimText) | { ok: false; code: ClaimTextErrorCode; detail?: string };

/**
 * A claim read by `parseClaimText` about `metric` as its `cN` field holds it:
 * `pv_net:gt:4000000000`, or `pv_net:approx:3750000000:3` — the significant digits matter only
 * to `approx`.
 */
export function claimField(metric: ResultId, claim: ClaimText): string {
	const sig = claim.op === 'approx' ? `:${claim.sig}` : '';
	return `${metric}:${claim.op}:${claim.value}${sig}`;
}

/** Symbols understood in every locale. */
const SYMBOLS: Record<string, ClaimOp> = {
	'>=': 'ge',
	'≥': 'ge',
	'<=': 'le',
	'≤': 'le',
	'>': 'gt',
	'<': 'lt',
	'≈': 'approx',
	'~': 'approx',
	'=': 'eq'
};

/** Qualifier words per locale, lower-case, as they stand before the number. */
const WORDS: Record<Locale, Record<string, ClaimOp>> = {
	nb: {
		over: 'gt',
		'mer enn': 'gt',
		'mere enn': 'gt',
		'flere enn': 'gt',
		minst: 'ge',
		under: 'lt',
		'mindre enn': 'lt',
		'færre enn': 'lt',
		høyst: 'le',
		maksimalt: 'le',
		opptil: 'le',
		rundt: 'approx',
		'ca.': 'approx',
		ca: 'approx',
		cirka: 'approx',
		omtrent: 'approx',
		'om lag': 'approx',
		omkring: 'approx',
		nøyaktig: 'eq',
		eksakt: 'eq',
		akkurat: 'eq'
	},
	da: {
		over: 'gt',
		'mere end': 'gt',
		'mer end': 'gt',
		'flere end': 'gt',
		mindst: 'ge',
		under: 'lt',
		'mindre end': 'lt',
		'færre end': 'lt',
		højst: 'le',
		maksimalt: 'le',
		'op til': 'le',
		omkring: 'approx',
		'ca.': 'approx',
		ca: 'approx',
		cirka: 'approx',
		omtrent: 'approx',
		præcis: 'eq',
		nøjagtig: 'eq',
		eksakt: 'eq'
	},
	en: {
		over: 'gt',
		'more than': 'gt',
		'greater than': 'gt',
		above: 'gt',
		'at least': 'ge',
		'no less than': 'ge',
		under: 'lt',
		'less than': 'lt',
		'fewer than': 'lt',
		below: 'lt',
		'at most': 'le',
		'no more than': 'le',
		'up to': 'le',
		about: 'approx',
		around: 'approx',
		approximately: 'approx',
		'approx.': 'approx',
		roughly: 'approx',
		circa: 'approx',
		'ca.': 'approx',
		exactly: 'eq',
		precisely: 'eq'
	}
};

/** The qualifier at the start of `text` (already lower-cased and trimmed), longest first. */
function qualifierOf(text: string, locale: Locale): { op: ClaimOp; rest: string } | undefined {
	const candidates = [...Object.entries(SYMBOLS), ...Object.entries(WORDS[locale])].sort(
		([a], [b]) => b.length - a.length
	);
	for (const [qualifier, op] of candidates) {
		if (!text.startsWith(qualifier)) continue;
		const rest = text.slice(qualifier.length);
		// A word ending in a letter must end there: `under` is not the start of `undersøkt`.
		if (/\p{L}$/u.test(qualifier) && /^\p{L}/u.test(rest)) continue;
		return { op, rest: rest.trim() };
	}
	return undefined;
}

/**
 * Parses a claim written in `locale` about a figure measured in `unit`: an optional qualifier
 * (see WORDS, SYMBOLS) and a number read as that unit is written — money in currency units
 * (`3,75 mrd.` → `3750000000`), a share as a percentage or fraction (`50 %` → `0.5`), anything
 * else as a plain number. `sig` is the number of significant digits written (`3,75 mrd.` → 3,
 * `4 milliarder` → 1). A bare money figure below 1 000 (`3,75`, with no scale word or currency)
 * is `unit_needed`: most likely «3,75 milliarder» with its word left out, so it is asked about,
 * never read as 3,75 kr. Never throws.
 */
export function parseClaimText(
	text: string,
	locale: Locale,
	unit: Unit = 'money'
): ClaimTextResult {
	const normalized = text
		.replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
		.trim()
		.replace(/ {2,}/g, ' ')
		.toLowerCase();
	const qualified = qualifierOf(normalized, locale);
	if (qualified !== undefined && qualified.rest === '')
		return { ok: false, code: 'missing_number' };
	const { op, rest } = qualified ?? { op: 'approx' as const, rest: normalized };
	const kind: ParseKind = unit === 'money' || unit === 'share' ? unit : 'number';
	const parsed = parseSignedLocaleNumber(rest, locale, kind);
	if (!parsed.ok) return parsed;
	// Below 1 000: at most three digits before the point (compared as text, never as a number).
	const small = (parsed.value.replace('-', '').split('.')[0] ?? '').length <= 3;
	if (unit === 'money' && !parsed.unitWritten && small) {
		return { ok: false, code: 'unit_needed', detail: rest };
	}
	return { ok: true, op, value: parsed.value, sig: parsed.significantDigits };
}
