/**
 * A calculator form sent without JavaScript: its fields as the query holds them, with numbers
 * written the page language's way (`pop=150+000&s1=10+%25`), made canonical so the page can
 * redirect to the canonical URL, and a claim typed in the claim editor added as a `cN`.
 * Framework-free.
 */
import { claimField, parseClaimText } from '../claims/claim-text';
import { CLAIM_KEYS } from '../claims/types';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { ErrorEntry } from '../report/issues';
import { resultUnit } from '../report/units';
import { RESULT_IDS, type ResultId } from '../model/types';
import { DEFAULTS } from '../scenario/schema';
import { isComparisonKey, isUrlKey } from '../scenario/keys';
import { COMPARISON_ADD_FIELD, startOfComparison } from './comparison-fields';
import { CLAIM_METRIC_FIELD, CLAIM_TEXT_FIELD } from './field-text';
import { readField } from './read';

/** A claim typed into the editor and sent without JavaScript that could not be added. */
export interface ClaimDraft {
	text: string;
	metric: ResultId;
	error: ErrorEntry;
}

export interface FormSubmission {
	/** The scenario's parameters with numbers canonical; `null` when nothing needed rewriting. */
	params: Map<string, string> | null;
	/** A claim typed in the editor that cannot be added, kept with why. */
	claimDraft?: ClaimDraft;
}

/**
 * The scenario a page's parameters (decoded, in order) hold as a form sent without JavaScript
 * writes them, with its numbers made canonical; `params` is `null` when nothing needed rewriting.
 * A value that cannot be read, or a blank number field, is left as written, for `decodeParsed`
 * to report (a blank is never dropped: it is not the default the user did not type). A claim
 * typed in the editor (`claim`, about `claim_metric`) becomes the first free `cN`, or, when it
 * cannot, a `claimDraft` with why. An input chosen for scenario B (`b_add`) becomes its `b_KEY`,
 * starting from A's value. Keys that are not scenario keys are left out.
 */
export function readSubmission(given: ReadonlyMap<string, string>, locale: Locale): FormSubmission {
	const params = new Map<string, string>();
	let changed = false;
	for (const [key, text] of given) {
		if (!isUrlKey(key)) continue;
		const reading = readField(key, text, locale);
		const value = reading.ok ? reading.value : text;
		if (value !== text) changed = true;
		if (value !== null) params.set(key, value);
	}
	const added = given.get(COMPARISON_ADD_FIELD) ?? '';
	if (given.has(COMPARISON_ADD_FIELD)) changed = true;
	if (isComparisonKey(added) && !params.has(added)) {
		const defaults = DEFAULTS as Record<string, string | number>;
		const valueOf = (key: string) => params.get(key) ?? String(defaults[key] ?? '');
		params.set(added, startOfComparison(added, valueOf));
	}
	const claimText = given.get(CLAIM_TEXT_FIELD) ?? '';
	if (given.has(CLAIM_TEXT_FIELD) || given.has(CLAIM_METRIC_FIELD)) changed = true;
	if (claimText.trim() === '') return { params: changed ? params : null };
	const metric = RESULT_IDS.find((id) => id === given.get(CLAIM_METRIC_FIELD)) ?? 'gross_effect';
	const free = CLAIM_KEYS.find((key) => !given.has(key));
	const draft = (message: string): FormSubmission => ({
		params,
		claimDraft: {
			text: claimText,
			metric,
			error: { key: CLAIM_TEXT_FIELD, value: claimText, message }
		}
	});
	if (free === undefined) return draft(t(locale, 'claim_editor.full'));
	const claim = parseClaimText(claimText, locale, resultUnit(metric));
	if (!claim.ok) {
		const message =
			claim.code === 'missing_number'
				? t(locale, 'claim_editor.missing_number', { text: claimText })
				: t(locale, `parse.${claim.code}`, { detail: claim.detail ?? claimText });
		return draft(message);
	}
	params.set(free, claimField(metric, claim));
	return { params };
}
