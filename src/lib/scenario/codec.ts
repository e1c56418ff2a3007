/**
 * The URL codec: a scenario to its canonical query string and back. Framework-free: no Svelte,
 * no DOM, no Node APIs.
 *
 * Canonical form: keys in `SCENARIO_KEYS` order, keys equal to their default omitted, decimals
 * canonical (`0.1`, `150000`), text percent-encoded with `encodeURIComponent` (a space is `%20`),
 * then `lang` when it is not nb, then `v` last. Claims and ranges keep their `:` readable
 * (`c1=benefit_saving:approx:3750000000:3`, `s1=0.1:0.05:0.15`, always written in full, even
 * when BASE is the default): `:` is allowed in a query by RFC 3986 and none of their parts can
 * contain `&`, `=`, `+`, `%` or `:`.
 */
import { D, toCanonical } from '../model/decimal';
import type { InputKey } from '../model/parameters';
import { CLAIM_KEYS, type Claim, type ClaimKey } from '../claims/types';
import { SIGNED_DECIMAL_PATTERN } from './fields';
import { onePerKey, type Issue } from './issues';
import {
	DEFAULT_LOCALE,
	LOCALES,
	SCENARIO_KEYS,
	URL_KEYS,
	type Locale,
	type ScenarioKey
} from './keys';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { MAX_QUERY_LENGTH, parseQuery, type ParsedQuery } from './query';
import { RULES } from './rules';
import { DEFAULTS, parseScenario, type Scenario } from './schema';

export interface EncodeOptions {
	/** Page locale; written as `lang` unless it is nb (the default). */
	lang?: Locale;
}

/** The canonical query string of `scenario`, without a leading `?`. Never throws. */
export function encode(scenario: Scenario, options: EncodeOptions = {}): string {
	const pairs: string[] = [];
	for (const key of SCENARIO_KEYS) {
		const value = encodedValue(scenario, key);
		if (value !== undefined) pairs.push(`${key}=${value}`);
	}
	if (options.lang !== undefined && options.lang !== DEFAULT_LOCALE)
		pairs.push(`lang=${options.lang}`);
	pairs.push(`v=${scenario.version}`);
	return pairs.join('&');
}

/**
 * How the link writes numeric input `key` where that is not its plain value: a discount
 * schedule by its name, a range as `BASE:LOW:HIGH` (canonical); otherwise undefined. The API's
 * echo of the inputs writes them the same way.
 */
export function writtenAsLinked(scenario: Scenario, key: ScenarioKey): string | undefined {
	if (key === 'disc' && scenario.schedule !== undefined) return scenario.schedule;
	const range = scenario.ranges?.[key as InputKey];
	if (range === undefined) return undefined;
	const base = String((scenario as unknown as Record<string, unknown>)[key]);
	return [base, range.low, range.high].map(canonicalIfDecimal).join(':');
}

function encodedValue(scenario: Scenario, key: ScenarioKey): string | undefined {
	if (isClaimKey(key)) {
		const claim = scenario.claims.find((c) => c.id === key);
		return claim && encodeClaim(claim);
	}
	const linked = writtenAsLinked(scenario, key);
	if (linked !== undefined) return linked;
	const value = (scenario as unknown as Record<string, unknown>)[key];
	if (value === undefined || value === '') return undefined;
	// Only decimal keys are canonicalised: a label or title that looks like a number is text.
	const written = String(value);
	const text = RULES[key].kind === 'decimal' ? canonicalIfDecimal(written) : written;
	const fallback = (DEFAULTS as Record<string, string | number>)[key];
	if (fallback !== undefined && text === String(fallback)) return undefined;
	return encodeText(text);
}

function isClaimKey(key: string): key is ClaimKey {
	return (CLAIM_KEYS as readonly string[]).includes(key);
}

function encodeClaim(claim: Claim): string {
	const parts = [claim.metric, claim.op, canonicalIfDecimal(claim.value)];
	if (claim.sig !== undefined) parts.push(String(claim.sig));
	return parts.map(encodeText).join(':');
}

/** `0.10` → `0.1`; anything that is not a decimal is left as written. */
function canonicalIfDecimal(text: string): string {
	return SIGNED_DECIMAL_PATTERN.test(text) ? toCanonical(new D(text)) : text;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `encodeURIComponent`, which throws on an unpaired surrogate: those become U+FFFD. */
function encodeText(text: string): string {
	return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

export interface DecodeOptions {
	/** The migrations to run; defaults to `MIGRATIONS` (tests inject their own). */
	migrations?: readonly Migration[];
}

export interface Decoded {
	/** The scenario, or `null` when there is any issue. */
	input: Scenario | null;
	/** One per bad key, in canonical key order (`query` first). */
	issues: Issue[];
	/**
	 * What the user wrote, per URL key (after migrations), so a form can keep showing it next to
	 * its message: decoded where it could be, else as written. Unknown keys are left out.
	 */
	raw: Record<string, string>;
	/** Page locale from `lang`; nb when absent or invalid (an invalid one is also an issue). */
	lang: Locale;
}

/**
 * Decodes a query string (with or without a leading `?`) into a scenario. Never throws, for any
 * string: every problem is an issue naming the key, the value and what is allowed. Unknown keys
 * are ignored; an absent `v` means version 1. Queries over 8000 characters are refused whole
 * (the issue's value is their first 100 characters).
 */
export function decode(query: string, options: DecodeOptions = {}): Decoded {
	if (query.length > MAX_QUERY_LENGTH) {
		const value = Array.from(query.slice(0, 200)).slice(0, 100).join('');
		const params = { max: String(MAX_QUERY_LENGTH), length: String(query.length) };
		return {
			input: null,
			issues: [{ key: 'query', value, code: 'too_long', params }],
			raw: {},
			lang: DEFAULT_LOCALE
		};
	}
	return decodeParsed(parseQuery(query), options);
}

/**
 * `decode` for a query already split into its parameters: a page's query parsed once for all its
 * uses, or a form's fields read from their text. Never throws; unknown keys are ignored.
 */
export function decodeParsed(parsed: ParsedQuery, options: DecodeOptions = {}): Decoded {
	const migrated = runMigrations(parsed.params, options.migrations ?? MIGRATIONS);
	const params = 'params' in migrated ? migrated.params : parsed.params;
	const raw: Record<string, string> = {};
	for (const key of URL_KEYS) {
		const value = params.get(key) ?? parsed.undecodable.get(key);
		if (value !== undefined) raw[key] = value;
	}
	if ('issue' in migrated) {
		return {
			input: null,
			issues: onePerKey([...parsed.issues, migrated.issue]),
			raw,
			lang: DEFAULT_LOCALE
		};
	}
	const blocked = new Set(parsed.issues.map((issue) => issue.key));
	const given: Record<string, string> = {};
	for (const [key, value] of Object.entries(raw)) if (!blocked.has(key)) given[key] = value;
	const result = parseScenario(given);
	const issues = onePerKey([...parsed.issues, ...result.issues]);
	const lang = LOCALES.find((l) => l === given.lang && !issues.some((i) => i.key === 'lang'));
	return {
		input: issues.length === 0 ? result.scenario : null,
		issues,
		raw,
		lang: lang ?? DEFAULT_LOCALE
	};
}
