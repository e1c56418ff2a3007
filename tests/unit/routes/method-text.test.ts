/**
 * The method page's text: one markdown file per language, compiled by mdsvex. Each renders every
 * section in order, in its own language, with the formulas' words from its frontmatter, the
 * reference figures, and no markdown left unrendered.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { RESULT_IDS } from '../../../src/lib/model/types';
import { DENMARK_FACTS, NORWAY_FACTS, type Fact } from '../../../src/lib/scenario/facts';
import da, { metadata as daFrontmatter } from '../../../src/routes/method/content/da.md';
import en, { metadata as enFrontmatter } from '../../../src/routes/method/content/en.md';
import nb, { metadata as nbFrontmatter } from '../../../src/routes/method/content/nb.md';
import { METHOD_SECTIONS } from '../../../src/routes/method/sections';

const TEXTS = [
	['nb', nb, nbFrontmatter],
	['da', da, daFrontmatter],
	['en', en, enFrontmatter]
] as const;

/** The facts the page's data hands the text. */
const facts = { norway: NORWAY_FACTS, denmark: DENMARK_FACTS };

/** The text as the server sends it. */
function html(text: (typeof TEXTS)[number][1]): string {
	const withFacts = text as Component<{ facts: Record<'norway' | 'denmark', readonly Fact[]> }>;
	return render(withFacts, { props: { facts } }).body;
}

describe.each(TEXTS)('the method in %s', (lang, text, frontmatter) => {
	const body = html(text);

	it('is in its own language, with a word for every formula', () => {
		expect(frontmatter.lang).toBe(lang);
		const words = frontmatter.words as Record<string, string>;
		expect(Object.keys(words)).toEqual([...RESULT_IDS]);
		for (const id of RESULT_IDS) expect(body).toContain(`>${words[id]}</p>`);
	});

	it('has every section, in order, each with its anchor', () => {
		const ids = [...body.matchAll(/<section id="([a-z]+)"/g)].map((match) => match[1]);
		expect(ids).toEqual([...METHOD_SECTIONS]);
	});

	it('leaves no markdown unrendered', () => {
		const withoutTags = body.replace(/<[^>]*>/g, '');
		const leftover = /`|\*\*|(^|\s)_\S|^#+ |^- |&nbsp;/m.exec(withoutTags);
		expect(leftover && withoutTags.slice(leftover.index - 80, leftover.index + 40)).toBeNull();
	});
});

describe('the markdown', () => {
	it.each([
		['nb', '<h3>Trakten (<code>s1</code> … <code>s8</code>)</h3>'],
		['nb', 'vises som 10\u00a0% på skjermen.'],
		['nb', '<strong>Offentlige budsjetter</strong> (<code>persp=fiscal</code>, standard)'],
		['nb', 'deles på (1 + <code>disc</code>)<sup><var>t</var> − 1</sup>.'],
		['nb', '<li><code>bcr</code> når <code>pv_cost</code> = 0 (ingen tiltakskostnad);</li>'],
		['da', 'britiske <cite lang="en">Green Book</cite> og'],
		['da', 'Sikkerhed: <em>høj</em> er en officiel kilde'],
		['da', "JSON-API'et"],
		['en', 'calls this <em>persistence</em>.'],
		['en', '<strong>More than one cohort.</strong> One group is helped once'],
		['en', 'the article’s <span lang="nb">«3,75 milliarder»</span>.']
	] as const)('renders %s as HTML: %s', (lang, expected) => {
		const text = TEXTS.find(([candidate]) => candidate === lang)![1];
		expect(html(text)).toContain(expected);
	});

	it.each([
		[
			'nb',
			'<h3>Referansetall</h3>',
			'5\u00a0550\u00a0203 (5\u00a0562\u00a0363 ved utgangen av 1.\u00a0kvartal 2024)'
		],
		['da', '<h3>Referencetal</h3>', '4.550\u00a0kr. om ugen (2023); 4.695\u00a0kr. (2024)'],
		['en', '<h3>Reference figures</h3>', 'NOK\u00a0124,028 / 130,160 / 136,549']
	] as const)('lists the reference figures in %s', (lang, heading, figure) => {
		const body = html(TEXTS.find(([candidate]) => candidate === lang)![1]);
		expect(body).toContain(heading);
		expect(body).toContain(`>${figure}</p>`);
	});
});
