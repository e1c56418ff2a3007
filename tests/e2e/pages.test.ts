/**
 * The published-claims pages and the method page, over HTTP against the built server: every
 * preset listed and checked in each language, the "Vary this" link, the 404 for an unknown
 * claim, and the method in nb, da and en.
 */
import { describe, expect, inject, it } from 'vitest';
import { PRESETS, type SeedPreset } from '../../src/lib/scenario';
import { RESULT_IDS } from '../../src/lib/model/types';

const base = inject('baseURL');
const LANGS = ['nb', 'da', 'en'] as const;
const SEEDS = PRESETS.filter((preset): preset is SeedPreset => preset.kind === 'seed');

/** The page's HTML without Svelte's hydration comments, and the response. */
async function get(path: string) {
	const response = await fetch(`${base}${path}`, { redirect: 'manual' });
	const html = (await response.text()).replace(/<!--[\s\S]*?-->/g, '');
	return { response, html };
}

/** How SSR writes text: &, < and > escaped. */
function asHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function withLang(path: string, lang: string): string {
	if (lang === 'nb') return path;
	return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** A link as path and query: SvelteKit writes relative hrefs (`../?…`), so resolve them. */
function resolved(href: string, pagePath: string): string {
	const url = new URL(href.replace(/&amp;/g, '&'), `${base}${pagePath}`);
	return url.pathname + url.search;
}

/** Every link of the page, resolved. */
function links(html: string, pagePath: string): string[] {
	return [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) =>
		resolved(match[1] ?? '', pagePath)
	);
}

/** The "Vary this" link, resolved. */
function varyHref(html: string, pagePath: string): string | undefined {
	const href = /<a class="vary[^"]*" href="([^"]*)"/.exec(html)?.[1];
	return href === undefined ? undefined : resolved(href, pagePath);
}

describe('/claims', () => {
	it.each(LANGS)('lists every seed preset in %s, cacheable', async (lang) => {
		const { response, html } = await get(withLang('/claims', lang));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
		expect(html).toContain(`<html lang="${lang}" data-theme="auto">`);
		for (const seed of SEEDS) {
			expect(html).toContain(asHtml(seed.title));
			expect(html).toContain(asHtml(seed.quote));
		}
	});

	it('gives each claim of the first seed its verdict in one line', async () => {
		const { html } = await get('/claims');
		const card = html.slice(html.indexOf('data-slug="utenfor-arbeid-150000"'));
		expect(card).toMatch(/data-claim="c1"[^>]*>[^<]*<code>c1<\/code>[^]*?<strong>holder<\/strong>/);
		expect(card).toMatch(/data-claim="c3"[^>]*>[^]*?<strong>holder ikke<\/strong>/);
	});

	it('links each title to its page, keeping the language', async () => {
		const { html } = await get('/claims?lang=da');
		const hrefs = links(html, '/claims?lang=da');
		for (const seed of SEEDS) expect(hrefs).toContain(`/claims/${seed.slug}?lang=da`);
	});
});

describe('/claims/[slug]', () => {
	const cases = SEEDS.flatMap((seed) => LANGS.map((lang) => [seed.slug, lang, seed] as const));

	it.each(cases)(
		'%s in %s: the quote and a "Vary this" link to the scenario',
		async (slug, lang, seed) => {
			const path = withLang(`/claims/${slug}`, lang);
			const { response, html } = await get(path);
			expect(response.status).toBe(200);
			expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
			expect(html).toMatch(/<blockquote class="quote[^"]*" lang="nb">/);
			expect(html).toContain(asHtml(seed.quote));
			// the scenario, canonical, in the page's language, titled as the page (so a link shared
			// from the calculator, and its citation, name it)
			const title = encodeURIComponent(seed.title);
			const [keys, claims] = seed.query.split(/&(?=c1=)/);
			const scenario = claims === undefined ? keys!.replace('&v=3', '') : keys;
			const rest = claims === undefined ? '' : `&${claims.replace('&v=3', '')}`;
			const suffix = `${lang === 'nb' ? '' : `&lang=${lang}`}&v=3`;
			expect(varyHref(html, path)).toBe(`/?${scenario}&title=${title}${rest}${suffix}`);
		}
	);

	it.each([
		['nb', ['holder', 'holder', 'holder ikke']],
		['da', ['holder', 'holder', 'holder ikke']],
		['en', ['holds', 'holds', 'does not hold']]
	] as const)('seed 000 in %s: c1 and c2 hold, c3 does not', async (lang, verdicts) => {
		const { html } = await get(withLang('/claims/utenfor-arbeid-150000', lang));
		verdicts.forEach((verdict, index) => {
			const claim = html.slice(html.indexOf(`data-claim="c${index + 1}"`));
			expect(/<strong>([^<]*)<\/strong>/.exec(claim)?.[1]).toBe(verdict);
		});
	});

	it('seed 000: "over 4 milliarder" holds only with health above 16 666,67 kr', async () => {
		const { html } = await get('/claims/utenfor-arbeid-150000');
		const c3 = html.slice(html.indexOf('data-claim="c3"'));
		expect(c3).toContain('<strong>holder ikke</strong>');
		expect(c3).toContain(
			'holder hvis Sparte helseutgifter per personår (health) er over 16\u00a0666,67\u00a0kr, med de andre tallene uendret'
		);
	});

	it('the seeds without claims say so and give what the funnel multiplies out to', async () => {
		// 5 550 203 × 0.15 × 0.35 × 0.6 = 174 831.3945 → 174 831 people: whole, as a count is
		const { html } = await get('/claims/angst-behandlingsresistent');
		expect(html).toContain('Trakten, ganget ut, gir 174\u00a0831 personer.');
	});

	it('shows the context notes with their language and the reference values with source', async () => {
		const { html } = await get('/claims/angst-behandlingsresistent?lang=en');
		expect(html).toMatch(
			/<blockquote lang="en"[^>]*><p[^>]*>only about 60% of patients respond to those treatments to any significant degree<\/p><\/blockquote>/
		);
		// the source in the page's language, the document title as SSB wrote it
		expect(html).toContain(
			'SSB (Statistics Norway), «Befolkning» (ssb.no, updated 22\u00a0May 2024)'
		);
		expect(html).toContain('Population of Norway, 1\u00a0January 2024');
		expect(html).toContain('5,550,203');
	});

	it('writes the notes in its own words in the page’s language, a quote as published', async () => {
		const text = (html: string) => html.replace(/<[^>]+>/g, '');
		const en = (await get('/claims/utenfor-arbeid-150000?lang=en')).html;
		expect(text(en)).toContain(
			'The article gives neither a source nor a calculation for «over 4 milliarder» (over 4 billion).'
		);
		expect(en).toMatch(/<cite[^>]*>The article itself<\/cite>/);
		const da = (await get('/claims/ptsd-infusjon?lang=da')).html;
		expect(text(da)).toContain(
			'Et studie med 158 amerikanske veteraner (2022) fandt ingen signifikant effekt.'
		);
		expect(da).toMatch(/<blockquote lang="en"[^>]*><p[^>]*>lifetime prevalence in the U\.S\./);
	});

	it('offers the anxiety seed a scenario B with the deadweight its source gives', async () => {
		const text = (html: string) => html.replace(/<[^>]+>/g, '');
		const { html } = await get('/claims/angst-behandlingsresistent?lang=da');
		expect(text(html)).toContain(
			'de tal, B tager fra kilderne nedenfor eller regner ud fra dem, hvor artiklen angiver et andet tal eller intet: Dødvægt (dead) 62\u00a0% (Motta et al., BMJ Mental Health 2023).'
		);
		expect(text(html)).toContain('37\u00a0÷\u00a060\u00a0≈\u00a062\u00a0% dødvægt.');
		const link = /<a[^>]*href="([^"]*)"[^>]*>Se det med ærlige justeringer/.exec(html);
		expect(link?.[1]).toMatch(/&amp;b_dead=0\.62&amp;lang=da&amp;v=3$/);
	});

	it('marks a computed reference value as computed', async () => {
		const { response, html } = await get('/claims/norway-reference?lang=en');
		expect(response.status).toBe(200);
		expect(html).toContain('computed from sourced figures');
		expect(html).toContain(
			'Finansdepartementet (Norwegian Ministry of Finance), circular R-109/21 (guidance from DFØ)'
		);
	});

	it.each([
		['nb', 'Ingen publisert påstand heter «finnes-ikke».', 'Feil 404'],
		['da', 'Ingen offentliggjort påstand hedder »finnes-ikke«.', 'Fejl 404'],
		['en', 'No published claim is called “finnes-ikke”.', 'Error 404']
	] as const)('an unknown slug is a 404 that says so in %s', async (lang, message, heading) => {
		const { response, html } = await get(withLang('/claims/finnes-ikke', lang));
		expect(response.status).toBe(404);
		expect(html).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
		expect(html).toContain(message);
		expect(html).toContain(`<html lang="${lang}" data-theme="auto">`);
	});

	it('shows markup in an unknown slug as text', async () => {
		const { response, html } = await get('/claims/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
		expect(response.status).toBe(404);
		expect(html).not.toContain('<script>alert(1)');
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
	});
});

describe('an unknown page', () => {
	it('is a 404 worded in the page language', async () => {
		const { response, html } = await get('/finnes-ikke?lang=da');
		expect(response.status).toBe(404);
		expect(html).toContain('Der findes ingen side på denne adresse.');
	});
});

describe('/method', () => {
	it.each([
		['nb', 'dødvekt'],
		['da', 'dødvægt'],
		['en', 'deadweight']
	] as const)('explains every result in %s', async (lang, deadweight) => {
		const { response, html } = await get(withLang('/method', lang));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
		expect(html).toContain(`<html lang="${lang}" data-theme="auto">`);
		for (const id of RESULT_IDS) expect(html, id).toContain(`<code>${id}</code>`);
		expect(html.toLowerCase()).toContain(deadweight);
	});

	it('links its table of contents to its sections', async () => {
		const { html } = await get('/method?lang=en');
		for (const id of ['formulas', 'adjustments', 'perspectives', 'sources', 'limits']) {
			expect(html).toContain(`href="#${id}"`);
			expect(html).toContain(`id="${id}"`);
		}
	});
});

describe('pages with nothing to act on', () => {
	it('ship no JavaScript: /method, /claims and each claim page are HTML and CSS alone', async () => {
		for (const path of ['/method', '/claims', `/claims/${SEEDS[0]!.slug}`, '/method?lang=en']) {
			const { response, html } = await get(path);
			expect(response.status, path).toBe(200);
			expect(html, path).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
			expect(html, path).not.toContain('modulepreload');
			expect(response.headers.get('link') ?? '', path).not.toContain('modulepreload');
		}
	});

	it('while the calculator, which has fields to act on, does', async () => {
		const { response, html } = await get('/?pop=150000&s1=0.1&ben=250000&v=2');
		expect(response.status).toBe(200);
		expect(html).toMatch(/<script(?![^>]*application\/ld\+json)/);
	});
});
