/**
 * What the client build's JavaScript files are made of, for `npm run bench:web`: each output file
 * of `.svelte-kit/output/client` with the source modules inside it, read from the Vite client
 * manifest (which names only entry chunks) and from the build's hidden source maps (which name
 * every module of every chunk, shared chunks too). A module's share of a file is the number of
 * generated characters its mappings cover, so tree-shaken code does not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One JavaScript file of the client build. */
export interface ClientChunk {
	/** Path under the client output folder, as the page requests it without the leading `/`. */
	file: string;
	/** Source of the manifest entry that produced it, if it is an entry or a dynamic entry. */
	entry?: string;
	/** Generated characters by source group (`node_modules/<pkg>`, or a `src/…/` folder). */
	groups: Map<string, number>;
	/** Generated characters by source module, relative to the project root. */
	modules: Map<string, number>;
}

interface ManifestChunk {
	file: string;
	src?: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
}

interface SourceMap {
	sources: (string | null)[];
	sourceRoot?: string;
	mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment of a source map's `mappings` (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
	const values: number[] = [];
	let value = 0;
	let shift = 0;
	for (const char of segment) {
		const digit = BASE64.indexOf(char);
		if (digit < 0) throw new Error(`bad source map segment ${segment}`);
		value += (digit & 31) << shift;
		if (digit & 32) {
			shift += 5;
		} else {
			values.push(value & 1 ? -(value >>> 1) : value >>> 1);
			value = 0;
			shift = 0;
		}
	}
	return values;
}

/** Generated characters of `code` covered by each source of `map` (index-aligned with sources). */
function charactersBySource(map: SourceMap, code: string): number[] {
	const lineLengths = code.split('\n').map((line) => line.length);
	const sizes = map.sources.map(() => 0);
	let source = 0;
	map.mappings.split(';').forEach((line, lineIndex) => {
		let column = 0;
		let start = 0;
		let current = -1;
		for (const segment of line.split(',')) {
			if (!segment) continue;
			const fields = decodeSegment(segment);
			column += fields[0] ?? 0;
			if (current >= 0) sizes[current] = (sizes[current] ?? 0) + column - start;
			start = column;
			if (fields.length >= 4) {
				source += fields[1] ?? 0;
				current = source;
			} else current = -1;
		}
		if (current >= 0)
			sizes[current] = (sizes[current] ?? 0) + (lineLengths[lineIndex] ?? 0) - start;
	});
	return sizes;
}

/** `node_modules/<pkg>` (the innermost one), `src/<folder>/`, or the path itself. */
export function sourceGroup(module: string): string {
	const nodeModules = module.lastIndexOf('node_modules/');
	if (nodeModules >= 0) {
		const [scope, name] = module.slice(nodeModules + 'node_modules/'.length).split('/');
		return `node_modules/${scope?.startsWith('@') ? `${scope}/${name}` : scope}`;
	}
	if (module.startsWith('src/') || module.startsWith('.svelte-kit/')) {
		return module.includes('/') ? module.slice(0, module.lastIndexOf('/') + 1) : module;
	}
	return module;
}

/**
 * Every JavaScript file of the client build in `outDir` (`.svelte-kit/output/client`), keyed by
 * its path there. Throws when the manifest is missing; a file without a source map has no
 * modules (the bench builds with `--sourcemap hidden`, so that means the build changed).
 */
export function readClientChunks(root: string, outDir: string): Map<string, ClientChunk> {
	const manifestPath = join(outDir, '.vite/manifest.json');
	if (!existsSync(manifestPath)) throw new Error(`no Vite client manifest at ${manifestPath}`);
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
	const chunks = new Map<string, ClientChunk>();
	for (const entry of Object.values(manifest)) {
		if (!entry.file.endsWith('.js') || chunks.has(entry.file)) continue;
		const chunk: ClientChunk = {
			file: entry.file,
			entry: entry.isEntry || entry.isDynamicEntry ? entry.src : undefined,
			groups: new Map(),
			modules: new Map()
		};
		chunks.set(entry.file, chunk);
		const codePath = join(outDir, entry.file);
		const mapPath = `${codePath}.map`;
		if (!existsSync(codePath) || !existsSync(mapPath)) continue;
		const map = JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap;
		const sizes = charactersBySource(map, readFileSync(codePath, 'utf8'));
		map.sources.forEach((source, index) => {
			const size = sizes[index] ?? 0;
			if (!source || size === 0) return;
			const absolute = resolve(dirname(mapPath), map.sourceRoot ?? '', source);
			const module = absolute.startsWith(root) ? relative(root, absolute) : source;
			chunk.modules.set(module, (chunk.modules.get(module) ?? 0) + size);
			const group = sourceGroup(module);
			chunk.groups.set(group, (chunk.groups.get(group) ?? 0) + size);
		});
	}
	return chunks;
}

/** Whether the chunk holds one of `modules` (a path, or a folder ending in `/`). */
export function holdsAny(chunk: ClientChunk, modules: readonly string[]): boolean {
	const inside = [chunk.entry ?? '', ...chunk.modules.keys()];
	return inside.some((module) =>
		modules.some((wanted) => (wanted.endsWith('/') ? module.startsWith(wanted) : module === wanted))
	);
}

/** The chunk's largest source groups with their share of its code: `svelte 61%, src/lib/ 20%`. */
export function describeChunk(chunk: ClientChunk, count = 3): string {
	const total = [...chunk.groups.values()].reduce((sum, size) => sum + size, 0);
	if (total === 0) return chunk.entry ?? '(no source map: a bundler helper)';
	return [...chunk.groups]
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(([group, size]) => `${group} ${Math.round((100 * size) / total)}%`)
		.join(', ');
}
