/**
 * The code a newsroom pastes to embed a scenario (docs/embed.md): an iframe of `/embed` with a
 * title, lazy loading, the full width and a starting height, and — unless the host page allows
 * no scripts — Overslag's small listener (`/embed.js`) that sizes the frame to its content.
 * Framework-free; every attribute value is escaped, a title is text.
 */
import type { Locale } from '../format/locale';
import { localQuery } from '../scenario/local-href';
import type { EmbedTheme, EmbedView } from './options';

export interface SnippetOptions {
	/** The server's origin, `https://overslag.example`. */
	origin: string;
	/** The canonical scenario query (ending in its `v`). */
	query: string;
	view: EmbedView;
	theme: EmbedTheme;
	/** Input keys shown but not editable. */
	lock: readonly string[];
	lang: Locale;
	/** The frame's accessible name. */
	title: string;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	"'": '&#39;',
	'<': '&lt;',
	'>': '&gt;'
};

/**
 * `value` safe inside a quoted HTML attribute, whichever quote the consumer's tooling rewrites
 * it to: `&`, `"`, `'`, `<` and `>` become character references.
 */
export function escapeAttribute(value: string): string {
	return value.replace(/[&"'<>]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? character);
}

/** A first height before the listener sizes the frame: about what each view needs. */
const START_HEIGHT: Record<EmbedView, number> = { headline: 640, calculator: 1600, trail: 1200 };

/**
 * The embed's address: the scenario in `lang` (its own `lang` replaced, before `v`) and the
 * view, theme and locks that differ from the defaults.
 */
export function embedUrl(options: SnippetOptions): string {
	const local = localQuery(options.query, options.lang);
	const pairs = local === '' ? [] : [local];
	if (options.view !== 'calculator') pairs.push(`view=${options.view}`);
	if (options.theme !== 'auto') pairs.push(`theme=${options.theme}`);
	if (options.lock.length > 0) pairs.push(`lock=${options.lock.join(',')}`);
	return `${options.origin}/embed?${pairs.join('&')}`;
}

/** The iframe alone: for a host page that takes no scripts (it keeps its starting height). */
export function iframeSnippet(options: SnippetOptions): string {
	const attributes = [
		`src="${escapeAttribute(embedUrl(options))}"`,
		`title="${escapeAttribute(options.title)}"`,
		'loading="lazy"',
		'width="100%"',
		`height="${START_HEIGHT[options.view]}"`,
		'style="border:0;width:100%"'
	];
	return `<iframe ${attributes.join(' ')}></iframe>`;
}

/** The iframe and the listener that sizes it to its content. */
export function embedSnippet(options: SnippetOptions): string {
	const script = `<script src="${escapeAttribute(`${options.origin}/embed.js`)}" async></script>`;
	return `${iframeSnippet(options)}\n${script}`;
}
