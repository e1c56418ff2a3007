/**
 * V8 compiles a function the first time it is called, on the main thread. Most of the browser's
 * code runs for the first time while the page hydrates, so about half of hydration was spent
 * compiling (Chromium trace: `V8.CompileCode` 62 of a 122 ms task). A file that starts with the
 * magic comment `//# allFunctionsCalledOnLoad` is compiled whole while it streams in, on a
 * background thread (Chrome 136+; https://v8.dev/blog/explicit-compile-hints; other browsers
 * ignore the comment).
 *
 * V8 asks for the hint to be used sparingly, so it marks only code that runs as soon as it
 * arrives: every chunk a page starts with (the kit's entries, the route nodes and what they
 * import), the messages of a language, and the engine, which computes as soon as it loads. The
 * charts' chunk, most of which a page never calls, is left to compile lazily.
 */

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * What the hint needs to know of an output chunk: its file name, the chunks it imports
 * statically (by file name), and the module a dynamic import of it names, if any.
 * @typedef {{ fileName: string, imports: readonly string[], facadeModuleId: string | null }} ChunkInfo
 */

/** Chunks a page starts with: the kit's entries and the route nodes. */
const START_UP = /(^|\/)(entry|nodes)\/[^/]+\.js$/;
/** Modules loaded on their own that run in full as soon as they arrive. */
const RUN_ON_ARRIVAL = [
	/\/src\/lib\/paraglide\/messages\/[a-z]+\.js$/,
	/\/src\/lib\/state\/engine\.ts$/
];

/**
 * The file names of the chunks to mark: the start-up chunks and the eager modules, with their
 * static imports.
 * @param {readonly ChunkInfo[]} chunks
 * @returns {Set<string>}
 */
export function eagerChunks(chunks) {
	const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	/** @type {Set<string>} */
	const eager = new Set();
	/** @param {string} fileName */
	const visit = (fileName) => {
		if (eager.has(fileName)) return;
		eager.add(fileName);
		for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
	};
	for (const chunk of chunks) {
		const facade = chunk.facadeModuleId ?? '';
		if (START_UP.test(chunk.fileName) || RUN_ON_ARRIVAL.some((pattern) => pattern.test(facade))) {
			visit(chunk.fileName);
		}
	}
	return eager;
}

/**
 * Vite plugin: adds the compile hint to the browser's eager chunks.
 * @returns {import('vite').Plugin}
 */
export function compileHints() {
	return {
		name: 'overslag:compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			// After Vite's own additions to a chunk (its dependency map), so the hint comes first.
			order: 'post',
			handler(_options, bundle) {
				const chunks = Object.values(bundle).flatMap((output) =>
					output.type === 'chunk' ? [output] : []
				);
				for (const fileName of eagerChunks(chunks)) {
					const chunk = bundle[fileName];
					if (chunk?.type === 'chunk') chunk.code = COMPILE_HINT + chunk.code;
				}
			}
		}
	};
}
