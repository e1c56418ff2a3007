import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lib/scenario';
import { corpusEntry, type CorpusEntry } from './corpus-entry';

const folder = new URL('../corpus/', import.meta.url);
const stored: CorpusEntry[] = readdirSync(folder)
	.filter((file) => file.endsWith('.json'))
	.map((file) => JSON.parse(readFileSync(new URL(file, folder), 'utf8')));

describe('the permalink corpus', () => {
	it('holds every preset and at least 50 other URLs', () => {
		const queries = new Set(stored.map((entry) => entry.query));
		for (const preset of PRESETS) expect(queries, preset.slug).toContain(preset.query);
		expect(stored.length).toBeGreaterThanOrEqual(PRESETS.length + 50);
	});

	// Every stored field keeps its stored value; a later version may add fields (a claim's
	// `combined`), never change or drop one. Arrays keep their length and order.
	it.each(stored.map((entry) => [entry.query, entry] as const))(
		'%s still gives its stored answer',
		(query, entry) => {
			expect(corpusEntry(query)).toMatchObject(entry);
		}
	);
});
