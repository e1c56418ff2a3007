/**
 * The oEmbed 1.0 answer (https://oembed.com, type `rich`) for an Overslag scenario: what a CMS
 * needs to put a pasted link's calculator in its page by itself, an iframe of `/embed` and the
 * scenario's social card as thumbnail; and which URLs are scenarios of this server.
 * Framework-free: no Svelte, no DOM, no Node APIs.
 *
 * The `html` is markup another site inserts as it is, so every value in it is escaped here and
 * it holds no script: the iframe is the whole embed.
 */
import { t } from '../i18n';
import { decode, encode } from '../scenario/codec';
import { escapeAttribute } from './snippet';

/** The embed's size when the consumer sets no bounds, in CSS pixels. */
export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 480;

/** The social card's size (`/og.png`), in pixels. */
export const THUMBNAIL_WIDTH = 1200;
export const THUMBNAIL_HEIGHT = 630;

/** How long a consumer may keep the answer, in seconds: it is a pure function of the URL. */
export const CACHE_AGE = 86400;

export interface OembedSource {
	/** This server's origin, without a trailing slash (`https://overslag.no`). */
	origin: string;
	/** The scenario's canonical query, without `?` (`encode` of `$lib/scenario`). */
	canonical: string;
	/** The embed's title: the scenario's own, or the app's tagline in the scenario's language. */
	title: string;
	/** The consumer's largest width, in CSS pixels: a positive integer, or absent. */
	maxwidth?: number;
	/** The consumer's largest height, in CSS pixels: a positive integer, or absent. */
	maxheight?: number;
}

/** The oEmbed 1.0 `rich` response, as JSON. Sizes are in CSS pixels, `cache_age` in seconds. */
export interface OembedResponse {
	version: '1.0';
	type: 'rich';
	provider_name: 'Overslag';
	provider_url: string;
	title: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	cache_age: number;
}

/**
 * A `maxwidth` or `maxheight` query value as a positive whole number of CSS pixels, or
 * `undefined` for anything else (absent, empty, negative, fractional, words): the oEmbed
 * specification gives no error for a bad bound, so a consumer's garbage is ignored, not refused.
 */
export function parseDimension(value: string | null): number | undefined {
	if (value === null || !/^[0-9]+$/.test(value)) return undefined;
	const pixels = Number(value);
	return pixels > 0 ? pixels : undefined;
}

/** The oEmbed answer for one scenario: an iframe of `/embed` at most `maxwidth` × `maxheight`. */
export function oembedResponse(source: OembedSource): OembedResponse {
	const { origin, canonical, title } = source;
	const width = Math.min(DEFAULT_WIDTH, source.maxwidth ?? DEFAULT_WIDTH);
	const height = Math.min(DEFAULT_HEIGHT, source.maxheight ?? DEFAULT_HEIGHT);
	const attributes: [string, string][] = [
		['src', `${origin}/embed?${canonical}`],
		['title', title],
		['width', String(width)],
		['height', String(height)],
		['loading', 'lazy'],
		['frameborder', '0'],
		['style', 'border:0;max-width:100%']
	];
	const written = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
	return {
		version: '1.0',
		type: 'rich',
		provider_name: 'Overslag',
		provider_url: `${origin}/`,
		title,
		html: `<iframe ${written.join(' ')}></iframe>`,
		width,
		height,
		thumbnail_url: `${origin}/og.png?${canonical}`,
		thumbnail_width: THUMBNAIL_WIDTH,
		thumbnail_height: THUMBNAIL_HEIGHT,
		cache_age: CACHE_AGE
	};
}

/** What `/oembed` answers: a status and its JSON body. */
export type OembedAnswer =
	{ status: 200; body: OembedResponse } | { status: 404 | 501; body: { error: string } };

/** The pages whose URL is a scenario: the calculator and its embed. */
const SCENARIO_PATHS = ['/', '/embed'];

/**
 * The answer to `/oembed?url=…&maxwidth=…&maxheight=…&format=…` on the server at `origin`.
 * Only JSON is served (anything else in `format` is 501, as oEmbed says); a `url` that is not a
 * valid scenario of this very origin on `/` or `/embed` is 404 (oEmbed's answer for a URL the
 * provider has nothing for). A scenario page's own keys (`view`, `theme` …) are no scenario keys
 * and are left out: the embed shows the scenario as its author left it.
 */
export function oembedAnswer(params: URLSearchParams, origin: string): OembedAnswer {
	const format = params.get('format');
	if (format !== null && format !== 'json') {
		return { status: 501, body: { error: 'Only format=json is implemented.' } };
	}
	const notFound = (error: string): OembedAnswer => ({ status: 404, body: { error } });
	const given = params.get('url');
	if (given === null || given === '') return notFound('No url given.');
	let url: URL;
	try {
		url = new URL(given);
	} catch {
		return notFound('The url is not an absolute URL.');
	}
	if (url.origin !== origin) return notFound(`The url is not on ${origin}.`);
	if (!SCENARIO_PATHS.includes(url.pathname)) {
		return notFound('The url is not a scenario page (/ or /embed).');
	}
	const decoded = decode(url.search.slice(1));
	if (decoded.input === null) return notFound('The url holds no valid scenario.');
	const { input, lang } = decoded;
	return {
		status: 200,
		body: oembedResponse({
			origin,
			canonical: encode(input, { lang }),
			// The tagline stands in for a missing or blank title: an iframe needs a name.
			title: input.title?.trim() ? input.title : t(lang, 'app_tagline'),
			maxwidth: parseDimension(params.get('maxwidth')),
			maxheight: parseDimension(params.get('maxheight'))
		})
	};
}
