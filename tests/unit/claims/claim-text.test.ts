import { describe, expect, it } from 'vitest';
import { claimField, parseClaimText } from '../../../src/lib/claims/claim-text';

const NBSP = '\u00a0';
const THIN = '\u202f';
const MINUS = '\u2212';

describe('parseClaimText, nb', () => {
	it.each([
		// text, op, value, significant digits
		['over 4 milliarder', 'gt', '4000000000', 1],
		['Over 4 milliarder kroner', 'gt', '4000000000', 1],
		[`over${NBSP}4${NBSP}milliarder`, 'gt', '4000000000', 1],
		['mer enn 4 mrd.', 'gt', '4000000000', 1],
		['minst 15 000', 'ge', '15000', 2],
		[`minst 15${THIN}000`, 'ge', '15000', 2],
		['høyst 1,5 mill.', 'le', '1500000', 2],
		['under 2 mill.', 'lt', '2000000', 1],
		['mindre enn 2 mill.', 'lt', '2000000', 1],
		[`under ${MINUS}2 mrd.`, 'lt', '-2000000000', 1],
		['rundt 3,75 milliarder', 'approx', '3750000000', 3],
		['ca. 3,75 mrd.', 'approx', '3750000000', 3],
		['ca 3,75 mrd', 'approx', '3750000000', 3],
		['omtrent 250 000 kr', 'approx', '250000', 2],
		['om lag 4 mrd.', 'approx', '4000000000', 1],
		// a bare figure in an article is approximate, to the digits written
		['3,75 milliarder', 'approx', '3750000000', 3],
		['kr 250.000,-', 'approx', '250000', 2],
		['nøyaktig 15 000', 'eq', '15000', 2],
		// Norwegian billion is 10^12
		['over 4 billioner', 'gt', '4000000000000', 1],
		['over 4 billion', 'gt', '4000000000000', 1],
		['≥ 15 000', 'ge', '15000', 2],
		['>= 15 000', 'ge', '15000', 2],
		['> 4 mrd.', 'gt', '4000000000', 1],
		['<2 mill.', 'lt', '2000000', 1],
		['≤ 1 000', 'le', '1000', 1],
		['<= 1 000', 'le', '1000', 1],
		['≈ 3,75 mrd.', 'approx', '3750000000', 3],
		['~3,75 mrd.', 'approx', '3750000000', 3],
		['= 15 000', 'eq', '15000', 2]
	] as const)('%s → %s %s (%i digits)', (text, op, value, sig) => {
		expect(parseClaimText(text, 'nb')).toStrictEqual({ ok: true, op, value, sig });
	});
});

describe('parseClaimText, da', () => {
	it.each([
		['over 4 milliarder', 'gt', '4000000000', 1],
		['mere end 4 mia.', 'gt', '4000000000', 1],
		['mindst 15.000', 'ge', '15000', 2],
		['højst 1,5 mio.', 'le', '1500000', 2],
		['under 2 mio. kr.', 'lt', '2000000', 1],
		['omkring 3,75 mia.', 'approx', '3750000000', 3],
		['ca. 1,5 mio.', 'approx', '1500000', 2],
		['cirka 250.000 kr.', 'approx', '250000', 2],
		['3,75 mia.', 'approx', '3750000000', 3],
		['præcis 15.000', 'eq', '15000', 2],
		// Danish billion is 10^12 too
		['over 4 billioner', 'gt', '4000000000000', 1],
		['≥ 15.000', 'ge', '15000', 2]
	] as const)('%s → %s %s (%i digits)', (text, op, value, sig) => {
		expect(parseClaimText(text, 'da')).toStrictEqual({ ok: true, op, value, sig });
	});
});

describe('parseClaimText, en', () => {
	it.each([
		// English billion is 10^9
		['over 4 billion', 'gt', '4000000000', 1],
		['more than 4bn', 'gt', '4000000000', 1],
		['at least 15,000', 'ge', '15000', 2],
		['at most 1.5 million', 'le', '1500000', 2],
		['no more than 2 million', 'le', '2000000', 1],
		['less than 2 million', 'lt', '2000000', 1],
		['under 2m', 'lt', '2000000', 1],
		['more than -5 million', 'gt', '-5000000', 1],
		['about 3.75 billion', 'approx', '3750000000', 3],
		['around 250k', 'approx', '250000', 2],
		['approximately 3.75bn', 'approx', '3750000000', 3],
		['~3.75bn', 'approx', '3750000000', 3],
		['NOK 250,000', 'approx', '250000', 2],
		['exactly 15,000', 'eq', '15000', 2],
		['> 4bn', 'gt', '4000000000', 1]
	] as const)('%s → %s %s (%i digits)', (text, op, value, sig) => {
		expect(parseClaimText(text, 'en')).toStrictEqual({ ok: true, op, value, sig });
	});
});

describe('parseClaimText, errors', () => {
	it.each([
		['', 'nb', 'empty'],
		['   ', 'nb', 'empty'],
		['over', 'nb', 'missing_number'],
		['over ', 'en', 'missing_number'],
		['>', 'en', 'missing_number'],
		// a qualifier must be a whole word
		['overhead 4', 'en', 'unknown_word'],
		['about four billion', 'en', 'not_a_number'],
		// another locale's words are not understood
		['over 4 milliarder', 'en', 'unknown_word'],
		['mer enn 4 mrd.', 'en', 'unknown_word'],
		// one qualifier only
		['over ca. 4', 'nb', 'unknown_word'],
		['over 1.500', 'en', 'ambiguous_separator'],
		['over 10 %', 'nb', 'percent_not_allowed'],
		// a bare money figure under 1 000 lost its scale word: asked about, not read as kroner
		['3,75', 'nb', 'unit_needed'],
		['over 4', 'nb', 'unit_needed'],
		['about 999.5', 'en', 'unit_needed'],
		['-5', 'en', 'unit_needed']
	] as const)('%j (%s) → %s', (text, locale, code) => {
		const result = parseClaimText(text, locale);
		expect(result.ok).toBe(false);
		expect(result.ok ? undefined : result.code).toBe(code);
	});

	it('reads a bare money figure of 1 000 or more, or with its unit, as kroner', () => {
		expect(parseClaimText('1 000', 'nb')).toMatchObject({ ok: true, value: '1000' });
		expect(parseClaimText('3,75 kr', 'nb')).toMatchObject({ ok: true, value: '3.75' });
	});
});

describe('parseClaimText, by the unit of the figure it is about', () => {
	it.each([
		// a share: percent or fraction; no unit needed
		['under 50 %', 'share', 'lt', '0.5', 1],
		['minst 0,25', 'share', 'ge', '0.25', 2],
		// persons and ratios are plain numbers: "3,75" is 3,75
		['over 1,5', 'ratio', 'gt', '1.5', 2],
		['ca. 150 000', 'persons', 'approx', '150000', 2]
	] as const)('%j about %s → %s %s', (text, unit, op, value, sig) => {
		expect(parseClaimText(text, 'nb', unit)).toStrictEqual({ ok: true, op, value, sig });
	});

	it('refuses a percent about a figure that is not a share', () => {
		expect(parseClaimText('over 10 %', 'nb', 'ratio')).toMatchObject({
			ok: false,
			code: 'percent_not_allowed'
		});
	});
});

describe('claimField', () => {
	it.each([
		// text as typed, metric, the cN field it becomes
		['ca. 3,75 mrd.', 'pv_net', 'pv_net:approx:3750000000:3'],
		['over 4 milliarder', 'pv_net', 'pv_net:gt:4000000000'],
		['minst 15 000', 'participants', 'participants:ge:15000']
	] as const)('%s about %s → %s', (text, metric, field) => {
		const claim = parseClaimText(text, 'nb', metric === 'pv_net' ? 'money' : 'persons');
		if (!claim.ok) throw new Error(`not read: ${claim.code}`);
		expect(claimField(metric, claim)).toBe(field);
	});
});
