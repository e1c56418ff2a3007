/**
 * The browser imports `schema.ts` and `codec.ts` for the form's checks, so their import graph must
 * stay small: zod only as `zod/mini` (classic zod costs about 24 KB gzip, mini about 5), and no
 * presets or sourced facts (prose the form does not need).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/lib/scenario');
const SRC_DIR = resolve(SCENARIO_DIR, '..');

/** The module specifiers of a file's static imports and re-exports (type-only ones included). */
function specifiers(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/\bfrom '([^']+)'/g)].map((match) => match[1] ?? '');
}

/** Every file reached from `entries` through relative imports, and every package they import. */
function importGraph(entries: string[]): { files: Set<string>; packages: Set<string> } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const queue = entries.map((entry) => join(SCENARIO_DIR, entry));
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (files.has(file)) continue;
		files.add(file);
		for (const spec of specifiers(file)) {
			if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec) + '.ts');
			else packages.add(spec);
		}
	}
	return { files, packages };
}

describe('what the browser pulls in with schema.ts and codec.ts', () => {
	const graph = importGraph(['schema.ts', 'codec.ts']);
	const relative = [...graph.files].map((file) => file.slice(SRC_DIR.length + 1));

	it('reaches the schema and its helpers but no preset or fact', () => {
		expect(relative).toEqual(
			expect.arrayContaining(['scenario/fields.ts', 'scenario/issues.ts', 'scenario/query.ts'])
		);
		expect(relative).not.toContain('scenario/presets.ts');
		expect(relative).not.toContain('scenario/facts.ts');
		expect(relative).not.toContain('scenario/index.ts');
	});

	it('imports zod only as zod/mini', () => {
		const zod = [...graph.packages].filter((name) => name === 'zod' || name.startsWith('zod/'));
		expect(zod).toEqual(['zod/mini']);
	});
});
