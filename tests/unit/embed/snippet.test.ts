import { describe, expect, it } from 'vitest';
import { embedOptions } from '../../../src/lib/embed/options';
import {
	embedSnippet,
	embedUrl,
	iframeSnippet,
	type SnippetOptions
} from '../../../src/lib/embed/snippet';

const OPTIONS: SnippetOptions = {
	origin: 'https://overslag.example',
	query: 'pop=150000&s1=0.1&ben=250000&v=2',
	view: 'calculator',
	theme: 'auto',
	lock: [],
	lang: 'nb',
	title: 'Seed'
};

describe('embedUrl', () => {
	it('is the scenario with the embed’s keys that differ from their defaults', () => {
		expect(embedUrl(OPTIONS)).toBe(
			'https://overslag.example/embed?pop=150000&s1=0.1&ben=250000&v=2'
		);
		expect(embedUrl({ ...OPTIONS, view: 'headline', theme: 'dark', lock: ['pop', 's1'] })).toBe(
			'https://overslag.example/embed?pop=150000&s1=0.1&ben=250000&v=2&view=headline&theme=dark&lock=pop,s1'
		);
	});

	it('puts the chosen language before v, replacing the scenario’s own', () => {
		const danish = { ...OPTIONS, query: 'pop=1&lang=en&v=2', lang: 'da' as const };
		expect(embedUrl(danish)).toBe('https://overslag.example/embed?pop=1&lang=da&v=2');
		expect(embedUrl({ ...danish, lang: 'nb' })).toBe('https://overslag.example/embed?pop=1&v=2');
	});
});

describe('the snippets', () => {
	it('an iframe with a title, lazy, the full width and a first height, and the listener', () => {
		expect(embedSnippet(OPTIONS)).toBe(
			'<iframe src="https://overslag.example/embed?pop=150000&amp;s1=0.1&amp;ben=250000&amp;v=2" title="Seed" loading="lazy" width="100%" height="1600" style="border:0;width:100%"></iframe>\n' +
				'<script src="https://overslag.example/embed.js" async></script>'
		);
	});

	it('the iframe alone, for a page that takes no scripts; a title is only text', () => {
		const snippet = iframeSnippet({ ...OPTIONS, view: 'headline', title: '"><script>x</script>' });
		expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
		expect(snippet).toContain('height="640"');
		expect(snippet).not.toContain('<script');
	});
});

describe('embedOptions', () => {
	it('takes the defaults when nothing is given', () => {
		expect(embedOptions(new URLSearchParams(''))).toStrictEqual({
			view: 'calculator',
			theme: 'auto',
			lock: [],
			issues: []
		});
	});

	it('reads view, theme, lock and the resizer ids', () => {
		const options = embedOptions(
			new URLSearchParams('view=trail&theme=light&lock=pop,s1,title&id=a&childId=b')
		);
		expect(options).toStrictEqual({
			view: 'trail',
			theme: 'light',
			lock: ['pop', 's1', 'title'],
			issues: [],
			id: 'a',
			childId: 'b'
		});
	});

	it('names each bad value, and does not lock what is not an input', () => {
		const options = embedOptions(new URLSearchParams('view=wide&theme=pink&lock=pop,nope,lang'));
		expect(options.issues).toStrictEqual([
			{ key: 'view', value: 'wide', allowed: 'calculator, headline, trail' },
			{ key: 'theme', value: 'pink', allowed: 'auto, light, dark' },
			{ key: 'lock', value: 'nope', allowed: 'pop, s1 … s8, ben, … (input keys)' },
			{ key: 'lock', value: 'lang', allowed: 'pop, s1 … s8, ben, … (input keys)' }
		]);
		expect(options.lock).toStrictEqual(['pop']);
	});
});
