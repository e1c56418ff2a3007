// `t` on Paraglide JS: the wording comes from the compiled message functions in
// src/lib/paraglide (compiled by the Vite plugin when vitest starts), and the compiler is set up
// so the locale never comes from a cookie, a header or storage (DESIGN §4: the URL key `lang`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/format';
import { t } from '../../../src/lib/i18n';
import { messageKeys } from './catalogues';
import * as compiled from '../../../src/lib/paraglide/messages.js';
import * as runtime from '../../../src/lib/paraglide/runtime.js';
import da from '../../../messages/da.json';
import en from '../../../messages/en.json';
import nb from '../../../messages/nb.json';

const catalogues: Record<string, Record<string, string>> = { nb, da, en };

function projectFile(path: string): string {
	return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}

describe('t calls the compiled Paraglide messages', () => {
	// messages/<locale>.json, "issue.duplicate", filled by hand with key = pop, count = 2:
	//   nb "{key} er oppgitt {count} ganger; oppgi den én gang."
	//   da "{key} er angivet {count} gange; angiv den én gang."
	//   en "{key} is given {count} times; give it once."
	it.each([
		['nb', 'pop er oppgitt 2 ganger; oppgi den én gang.'],
		['da', 'pop er angivet 2 gange; angiv den én gang.'],
		['en', 'pop is given 2 times; give it once.']
	] as const)('%s: issue.duplicate with {key} and {count}', (locale, expected) => {
		expect(compiled['issue.duplicate']({ key: 'pop', count: 2 }, { locale })).toBe(expected);
		expect(t(locale, 'issue.duplicate', { key: 'pop', count: 2 })).toBe(expected);
	});

	it('keeps a placeholder that has no parameter as written', () => {
		// en "issue.duplicate" with only count = 3: "{key} is given 3 times; give it once."
		expect(t('en', 'issue.duplicate', { count: 3 })).toBe('{key} is given 3 times; give it once.');
	});

	it('returns the key itself for a key no catalogue has', () => {
		expect(t('da', 'no.such_key', { key: 'pop' })).toBe('no.such_key');
	});

	it.each(LOCALES)('%s: every message compiles to its catalogue text, word for word', (locale) => {
		// With no parameters every placeholder reads back as `{name}`, so the compiled message
		// equals the JSON text exactly (no escaping, trimming or reformatting on the way).
		for (const key of messageKeys(locale)) {
			expect(t(locale, key), `${locale}:${key}`).toBe(catalogues[locale]?.[key]);
		}
	});
});

describe('Paraglide configuration', () => {
	it('compiles with the baseLocale strategy alone: no cookie, header or storage', () => {
		expect(runtime.strategy).toEqual(['baseLocale']);
		expect(runtime.baseLocale).toBe('nb');
		expect(runtime.locales).toEqual(['nb', 'da', 'en']);
	});

	it('configures baseLocale alone in both the Vite plugin and the CLI compile', () => {
		const viteStrategies = [...projectFile('vite.config.ts').matchAll(/strategy:\s*\[([^\]]*)\]/g)];
		expect(viteStrategies.map((match) => match[1]?.trim())).toEqual(["'baseLocale'"]);
		const scripts: Record<string, string> = JSON.parse(projectFile('package.json')).scripts;
		expect(scripts.i18n).toBe('bash scripts/i18n.sh');
		expect(projectFile('scripts/i18n.sh')).toMatch(/\s--strategy baseLocale\s/);
	});

	it('reads messages/<locale>.json with nb as the base locale', () => {
		const settings = JSON.parse(projectFile('project.inlang/settings.json'));
		expect(settings.baseLocale).toBe('nb');
		expect(settings.locales).toEqual(['nb', 'da', 'en']);
		expect(settings['plugin.inlang.messageFormat'].pathPattern).toBe('./messages/{locale}.json');
	});
});
