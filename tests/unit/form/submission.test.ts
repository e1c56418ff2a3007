/**
 * A calculator form sent without JavaScript: its numbers made canonical, its claim editor's text
 * added as a claim or kept with why.
 */
import { describe, expect, it } from 'vitest';
import { readSubmission, type ClaimDraft } from '../../../src/lib/form';
import { parseQuery } from '../../../src/lib/scenario/query';

/** The submission of a query as a form sends it, its parameters written back as a query. */
function submitted(query: string, locale: 'nb' | 'da' | 'en') {
	const { params, claimDraft } = readSubmission(parseQuery(query).params, locale);
	const written =
		params && [...params].map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
	const result: { query: string | null; claimDraft?: ClaimDraft } = { query: written };
	if (claimDraft) result.claimDraft = claimDraft;
	return result;
}

describe('readSubmission: a form sent without JavaScript', () => {
	it.each([
		// nb writes groups with spaces, shares as percent and money with kr
		['pop=150+000&s1=10+%25&ben=250+000+kr', 'nb', 'pop=150000&s1=0.1&ben=250000'],
		// da groups with dots and writes "kr."
		['pop=150.000&s1=10+%25&ben=250.000+kr.', 'da', 'pop=150000&s1=0.1&ben=250000'],
		// en groups with commas
		['pop=150%2C000&s1=10%25&ben=NOK+250%2C000', 'en', 'pop=150000&s1=0.1&ben=250000'],
		// 3,75 mrd. = 3 750 000 000; 0,1 is a fraction (10 %)
		['pop=1&ben=3%2C75+mrd.&disc=0%2C04', 'nb', 'pop=1&ben=3750000000&disc=0.04'],
		// a blank number field is kept blank for decode to report: it is not the default; a blank
		// title is no title
		['pop=150+000&s1=&ben=&title=', 'nb', 'pop=150000&s1=&ben=']
	] as const)('%s in %s → %s', (query, locale, expected) => {
		expect(submitted(query, locale).query).toBe(expected);
	});

	it('returns null when nothing needed rewriting', () => {
		expect(submitted('pop=150000&s1=0.1', 'nb').query).toBeNull();
	});

	it('leaves a value it cannot read as written, for decode to report', () => {
		// "1.500" in en could be 1.5 or 1 500: ambiguous, so it is not rewritten
		expect(submitted('pop=1.500&s1=10%25', 'en').query).toBe('pop=1.500&s1=0.1');
	});

	it('adds a claim typed in the editor as the first free cN', () => {
		// "over 4 milliarder" about gross_effect, with c1 already taken
		const query = 'pop=150000&c1=helped:eq:15000&claim=over+4+milliarder&claim_metric=gross_effect';
		expect(submitted(query, 'nb')).toStrictEqual({
			query: 'pop=150000&c1=helped%3Aeq%3A15000&c2=gross_effect%3Agt%3A4000000000'
		});
	});

	it('drops an empty claim editor, and keeps a claim it cannot read, with why', () => {
		expect(submitted('pop=1&claim=&claim_metric=gross_effect', 'nb')).toStrictEqual({
			query: 'pop=1'
		});
		expect(submitted('pop=1&claim=ca.+3%2C75&claim_metric=gross_effect', 'nb')).toStrictEqual({
			query: 'pop=1',
			claimDraft: {
				text: 'ca. 3,75',
				metric: 'gross_effect',
				error: {
					key: 'claim',
					value: 'ca. 3,75',
					message: '«3,75» har ingen enhet: skriv «3,75 mrd.», «3,75 mill.» eller «3,75 kr».'
				}
			}
		});
	});
});
