/**
 * The embed's own query keys (DESIGN.md §5): which view, which colour theme, which inputs are
 * fixed, and the ids a host page's resizer gives it. Each bad value is an issue naming the key
 * and what is allowed, never a silent default. Framework-free.
 */
import { isUrlKey, type UrlKey } from '../scenario/keys';
import { RULES } from '../scenario/rules';

export const EMBED_VIEWS = ['calculator', 'headline', 'trail'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/**
 * Query keys of the embed page that are not scenario keys: `view`, `theme`, `lock`, and `id`
 * and `childId`, which a host's resizer uses to tell its frames apart (`childId` is Pym.js's).
 */
export const EMBED_KEYS = ['view', 'theme', 'lock', 'id', 'childId'] as const;

export interface EmbedOptions {
	view: EmbedView;
	theme: EmbedTheme;
	/** Inputs shown but not editable, as URL keys. */
	lock: UrlKey[];
	/** The host resizer's ids, kept as given (`childId` is Pym.js's). */
	id?: string;
	childId?: string;
	/** Bad values, each with the key, the value and what is allowed (`allowed` is a list). */
	issues: { key: string; value: string; allowed: string }[];
}

/** Whether `key` names an input a reader could change (numbers and text, not `lang` or `v`). */
function lockable(key: string): key is UrlKey {
	if (!isUrlKey(key) || key === 'lang' || key === 'v') return false;
	const kind = RULES[key].kind;
	return kind === 'decimal' || kind === 'whole' || kind === 'text' || kind === 'choice';
}

/** The embed's options from its query parameters; a bad value is an issue and the default. */
export function embedOptions(params: URLSearchParams): EmbedOptions {
	const issues: EmbedOptions['issues'] = [];
	const choose = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
		const value = params.get(key);
		if (value === null) return fallback;
		const found = allowed.find((choice) => choice === value);
		if (found === undefined) issues.push({ key, value, allowed: allowed.join(', ') });
		return found ?? fallback;
	};
	const view = choose('view', EMBED_VIEWS, 'calculator');
	const theme = choose('theme', EMBED_THEMES, 'auto');
	const lock: UrlKey[] = [];
	for (const key of (params.get('lock') ?? '').split(',')) {
		if (key === '') continue;
		if (lockable(key)) lock.push(key);
		else issues.push({ key: 'lock', value: key, allowed: 'pop, s1 … s8, ben, … (input keys)' });
	}
	const ids = Object.fromEntries(
		(['id', 'childId'] as const).flatMap((key) => {
			const value = params.get(key);
			return value === null ? [] : [[key, value]];
		})
	);
	return { view, theme, lock, issues, ...ids };
}
