import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../../src/lib/claims/types';
import type { Warning } from '../../../src/lib/model/types';
import { impliedSentences, warningSentence } from '../../../src/lib/report/sentences';

/** A claim that does not hold, with what is given. */
function failing(fields: Partial<ClaimResult>): ClaimResult {
	return {
		id: 'c1',
		metric: 'gross_effect',
		op: 'gt',
		value: '4000000000',
		verdict: 'does_not_hold',
		difference: '-250000000',
		relative_difference: '-0.0625',
		implied: [],
		...fields
	};
}

describe('implied assumptions in words', () => {
	it('keeps a bound on the side where the claim holds: above rounds up, below down', () => {
		const claim = failing({
			implied: [
				// 16 666,666…: "above 16 666,67 kr" is true of it; "below 16 666,66 kr" likewise
				{ key: 'health', value: '16666.66666666666666666666666666666666667', direction: 'above' },
				{ key: 'btax', value: '0.10666666666', direction: 'below' }
			]
		});
		expect(impliedSentences(claim, 'nb', 'NOK')).toStrictEqual([
			'holder hvis Sparte helseutgifter per personår (health) er over 16\u00a0666,67\u00a0kr, med de andre tallene uendret',
			'holder hvis Skatt på ytelsene (btax) er under 10,66\u00a0%, med de andre tallene uendret'
		]);
	});

	it('says "about" for an exact value the display cannot show, and not for one it can', () => {
		const claim = failing({
			op: 'eq',
			implied: [
				{ key: 's1', value: '0.1066666666666666666666666666666666666667', direction: 'at' },
				{ key: 'pop', value: '160000', direction: 'at' }
			]
		});
		expect(impliedSentences(claim, 'en', 'NOK')).toStrictEqual([
			'holds if Funnel step 1 (s1) is about 10.67%, the other inputs unchanged',
			'holds if People in the target group (pop) is 160,000, the other inputs unchanged'
		]);
	});

	it('names the inputs no value of which helps, and apart from them those not searched', () => {
		const claim = failing({
			implied: [
				{ key: 'wage', value: null },
				{ key: 'cost', value: null },
				{ key: 'drop', value: null, searched: false },
				{ key: 'disc', value: null, searched: false }
			]
		});
		const [none, unsearched] = impliedSentences(claim, 'en', 'NOK');
		expect(none).toBe(
			'no allowed value of Earnings per person-year (wage) or Programme cost per participant (cost) alone makes it hold'
		);
		expect(unsearched).toBe(
			'not worked out for Drop-off per year (drop) or Discount rate (disc): searching them too would take more computing than one request may use'
		);
	});

	it('puts the combined assumption first, rounded the same way', () => {
		const claim = failing({
			combined: {
				parts: ['tax_gain', 'health_saving'],
				value: '16666.66666666666666666666666666666666667',
				current: '0',
				direction: 'above'
			}
		});
		expect(impliedSentences(claim, 'nb', 'NOK')).toStrictEqual([
			'holder hvis skatt og arbeidsgiveravgift av lønn pluss sparte helseutgifter til sammen er over 16\u00a0666,67\u00a0kr per personår i arbeid (nå 0\u00a0kr), med de andre tallene uendret'
		]);
		expect(impliedSentences(claim, 'da', 'DKK')[0]).toBe(
			'holder hvis skat og arbejdsgiverbidrag af løn plus sparede sundhedsudgifter tilsammen er over 16.666,67\u00a0kr. pr. personår i arbejde (nu 0\u00a0kr.), med de andre tal uændret'
		);
	});
});

describe('warnings in words', () => {
	const results = { participants: '1250', helped: '500' };
	const input = { pop: '1000', success: '0.4', wtax: '0.9', emp: '0.2' };

	it.each([
		[
			'nb',
			'Tiltaket måtte ta inn 1\u00a0250 deltakere for å hjelpe 500 tilbake i arbeid, flere enn de 1\u00a0000 i målgruppen: suksessraten (40\u00a0%) er lavere enn andelen av målgruppen som skal hjelpes.'
		],
		[
			'en',
			'The programme would have to take in 1,250 participants to help 500 back to work, more than the 1,000 in the target group: its success rate (40%) is below the share of the target group to be helped.'
		]
	] as const)('participants beyond the target group, %s', (lang, text) => {
		const warning = { id: 'participants_exceed_population', keys: [] } as const;
		expect(warningSentence({ ...warning, keys: [] }, { results, input, warnings: [] }, lang)).toBe(
			text
		);
	});

	it.each([
		[
			'nb',
			'Tiltaket måtte ta inn 1\u00a0250 deltakere for at 500 skulle svare på behandlingen, flere enn de 1\u00a0000 i målgruppen: suksessraten (40\u00a0%) er lavere enn andelen av målgruppen som skal svare på behandlingen.'
		],
		[
			'da',
			'Indsatsen skulle optage 1.250 deltagere for at få 500 til at reagere på behandlingen, flere end de 1.000 i målgruppen: succesraten (40\u00a0%) er lavere end andelen af målgruppen, der skal reagere på behandlingen.'
		],
		[
			'en',
			'The programme would have to take in 1,250 participants for 500 to respond to treatment, more than the 1,000 in the target group: its success rate (40%) is below the share of the target group meant to respond to treatment.'
		]
	] as const)(
		'participants beyond the target group of a response-only funnel, %s',
		(lang, text) => {
			const warnings: Warning[] = [
				{ id: 'participants_exceed_population', keys: [] },
				{ id: 'response_is_not_work', keys: ['k1'] }
			];
			expect(warningSentence(warnings[0]!, { results, input, warnings }, lang)).toBe(text);
		}
	);

	it('taxes beyond the wage, da', () => {
		expect(
			warningSentence({ id: 'taxes_exceed_wage', keys: [] }, { results, input, warnings: [] }, 'da')
		).toBe(
			'Skat af løn (90\u00a0%) og arbejdsgiverbidrag (20\u00a0%) er tilsammen mere end 100\u00a0% af lønnen: staten ville få mere ind end hele lønnen.'
		);
	});
});

describe('warnings of what a figure assumes, in words', () => {
	const input = { pop: '100', drop: '0', years: '3', s1: '0.15', k1: 'prev_life' };
	const results = { helped: '15' };

	it('names the steps by their keys', () => {
		expect(
			warningSentence(
				{ id: 'lifetime_prevalence', keys: ['k1'] },
				{ results, input, warnings: [] },
				'en'
			)
		).toBe(
			'Funnel step 1 (s1) is a lifetime prevalence, yet every figure here is per year: the people who have ever had the illness are not those who are ill this year.'
		);
		expect(
			warningSentence(
				{ id: 'response_is_not_work', keys: ['k2', 'k3'] },
				{ results, input, warnings: [] },
				'da'
			)
		).toMatch(/^Tragt-trin 2 \(s2\), Tragt-trin 3 \(s3\) måler bedring af behandling/);
	});

	it('names a step by its label where it has one', () => {
		const labelled = { ...input, l3: 'Klinisk bedring, GAD-7' };
		expect(
			warningSentence(
				{ id: 'response_is_not_work', keys: ['k3'] },
				{ results, input: labelled, warnings: [] },
				'nb'
			)
		).toMatch(/^«Klinisk bedring, GAD-7» \(s3\) måler bedring av behandling, og ingen trinn/);
	});

	it('gives the horizon of a drop-off of 0, in each language', () => {
		const warning: Warning = { id: 'no_drop_off', keys: ['drop', 'years'] };
		expect(warningSentence(warning, { results, input, warnings: [] }, 'nb')).toBe(
			'Frafallet er 0\u00a0% over 3\u00a0år: tallet forutsetter at ingen faller ut av arbeid igjen.'
		);
		expect(warningSentence(warning, { results, input, warnings: [] }, 'en')).toBe(
			'Drop-off is 0% over 3 years: the figure assumes that no one falls out of work again.'
		);
	});

	it('words a figure warning from a ranged input’s BASE', () => {
		const ranged = { ...input, wtax: '0.9:0.8:0.95', emp: '0.2' };
		expect(
			warningSentence(
				{ id: 'taxes_exceed_wage', keys: ['wtax', 'emp'] },
				{ results, input: ranged, warnings: [] },
				'en'
			)
		).toMatch(/^Income tax \(90%\) and employer's contribution \(20%\)/);
	});
});
