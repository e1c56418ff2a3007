/**
 * Norwegian reference values from FACTS.md, each with its source, year and confidence: plain data
 * (the calculator shows them beside its fields before anything else has loaded), from which
 * `./presets` builds the `norway-reference` preset. Framework-free: no Svelte, no DOM, no Node APIs.
 *
 * Labels and sources are in each page language, with numbers written the language's way (nb
 * `59 370 kr`, da `59.370 NOK`, en `NOK 59,370`; U+00A0 inside numbers and before a unit, written
 * `\u00a0`). Names of Norwegian institutions, benefits and document titles stay as they are, with a
 * short explanation in da and en where a reader needs one. `computed` values are arithmetic on
 * sourced figures, shown in the label so a reader can redo it.
 */
import type { ReferenceValue } from './preset-types';

const SSB: ReferenceValue['source'] = {
	nb: 'SSB',
	da: 'SSB (Norges statistikbureau)',
	en: 'SSB (Statistics Norway)'
};

const TAX_RATES_2025: ReferenceValue['source'] = {
	nb: 'Beregnet fra regjeringen.no, «Skattesatser 2025»',
	da: 'Beregnet ud fra regjeringen.no, «Skattesatser 2025» (den norske regerings skattesatser)',
	en: 'Computed from regjeringen.no, «Skattesatser 2025» (the Norwegian government’s tax rates)'
};

export const POPULATION_NORWAY_2024: ReferenceValue = {
	value: '5550203',
	label: {
		nb: 'Befolkningen i Norge 1.\u00a0januar 2024',
		da: 'Befolkningen i Norge 1.\u00a0januar 2024',
		en: 'Population of Norway, 1\u00a0January 2024'
	},
	source: {
		nb: `${SSB.nb}, «Befolkning» (ssb.no, oppdatert 22.\u00a0mai 2024)`,
		da: `${SSB.da}, «Befolkning» (ssb.no, opdateret 22.\u00a0maj 2024)`,
		en: `${SSB.en}, «Befolkning» (ssb.no, updated 22\u00a0May 2024)`
	},
	year: 2024,
	confidence: 'high'
};

export const AAP_RECIPIENTS_2025: ReferenceValue = {
	value: '168884',
	label: {
		nb: 'Mottakere av arbeidsavklaringspenger (AAP) ved utgangen av desember 2025',
		da: 'Modtagere af arbejdsafklaringspenge (AAP) ved udgangen af december 2025',
		en: 'Recipients of work assessment allowance (AAP), end of December 2025'
	},
	source: {
		nb: 'NAV, «10\u00a0000 flere AAP-mottakere i 2025» (nav.no)',
		da: 'NAV (den norske arbejds- og velfærdsforvaltning), «10\u00a0000 flere AAP-mottakere i 2025» (nav.no)',
		en: 'NAV (the Norwegian Labour and Welfare Administration), «10\u00a0000 flere AAP-mottakere i 2025» (nav.no)'
	},
	year: 2025,
	confidence: 'high'
};

/** 2.041 × 130 160 = 265 656.56, rounded to whole kroner. */
export const AAP_MINIMUM_2025: ReferenceValue = {
	value: '265657',
	label: {
		nb: 'Minste AAP per år ved G fra 1.\u00a0mai 2025: 2,041 × 130\u00a0160\u00a0kr (avrundet)',
		da: 'Mindste AAP om året ved grundbeløbet (G) fra 1.\u00a0maj 2025: 2,041 × 130.160\u00a0NOK (afrundet)',
		en: 'Minimum work assessment allowance (AAP) a year at the base amount (G) from 1\u00a0May 2025: 2.041 × NOK\u00a0130,160 (rounded)'
	},
	source: {
		nb: 'nav.no, «Beregning av arbeidsavklaringspenger»; G: NAV, navikt/aap-behandlingsflyt, Grunnbeløp.kt',
		da: 'nav.no, «Beregning av arbeidsavklaringspenger»; G: NAV’s kildekode, navikt/aap-behandlingsflyt, Grunnbeløp.kt',
		en: 'nav.no, «Beregning av arbeidsavklaringspenger»; G: NAV’s source code, navikt/aap-behandlingsflyt, Grunnbeløp.kt'
	},
	year: 2025,
	confidence: 'computed'
};

/**
 * The average tax on the benefit the preset uses, the minimum AAP of 265 657 kr, which is taxed
 * as wage income, under the 2025 rules (regjeringen.no, «Skattesatser 2025»): trygdeavgift
 * 7.7 % of 265 657 = 20 455.589; trinnskatt 1.7 % of (265 657 − 217 400) = 820.369; 22 % of
 * ordinary income 265 657 − minstefradrag 92 000 (46 % would be 122 202.22, above its ceiling)
 * − personfradrag 108 550 = 65 107, which is 14 323.54. Together 35 599.498, and
 * 35 599.498 ÷ 265 657 = 0.134005… → 0.134.
 */
export const TAX_ON_AAP_MINIMUM_2025: ReferenceValue = {
	value: '0.134',
	label: {
		nb: 'Gjennomsnittsskatt på minste AAP, 265\u00a0657\u00a0kr, etter 2025-reglene (AAP skattlegges som lønn): 7,7\u00a0% trygdeavgift, 1,7\u00a0% trinnskatt over 217\u00a0400\u00a0kr og 22\u00a0% av inntekten etter minstefradrag (92\u00a0000\u00a0kr) og personfradrag (108\u00a0550\u00a0kr): 35\u00a0599\u00a0kr',
		da: 'Gennemsnitsskat af mindste AAP, 265.657\u00a0NOK, efter de norske 2025-regler (AAP beskattes som løn): 7,7\u00a0% trygdeavgift, 1,7\u00a0% trinnskatt over 217.400\u00a0NOK og 22\u00a0% af indkomsten efter minstefradrag (92.000\u00a0NOK) og personfradrag (108.550\u00a0NOK): 35.599\u00a0NOK',
		en: 'Average tax on the minimum AAP, NOK\u00a0265,657, under Norway’s 2025 rules (AAP is taxed as wage income): 7.7% social security contribution, 1.7% bracket tax above NOK\u00a0217,400 and 22% of income after the minimum deduction (NOK\u00a092,000) and personal allowance (NOK\u00a0108,550): NOK\u00a035,599'
	},
	source: TAX_RATES_2025,
	year: 2025,
	confidence: 'computed'
};

/** 59 370 × 12 = 712 440. */
export const AVERAGE_WAGE_2024: ReferenceValue = {
	value: '712440',
	label: {
		nb: 'Gjennomsnittlig månedslønn per heltidsekvivalent, november 2024: 59\u00a0370\u00a0kr × 12',
		da: 'Gennemsnitlig månedsløn pr. fuldtidsækvivalent, november 2024: 59.370\u00a0NOK × 12',
		en: 'Average monthly earnings per full-time equivalent, November 2024: NOK\u00a059,370 × 12'
	},
	source: {
		nb: `${SSB.nb}, «Lønn»`,
		da: `${SSB.da}, «Lønn»`,
		en: `${SSB.en}, «Lønn»`
	},
	year: 2024,
	confidence: 'computed'
};

export const TAX_ON_712K_2025: ReferenceValue = {
	value: '0.262',
	label: {
		nb: 'Gjennomsnittsskatt på 712\u00a0000\u00a0kr etter 2025-reglene (inkl. trygdeavgift)',
		da: 'Gennemsnitsskat af 712.000\u00a0NOK efter de norske 2025-regler, inkl. socialsikringsbidrag (trygdeavgift)',
		en: 'Average tax on NOK\u00a0712,000 under Norway’s 2025 rules, including social security contribution (trygdeavgift)'
	},
	source: TAX_RATES_2025,
	year: 2025,
	confidence: 'computed'
};

export const EMPLOYER_CONTRIBUTION_2025: ReferenceValue = {
	value: '0.141',
	label: {
		nb: 'Arbeidsgiveravgift, sone I (2025 og 2026)',
		da: 'Arbejdsgiverbidrag (arbeidsgiveravgift), zone I (2025 og 2026)',
		en: 'Employer’s contribution (arbeidsgiveravgift), zone I (2025 and 2026)'
	},
	source: {
		nb: 'regjeringen.no, «Avgiftssatser 2026»',
		da: 'regjeringen.no, «Avgiftssatser 2026» (den norske regerings afgiftssatser)',
		en: 'regjeringen.no, «Avgiftssatser 2026» (the Norwegian government’s rates of duties and contributions)'
	},
	year: 2025,
	confidence: 'high'
};

export const DISCOUNT_RATE_R109: ReferenceValue = {
	value: '0.04',
	label: {
		nb: 'Kalkulasjonsrente for samfunnsøkonomiske analyser (4\u00a0% reell)',
		da: 'Kalkulationsrente for samfundsøkonomiske analyser (4\u00a0% real)',
		en: 'Discount rate for socio-economic analysis (4% real)'
	},
	source: {
		nb: 'Finansdepartementet, rundskriv R-109/21 (DFØ-veileder)',
		da: 'Finansdepartementet (Norges finansministerium), cirkulære R-109/21 (vejledning fra DFØ)',
		en: 'Finansdepartementet (Norwegian Ministry of Finance), circular R-109/21 (guidance from DFØ)'
	},
	year: 2021,
	confidence: 'medium'
};

/** The reference value behind each input of the `norway-reference` preset. */
export const NORWAY_REFERENCE_SOURCES = {
	pop: AAP_RECIPIENTS_2025,
	ben: AAP_MINIMUM_2025,
	btax: TAX_ON_AAP_MINIMUM_2025,
	wage: AVERAGE_WAGE_2024,
	wtax: TAX_ON_712K_2025,
	emp: EMPLOYER_CONTRIBUTION_2025,
	disc: DISCOUNT_RATE_R109
} as const;
