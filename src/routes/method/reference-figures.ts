/**
 * The reference figures of the project's sources list (FACTS.md) as the method page shows them:
 * what the figure is, its value and its source, and how sure it is, in each language. Figures are
 * written the way each language writes numbers. Framework-free.
 */
import type { Locale } from '../../lib/format/locale';

/** A text in each page language. */
export type Localized = Record<Locale, string>;

export interface ReferenceFigure {
	figure: Localized;
	value: Localized;
	source: Localized;
	confidence: Localized;
}

/** The same text in every language (a title, a web address). */
export function same(text: string): Localized {
	return { nb: text, da: text, en: text };
}

export const HIGH: Localized = { nb: 'høy', da: 'høj', en: 'high' };
export const MEDIUM: Localized = { nb: 'middels', da: 'middel', en: 'medium' };
export const MEDIUM_HIGH: Localized = {
	nb: 'middels til høy',
	da: 'middel til høj',
	en: 'medium-high'
};
export const COMPUTED: Localized = {
	nb: 'beregnet fra kildebelagte tall',
	da: 'beregnet ud fra tal med kilde',
	en: 'computed from sourced figures'
};

export const DENMARK: readonly ReferenceFigure[] = [
	{
		figure: {
			nb: 'Sygedagpenge, høyeste sats',
			da: 'Sygedagpenge, maksimum',
			en: 'Sickness benefit (sygedagpenge), maximum'
		},
		value: {
			nb: '4\u00a0550\u00a0DKK per uke (2023); 4\u00a0695\u00a0DKK (2024)',
			da: '4.550\u00a0kr. om ugen (2023); 4.695\u00a0kr. (2024)',
			en: 'DKK\u00a04,550 a week (2023); DKK\u00a04,695 (2024)'
		},
		source: same('Beskæftigelsesministeriet, satser 2023; seniorfolk.dk 2024'),
		confidence: { nb: 'høy; middels', da: 'høj; middel', en: 'high; medium' }
	},
	{
		figure: {
			nb: 'Førtidspension (regler etter 2003), før skatt',
			da: 'Førtidspension (regler efter 2003), før skat',
			en: 'Disability pension (førtidspension, rules after 2003), before tax'
		},
		value: {
			nb: '19\u00a0360\u00a0DKK per måned for enslige, 16\u00a0457\u00a0DKK for samboende (2022)',
			da: '19.360\u00a0kr. om måneden for enlige, 16.457\u00a0kr. for samlevende (2022)',
			en: 'DKK\u00a019,360 a month single, DKK\u00a016,457 cohabiting (2022)'
		},
		source: same('borger.dk'),
		confidence: { nb: 'høy, eldre tall', da: 'høj, ældre tal', en: 'high, dated' }
	},
	{
		figure: {
			nb: 'Kontanthjælp, 30 år og eldre',
			da: 'Kontanthjælp, 30 år og derover',
			en: 'Social assistance (kontanthjælp), age 30 and over'
		},
		value: {
			nb: '15\u00a0874\u00a0DKK per måned med barn, 11\u00a0944\u00a0DKK for andre (2023); ny struktur fra 1.\u00a0juli 2025',
			da: '15.874\u00a0kr. om måneden med børn, 11.944\u00a0kr. for andre (2023); ny struktur fra 1.\u00a0juli 2025',
			en: 'DKK\u00a015,874 a month with children, DKK\u00a011,944 others (2023); new structure from 1\u00a0July 2025'
		},
		source: same('bm.dk, satser 2023; borger.dk'),
		confidence: { nb: 'høy, eldre tall', da: 'høj, ældre tal', en: 'high, dated' }
	},
	{
		figure: { nb: 'AM-bidrag', da: 'AM-bidrag', en: 'Labour market contribution (AM-bidrag)' },
		value: {
			nb: '8\u00a0% av lønn; betales ikke av førtidspension, sygedagpenge eller kontanthjælp',
			da: '8\u00a0% af lønnen; betales ikke af førtidspension, sygedagpenge eller kontanthjælp',
			en: '8% of wages; not charged on førtidspension, sygedagpenge or kontanthjælp'
		},
		source: same('skat.dk'),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Diskonteringsrente (Finansministeriet)',
			da: 'Diskonteringsrente (Finansministeriet)',
			en: 'Discount rate (Finansministeriet)'
		},
		value: {
			nb: '3,5\u00a0% for år 0–35, 2,5\u00a0% for år 36–70 (fra januar 2021)',
			da: '3,5\u00a0% for år 0–35, 2,5\u00a0% for år 36–70 (siden januar 2021)',
			en: '3.5% for years 0–35, 2.5% for years 36–70 (since January 2021)'
		},
		source: same('Finansministeriet, dokumentationsnotat, 7.1.2021'),
		confidence: HIGH
	}
];
