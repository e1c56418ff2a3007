/**
 * Decode issues as sentences: each names the key (and what it means), the value as written and
 * what is allowed. The same words on the page, in the API's 400 body and in the CLI.
 * Framework-free.
 */
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { Issue } from '../scenario';
import { comparedKey, isComparisonKey } from '../scenario/keys';

export interface ErrorEntry {
	key: string;
	value: string;
	message: string;
}

/** `s3` → "Funnel step 3 (s3)"; `pop` → "People in the target group (pop)". */
export function keyName(key: string, locale: Locale): string {
	if (isComparisonKey(key)) {
		const compared = comparedKey(key);
		const name = keyName(compared, locale);
		return t(locale, 'comparison.key', { name: name.replace(` (${compared})`, ''), key });
	}
	const numbered = /^([slkc])([1-8])$/.exec(key);
	const label = numbered
		? t(locale, `input.${numbered[1]}`, { n: numbered[2] ?? '' })
		: t(locale, `input.${key}`);
	return label === `input.${key}` ? key : `${label} (${key})`;
}

/** What the key allows, in words, from the issue's params. */
function allowed(issue: Issue, locale: Locale): string {
	const { params } = issue;
	if (params.min !== undefined && params.max !== undefined) {
		const key = params.minExclusive === 'true' ? 'allowed.range_above' : 'allowed.range';
		return t(locale, key, { min: params.min, max: params.max });
	}
	if (params.allowed !== undefined) return t(locale, 'allowed.list', { allowed: params.allowed });
	if (params.maxLength !== undefined) return t(locale, 'allowed.text', { max: params.maxLength });
	if (params.format !== undefined) return t(locale, 'allowed.claim', { format: params.format });
	if (params.supported !== undefined)
		return t(locale, 'allowed.list', { allowed: params.supported });
	return '';
}

/** One sentence per issue, in the page's locale. */
export function issueMessage(issue: Issue, locale: Locale): string {
	return t(locale, `issue.${issue.code}`, {
		...issue.params,
		key: keyName(issue.key, locale),
		value: issue.value,
		allowed: allowed(issue, locale)
	});
}

export function errorEntries(issues: readonly Issue[], locale: Locale): ErrorEntry[] {
	return issues.map((issue) => ({
		key: issue.key,
		value: issue.value,
		message: issueMessage(issue, locale)
	}));
}
