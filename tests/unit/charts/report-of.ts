// Builds the Report a chart is drawn from by calculating a query: the input of the tests, not
// the code under test.
import type { Report } from '../../../src/lib/report';
import { calculate } from '../../../src/lib/report/calculate';

export function reportOf(query: string): Report {
	const outcome = calculate(query);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	return outcome.report;
}

/** nb text with its no-break spaces (U+00A0) written as `_`, for readable expectations. */
export function nb(text: string): string {
	return text.replaceAll('_', '\u00a0');
}
