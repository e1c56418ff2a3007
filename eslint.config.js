import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Folders that must stay framework-free (DESIGN §1, STYLE "Layout"). */
const pureFolders = [
	'src/lib/model/**',
	'src/lib/scenario/**',
	'src/lib/format/**',
	'src/lib/claims/**',
	'src/lib/report/**',
	'src/lib/i18n/**'
];

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
	{
		files: pureFolders,
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'Pure layers import no Svelte.' },
						{ group: ['$app/*', '@sveltejs/*'], message: 'Pure layers import no SvelteKit.' },
						{
							group: ['*.svelte', '$lib/components/*'],
							message: 'Pure layers import no components.'
						},
						{ group: ['chart.js', 'chart.js/*'], message: 'Pure layers import no chart.js.' },
						{
							group: ['node:*', 'fs', 'path', 'process'],
							message: 'Pure layers import no Node APIs.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'process', 'console']
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
