import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** The output file of SvelteKit's client entry, which imports every route's node on demand. */
const KIT_ENTRY = /(^|\/)entry\/app\.[\w-]+\.js$/;

export default defineConfig({
	plugins: [
		// Compiles messages/*.json into src/lib/paraglide (gitignored) for every build, dev server
		// and test run. The locale is the URL key `lang` only (DESIGN §4) and every caller passes
		// `{ locale }`, so the runtime reads no cookie, header or storage: `baseLocale` alone.
		// The output structure and `isServer` are the CLI's (`npm run i18n`), so both emit the
		// same files and the plugin's compile cache stays valid after a CLI compile; keep the
		// `i18n` script in package.json in step with these options.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['baseLocale'],
			outputStructure: 'locale-modules',
			isServer: "typeof window === 'undefined'"
		}),
		sveltekit()
	],
	// The calculator's simulation worker imports the messages of its language on demand: a
	// module worker can split code, a classic one cannot.
	worker: { format: 'es' },
	build: {
		modulePreload: {
			// SvelteKit preloads a page's modules with a `Link: rel=modulepreload` header. Vite's
			// preload helper cannot see those, so when the kit's entry imports the page's nodes it
			// would add a <link rel=modulepreload> element for every module already on its way and
			// wait for each: about 13 ms of main thread on this machine, in the middle of start-up.
			// The route nodes' static imports fetch their own dependencies; other lazy imports (the
			// engine, the charts) keep Vite's parallel preloading.
			resolveDependencies: (_file, deps, { hostId }) => (KIT_ENTRY.test(hostId) ? [] : deps)
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// The server registers every language's messages at start; so do the tests.
					setupFiles: ['src/lib/i18n/all-locales.ts'],
					environment: 'node',
					// Property tests run hundreds of cases; on two busy cores that can pass 5 s.
					testTimeout: 30_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			}
		]
	}
});
