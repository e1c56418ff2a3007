/**
 * What the permalink corpus stores for a query: the API's JSON without the trail's words
 * (`label`, `substituted`), which are for people to read and not part of the promise.
 */
import type { Report } from '../../src/lib/report';
import { calculate } from '../../src/lib/report/calculate';

export interface CorpusEntry {
	query: string;
	expected: Omit<Report, 'trail'> & {
		trail: Omit<Report['trail'][number], 'label' | 'substituted'>[];
	};
}

/** The entry for a canonical query, or why it cannot be one. */
export function corpusEntry(query: string): CorpusEntry | string {
	const outcome = calculate(query);
	if (!outcome.ok) return outcome.errors.map((error) => error.message).join(' ');
	const { report } = outcome;
	if (report.canonical !== query) return `not canonical; canonical is ${report.canonical}`;
	// A JSON round trip, so `undefined` fields compare the way the stored file reads back.
	const expected = JSON.parse(
		JSON.stringify({
			...report,
			trail: report.trail.map(({ label: _label, substituted: _substituted, ...step }) => step)
		})
	);
	return { query, expected };
}
