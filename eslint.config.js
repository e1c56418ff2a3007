import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** What a pure layer may not import (DESIGN §1): it runs alike in the browser, the server and the CLI. */
const purePatterns = [
	{ group: ['svelte', 'svelte/*'], message: 'Pure layers import no Svelte.' },
	{ group: ['$app/*', '@sveltejs/*'], message: 'Pure layers import no SvelteKit.' },
	{ group: ['*.svelte', '$lib/components/*'], message: 'Pure layers import no components.' },
	{ group: ['chart.js', 'chart.js/*'], message: 'Pure layers import no chart.js.' },
	{ group: ['node:*', 'fs', 'path', 'process'], message: 'Pure layers import no Node APIs.' }
];

/**
 * The pure layers, each with the layers it may not import: a layer builds only on those before
 * it (model → format → claims → scenario → uncertainty → report → form; i18n on format). README "Architecture".
 */
const pureLayers = {
	model: ['format', 'claims', 'scenario', 'uncertainty', 'report', 'form', 'i18n'],
	format: ['claims', 'scenario', 'uncertainty', 'report', 'form', 'i18n'],
	claims: ['scenario', 'uncertainty', 'report', 'form', 'i18n'],
	scenario: ['uncertainty', 'report', 'form', 'i18n'],
	uncertainty: ['report', 'form', 'i18n'],
	i18n: ['model', 'claims', 'scenario', 'uncertainty', 'report', 'form'],
	report: ['form'],
	form: []
};

const pureGlobals = ['window', 'document', 'process', 'console'];

/**
 * The formatters a page loads at start: written by hand, they construct no Intl object (its first
 * use costs a phone 40–80 ms of ICU set-up) and carry no decimal library to the browser.
 */
const startUpFormatters = ['src/lib/format/format-number.ts', 'src/lib/format/format-date.ts'];

/** The import patterns layer `name` may not use: the framework's and the later layers'. */
function layerPatterns(name) {
	const later = pureLayers[name];
	if (later.length === 0) return purePatterns;
	const group = later.flatMap((layer) => [`**/${layer}`, `**/${layer}/*`, `$lib/${layer}/*`]);
	return [
		...purePatterns,
		{ group, message: `${name} builds only on the layers before it (README "Architecture").` }
	];
}

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	...Object.keys(pureLayers).map((name) => ({
		files: [`src/lib/${name}/**`],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': ['error', { patterns: layerPatterns(name) }],
			'no-restricted-globals': ['error', ...pureGlobals]
		}
	})),
	{
		files: startUpFormatters,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...layerPatterns('format'),
						{
							group: ['decimal.js', '**/model/decimal'],
							message: 'The start-up formatters work on decimal strings, without decimal.js.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...pureGlobals,
				{ name: 'Intl', message: 'The start-up formatters construct no Intl object.' }
			]
		}
	},
	{
		ignores: [
			'build/',
			'tmp/',
			'bench/out/',
			'.svelte-kit/',
			'node_modules/',
			'tests/corpus/',
			'static/',
			'src/lib/paraglide/'
		]
	}
);
