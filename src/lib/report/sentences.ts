/**
 * Claims in words, the same on the page and in the CLI: "gross effect over 4 000 000 000 kr",
 * "holds only if Health-care cost avoided per person-year (health) is above 16 666,67 kr".
 * Framework-free.
 */
import type { ClaimResult, ImpliedAssumption } from '../claims/types';
import type { Currency } from '../format/currency';
import { formatByUnit, formatShare } from '../format/format-number';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import { keyName } from './issues';
import { inputUnit, resultUnit } from './units';

/** "Gross effect over 4 000 000 000 kr" */
export function claimStatement(claim: ClaimResult, lang: Locale, currency: Currency): string {
	const value = formatByUnit(claim.value, resultUnit(claim.metric), lang, currency);
	return `${t(lang, `trail.${claim.metric}`)} ${t(lang, `op.${claim.op}`)} ${value}`;
}

/** "The computed figure differs by −250 000 000 kr (−6,25 %)", or null when there is none. */
export function differenceSentence(
	claim: ClaimResult,
	lang: Locale,
	currency: Currency
): string | null {
	if (claim.verdict !== 'does_not_hold' || claim.difference === null) return null;
	return t(lang, 'claim.difference', {
		difference: formatByUnit(claim.difference, resultUnit(claim.metric), lang, currency),
		relative:
			claim.relative_difference === null ? '—' : formatShare(claim.relative_difference, lang)
	});
}

/**
 * The implied assumptions in words: one sentence per input that alone could make the claim
 * hold ("holds only if … is above …"), then one sentence naming all the inputs that cannot.
 */
export function impliedSentences(
	implied: readonly ImpliedAssumption[],
	lang: Locale,
	currency: Currency
): string[] {
	const sentences: string[] = [];
	const unreachable: string[] = [];
	for (const entry of implied) {
		const input = keyName(entry.key, lang);
		if (entry.value === null) {
			unreachable.push(input);
			continue;
		}
		const value = formatByUnit(entry.value, inputUnit(entry.key), lang, currency);
		sentences.push(t(lang, `implied.${entry.direction ?? 'at'}`, { input, value }));
	}
	if (unreachable.length > 0) {
		const last = unreachable.pop() as string;
		const inputs =
			unreachable.length === 0
				? last
				: unreachable.join(t(lang, 'implied.list_separator')) + t(lang, 'implied.list_last') + last;
		sentences.push(t(lang, 'implied.none', { inputs }));
	}
	return sentences;
}
