/**
 * Norwegian reference values from FACTS.md, each with its source, year and confidence, and the
 * `norway-reference` preset built from them. Framework-free: no Svelte, no DOM, no Node APIs.
 *
 * Labels are Norwegian (user-visible; the lead translates UI strings). `computed` values are
 * arithmetic on sourced figures, shown in the label so a reader can redo it.
 */
import { encode } from './codec';
import type { ReferencePreset, ReferenceValue } from './preset-types';
import { withDefaults } from './schema';

export const POPULATION_NORWAY_2024: ReferenceValue = {
	value: '5550203',
	label: 'Befolkningen i Norge 1. januar 2024',
	source: 'SSB, «Befolkning» (ssb.no, oppdatert 22. mai 2024)',
	year: 2024,
	confidence: 'high'
};

export const AAP_RECIPIENTS_2025: ReferenceValue = {
	value: '168884',
	label: 'Mottakere av arbeidsavklaringspenger (AAP) ved utgangen av desember 2025',
	source: 'NAV, «10 000 flere AAP-mottakere i 2025» (nav.no)',
	year: 2025,
	confidence: 'high'
};

/** 2.041 × 130 160 = 265 656.56, rounded to whole kroner. */
export const AAP_MINIMUM_2025: ReferenceValue = {
	value: '265657',
	label: 'Minste AAP per år ved G fra 1. mai 2025: 2,041 × 130 160 kr (avrundet)',
	source:
		'nav.no, «Beregning av arbeidsavklaringspenger»; G: NAV, navikt/aap-behandlingsflyt, Grunnbeløp.kt',
	year: 2025,
	confidence: 'computed'
};

export const TAX_ON_250K_2025: ReferenceValue = {
	value: '0.123',
	label: 'Gjennomsnittsskatt på 250 000 kr etter 2025-reglene (AAP skattlegges som lønn)',
	source: 'Beregnet fra regjeringen.no, «Skattesatser 2025»',
	year: 2025,
	confidence: 'computed'
};

/** 59 370 × 12 = 712 440. */
export const AVERAGE_WAGE_2024: ReferenceValue = {
	value: '712440',
	label: 'Gjennomsnittlig månedslønn per heltidsekvivalent, november 2024: 59 370 kr × 12',
	source: 'SSB, «Lønn»',
	year: 2024,
	confidence: 'computed'
};

export const TAX_ON_712K_2025: ReferenceValue = {
	value: '0.262',
	label: 'Gjennomsnittsskatt på 712 000 kr etter 2025-reglene (inkl. trygdeavgift)',
	source: 'Beregnet fra regjeringen.no, «Skattesatser 2025»',
	year: 2025,
	confidence: 'computed'
};

export const EMPLOYER_CONTRIBUTION_2025: ReferenceValue = {
	value: '0.141',
	label: 'Arbeidsgiveravgift, sone I (2025 og 2026)',
	source: 'regjeringen.no, «Avgiftssatser 2026»',
	year: 2025,
	confidence: 'high'
};

export const DISCOUNT_RATE_R109: ReferenceValue = {
	value: '0.04',
	label: 'Kalkulasjonsrente for samfunnsøkonomiske analyser (4 % reell)',
	source: 'Finansdepartementet, rundskriv R-109/21 (DFØ-veileder)',
	year: 2021,
	confidence: 'medium'
};

const referenceSources = {
	pop: AAP_RECIPIENTS_2025,
	ben: AAP_MINIMUM_2025,
	btax: TAX_ON_250K_2025,
	wage: AVERAGE_WAGE_2024,
	wtax: TAX_ON_712K_2025,
	emp: EMPLOYER_CONTRIBUTION_2025,
	disc: DISCOUNT_RATE_R109
} as const;

/**
 * AAP recipients at sourced Norwegian rates. `s1` (0.1, the seed article's 10 %) is an
 * assumption and its label says so; `years` stays 1, so `disc` only matters once a user sets a
 * horizon.
 */
export const NORWAY_REFERENCE: ReferencePreset = {
	kind: 'reference',
	slug: 'norway-reference',
	title: 'Norge, kildebelagte referanseverdier',
	query: encode(
		withDefaults({
			pop: referenceSources.pop.value,
			s1: '0.1',
			l1: 'Antakelse, ikke kildebelagt: andel som kommer tilbake i arbeid',
			ben: referenceSources.ben.value,
			btax: referenceSources.btax.value,
			wage: referenceSources.wage.value,
			wtax: referenceSources.wtax.value,
			emp: referenceSources.emp.value,
			disc: referenceSources.disc.value
		})
	),
	notes: [],
	sources: referenceSources
};
