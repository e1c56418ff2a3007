// `t` on Paraglide JS: the wording comes from the compiled message functions in
// src/lib/paraglide (compiled by the Vite plugin when vitest starts), one module per locale so a
// browser page loads only its own language, and the compiler is set up so the locale never comes
// from a cookie, a header or storage (DESIGN §4: the URL key `lang`).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../../src/lib/format';
import { messageFunctionName, t } from '../../../src/lib/i18n';
import { messageKeys } from './catalogues';
import * as compiledDa from '../../../src/lib/paraglide/messages/da.js';
import * as compiledEn from '../../../src/lib/paraglide/messages/en.js';
import * as compiledNb from '../../../src/lib/paraglide/messages/nb.js';
import * as runtime from '../../../src/lib/paraglide/runtime.js';
import da from '../../../messages/da.json';
import en from '../../../messages/en.json';
import nb from '../../../messages/nb.json';

const catalogues: Record<string, Record<string, string>> = { nb, da, en };
const compiled: Record<string, Record<string, unknown>> = {
	nb: compiledNb,
	da: compiledDa,
	en: compiledEn
};
type Message = (inputs: Record<string, unknown>) => string;

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
		const message = compiled[locale]?.['issue_duplicate'] as Message;
		expect(message({ key: 'pop', count: 2 })).toBe(expected);
		expect(t(locale, 'issue.duplicate', { key: 'pop', count: 2 })).toBe(expected);
	});

	it('keeps a placeholder that has no parameter as written', () => {
		// en "issue.duplicate" with only count = 3: "{key} is given 3 times; give it once."
		expect(t('en', 'issue.duplicate', { count: 3 })).toBe('{key} is given 3 times; give it once.');
	});

	it('returns the key itself for a key no catalogue has', () => {
		expect(t('da', 'no.such_key', { key: 'pop' })).toBe('no.such_key');
	});

	it.each(LOCALES)('%s: every key has a compiled function of its own', (locale) => {
		const keys = messageKeys(locale);
		const names = keys.map(messageFunctionName);
		expect(new Set(names).size).toBe(keys.length);
		const missing = names.filter((name) => typeof compiled[locale]?.[name] !== 'function');
		expect(missing).toEqual([]);
	});

	it('refuses to word anything in a language whose messages were never loaded', async () => {
		vi.resetModules();
		const fresh = await import('../../../src/lib/i18n');
		expect(() => fresh.t('da', 'app_name')).toThrow('the da messages are not loaded');
		await fresh.loadMessages('da');
		// messages/da.json "app_name": "Overslag"
		expect(fresh.t('da', 'app_name')).toBe('Overslag');
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

	it('compiles one module per locale in both the Vite plugin and the CLI compile', () => {
		expect(projectFile('vite.config.ts')).toMatch(/outputStructure: 'locale-modules'/);
		expect(projectFile('scripts/i18n.sh')).toMatch(/\s--output-structure locale-modules\s/);
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
