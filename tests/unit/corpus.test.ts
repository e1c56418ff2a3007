import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_WARNING_IDS } from '../../src/lib/model/types';
import { PRESETS } from '../../src/lib/scenario';
import { corpusEntry, type CorpusEntry } from './corpus-entry';

const folder = new URL('../corpus/', import.meta.url);
/** The warnings added after the corpus was stored (issue "Vary it honestly"). */
const ADDED_LATER: ReadonlySet<string> = new Set(ASSUMPTION_WARNING_IDS);
const stored: CorpusEntry[] = readdirSync(folder)
	.filter((file) => file.endsWith('.json'))
	.map((file) => JSON.parse(readFileSync(new URL(file, folder), 'utf8')));

/**
 * An answer as the corpus compares it: without its warnings (compared below), its
 * `adjustments`, the site's current offer of sourced figures for B, and B's `adjusted`, which of
 * B's inputs are that offer's figures. Both follow the facts as they are updated (the tax on a
 * benefit is now worked out for the benefit itself): an offer, not a figure of the scenario
 * (README). B's figures themselves are compared.
 */
function compared({
	warnings: _warnings,
	adjustments: _adjustments,
	...rest
}: CorpusEntry['expected']) {
	return rest.comparison === undefined ? rest : { ...rest, comparison: comparedB(rest.comparison) };
}

function comparedB({
	adjusted: _adjusted,
	sources: _sources,
	...rest
}: NonNullable<CorpusEntry['expected']['comparison']>) {
	return rest;
}

describe('the permalink corpus', () => {
	it('holds every preset and at least 50 other URLs', () => {
		const queries = new Set(stored.map((entry) => entry.query));
		for (const preset of PRESETS) expect(queries, preset.slug).toContain(preset.query);
		expect(stored.length).toBeGreaterThanOrEqual(PRESETS.length + 50);
	});

	// Every stored field keeps its stored value; a later version may add fields (a claim's
	// `combined`), never change or drop one. Arrays keep their length and order, but for the
	// warnings of what a figure assumes (DESIGN.md §2), added later: words about the scenario,
	// not figures of it, which a stored link now shows too.
	it.each(stored.map((entry) => [entry.query, entry] as const))(
		'%s still gives its stored answer',
		(query, entry) => {
			const computed = corpusEntry(query);
			if (typeof computed === 'string') throw new Error(computed);
			const { warnings } = computed.expected;
			const storedWarnings = entry.expected.warnings;
			expect({ ...computed, expected: compared(computed.expected) }).toMatchObject({
				...entry,
				expected: compared(entry.expected)
			});
			// Entries stored before there were warnings have none to keep.
			const storedIds = new Set(storedWarnings?.map((warning) => warning.id));
			const kept = warnings.filter(
				(warning) => storedIds.has(warning.id) || !ADDED_LATER.has(warning.id)
			);
			// A warning may gain fields (the figures it is about), as an answer may.
			if (storedWarnings !== undefined) expect(kept).toMatchObject(storedWarnings);
		}
	);
});
