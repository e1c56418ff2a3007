/**
 * The sourced facts Overslag relies on (FACTS.md), each once, in one shape: the method page lists
 * them (`NORWAY_FACTS`, `DENMARK_FACTS`), and the presets and the calculator's typical values take
 * their inputs from them (`NORWAY_REFERENCE_SOURCES`). Framework-free: no Svelte, no DOM, no Node
 * APIs.
 *
 * A fact's numbers are decimal strings with a unit, never text: `./fact-text` has `src/lib/format`
 * write them the way the page's language does (nb `59 370 kr`, da `59.370 NOK`, en `NOK 59,370`).
 * The words around them are in each page language, with `{0}`, `{1}` … where the numbers go, and
 * U+00A0 (written `\u00a0`) before a unit and inside dates. Names of Norwegian and Danish
 * institutions, benefits and document titles stay as they are, with a short explanation in the
 * other languages where a reader needs one. The numbers are the money, shares, head counts and
 * multiples of G a reader would compare or type in; dates, ages and day counts of a rule stay in
 * its words.
 */
import type { Currency } from '../format/currency';
import type { Locale } from '../format/locale';
import type { DecimalString } from '../model/types';
import { referenceValue } from './fact-text';

/** A text in each page language. */
export type Localized = Record<Locale, string>;

/**
 * What a number counts, and so how it is written: money in a currency (`250 000 kr`), a share
 * (`0.66` → `66 %`), persons, multiples of the base amount G (`2,041 G`), or a bare number (a
 * factor, or an amount in a sum whose words name its currency).
 */
export type FactUnit = Currency | 'share' | 'persons' | 'G' | 'number';

/** Numbers of one unit that a fact states together: one, a row, or the two ends of a range. */
export interface Quantity {
	/** One number, or a row written with the unit once: `124 028 / 130 160 / 136 549 kr`. */
	numbers: readonly DecimalString[];
	unit: FactUnit;
	/** Counted in millions, as the source counts them: `0.82` is `0,82 millioner kr`. */
	millions?: true;
	/** The two numbers are the ends of a range, `20–25 %`, not a row. */
	range?: true;
}

/**
 * How sure a figure is (FACTS.md): `high`, an official source or NAV's own production code;
 * `medium`, a secondary source quoting an official figure; `medium-high` between the two;
 * `computed`, arithmetic on sourced figures, which every page that shows it says.
 */
export type Confidence = 'high' | 'medium-high' | 'medium' | 'computed';

/** One figure of the sources list: what it is, its numbers, where it comes from, how sure it is. */
export interface Fact {
	/** What the figure is. */
	label: Localized;
	/** Its numbers, in the order `wording` names them. */
	quantities: readonly Quantity[];
	/** How the numbers read in a sentence, `{0}` … for each quantity; `{0}` alone when absent. */
	wording?: Localized;
	/** Where it comes from; it may name a quantity too (`{8}`). */
	source: Localized;
	/** The year the figure is for (the first, when it covers several); none for a standing rule. */
	year?: number;
	/** One for the whole fact, or one for each number, in order, where they differ. */
	confidence: Confidence | readonly Confidence[];
	/** Why a figure is less sure than its source: a few years (`dated`) or many (`old`). */
	age?: 'dated' | 'old';
}

/** The same text in every language (a title, a web address). */
/** The same text in every language (a name, a title as published). */
export function same(text: string): Localized {
	return { nb: text, da: text, en: text };
}

/** Numbers of one unit: one, or a row. */
function quantity(unit: FactUnit, ...numbers: DecimalString[]): Quantity {
	return { numbers, unit };
}

/** Numbers of kroner, counted in millions. */
function millionsOfKroner(...numbers: DecimalString[]): Quantity {
	return { numbers, unit: 'NOK', millions: true };
}

/** A range of shares, `20–25 %`. */
function shareRange(from: DecimalString, to: DecimalString): Quantity {
	return { numbers: [from, to], unit: 'share', range: true };
}

// Numbers that more than one fact states.

/** G from 1 May 2025, which the 2025 minimum AAP is counted from. */
const G_2025 = '130160';
/** The minimum AAP from 1 July 2024, in G. */
const AAP_MINIMUM_IN_G = '2.041';
/** The minimum AAP a year at the 2025 G: 2.041 × 130 160 = 265 656.56, rounded to whole kroner. */
const AAP_MINIMUM = '265657';

const G_SOURCE = same('NAV, navikt/aap-behandlingsflyt, Grunnbeløp.kt');

// Norway

export const POPULATION_NORWAY_2024: Fact = {
	label: {
		nb: 'Folketallet i Norge 1.\u00a0januar 2024',
		da: 'Befolkningen i Norge 1.\u00a0januar 2024',
		en: 'Population of Norway, 1\u00a0January 2024'
	},
	quantities: [quantity('persons', '5550203'), quantity('persons', '5562363')],
	wording: {
		nb: '{0} ({1} ved utgangen av 1.\u00a0kvartal 2024)',
		da: '{0} ({1} ved udgangen af 1.\u00a0kvartal 2024)',
		en: '{0} ({1} at the end of Q1\u00a02024)'
	},
	source: {
		nb: 'SSB, «Befolkning» (ssb.no, oppdatert 22.\u00a0mai 2024)',
		da: 'SSB (Norges statistikbureau), «Befolkning» (ssb.no, opdateret 22.\u00a0maj 2024)',
		en: 'SSB (Statistics Norway), «Befolkning» (ssb.no, updated 22\u00a0May 2024)'
	},
	year: 2024,
	confidence: 'high'
};

const BASE_AMOUNT: Fact = {
	label: {
		nb: 'Grunnbeløpet (G) fra 1.\u00a0mai 2024 / 2025 / 2026',
		da: 'Grundbeløbet (G) fra 1.\u00a0maj 2024 / 2025 / 2026',
		en: 'Base amount (grunnbeløpet, G) from 1\u00a0May 2024 / 2025 / 2026'
	},
	quantities: [quantity('NOK', '124028', G_2025, '136549')],
	source: G_SOURCE,
	year: 2024,
	confidence: ['high', 'high', 'medium-high']
};

const AVERAGE_BASE_AMOUNT: Fact = {
	label: {
		nb: 'Gjennomsnittlig G i kalenderåret 2024 / 2025 / 2026',
		da: 'Gennemsnitligt G i kalenderåret 2024 / 2025 / 2026',
		en: 'Average G over the calendar year 2024 / 2025 / 2026'
	},
	quantities: [quantity('NOK', '122225', '128116', '134419')],
	source: G_SOURCE,
	year: 2024,
	confidence: 'high'
};

const AAP_RULES: Fact = {
	label: {
		nb: 'Arbeidsavklaringspenger (AAP)',
		da: 'Arbejdsafklaringspenge (AAP)',
		en: 'Work assessment allowance (AAP)'
	},
	quantities: [quantity('share', '0.66'), quantity('G', '6'), quantity('G', AAP_MINIMUM_IN_G)],
	wording: {
		nb: '{0} av tidligere inntekt, regnet av inntekt opp til {1}; minst {2} fra 1.\u00a0juli 2024 (2/3 av dette under 25\u00a0år); skattlegges som lønn',
		da: '{0} af tidligere indkomst, beregnet af indkomst op til {1}; mindst {2} fra 1.\u00a0juli 2024 (2/3 heraf under 25\u00a0år); beskattes som løn',
		en: '{0} of prior income, counting income up to {1}; minimum {2} from 1\u00a0July 2024 (two thirds of that under 25); taxed as wage income'
	},
	source: same(
		'nav.no, «Beregning av arbeidsavklaringspenger»; regjeringen.no, «Arbeidsavklaringspenger»'
	),
	year: 2024,
	confidence: 'high'
};

const AAP_MINIMUM_2025: Fact = {
	label: {
		nb: 'Minste AAP ved G fra 2025',
		da: 'Mindste AAP ved G fra 2025',
		en: 'AAP minimum at the 2025 G'
	},
	quantities: [
		quantity('NOK', AAP_MINIMUM),
		quantity('number', AAP_MINIMUM_IN_G),
		quantity('number', G_2025)
	],
	wording: {
		nb: '{0} per år ({1} × {2})',
		da: '{0} om året ({1} × {2})',
		en: '{0} a year ({1} × {2})'
	},
	source: {
		nb: 'nav.no, «Beregning av arbeidsavklaringspenger»; G: NAV, navikt/aap-behandlingsflyt, Grunnbeløp.kt',
		da: 'nav.no, «Beregning av arbeidsavklaringspenger»; G: NAV’s kildekode, navikt/aap-behandlingsflyt, Grunnbeløp.kt',
		en: 'nav.no, «Beregning av arbeidsavklaringspenger»; G: NAV’s source code, navikt/aap-behandlingsflyt, Grunnbeløp.kt'
	},
	year: 2025,
	confidence: 'computed'
};

const AAP_RECIPIENTS_2025: Fact = {
	label: {
		nb: 'AAP-mottakere ved utgangen av desember 2025',
		da: 'AAP-modtagere ved udgangen af december 2025',
		en: 'AAP recipients, end of December 2025'
	},
	quantities: [quantity('persons', '168884'), quantity('share', '0.047')],
	wording: {
		nb: '{0} ({1} av befolkningen 18–66\u00a0år)',
		da: '{0} ({1} af befolkningen 18–66\u00a0år)',
		en: '{0} ({1} of those aged 18–66)'
	},
	source: {
		nb: 'NAV, «10\u00a0000 flere AAP-mottakere i 2025» (nav.no)',
		da: 'NAV (den norske arbejds- og velfærdsforvaltning), «10\u00a0000 flere AAP-mottakere i 2025» (nav.no)',
		en: 'NAV (the Norwegian Labour and Welfare Administration), «10\u00a0000 flere AAP-mottakere i 2025» (nav.no)'
	},
	year: 2025,
	confidence: 'high'
};

const AAP_BY_DIAGNOSIS: Fact = {
	label: {
		nb: 'AAP-mottakere etter diagnose',
		da: 'AAP-modtagere efter diagnose',
		en: 'AAP recipients by diagnosis'
	},
	quantities: [quantity('share', '0.42'), quantity('share', '0.294')],
	wording: {
		nb: '{0} psykiske lidelser, {1} muskel- og skjelettlidelser (1.\u00a0halvår 2019)',
		da: '{0} psykiske lidelser, {1} muskel- og skeletlidelser (1.\u00a0halvår 2019)',
		en: '{0} mental disorders, {1} musculoskeletal (first half of 2019)'
	},
	source: same('NAV, via indem.no'),
	year: 2019,
	confidence: 'medium',
	age: 'dated'
};

const AAP_LEAVERS: Fact = {
	label: {
		nb: 'De som går ut av AAP',
		da: 'Personer, der forlader AAP',
		en: 'People leaving AAP'
	},
	quantities: [shareRange('0.2', '0.25')],
	wording: {
		nb: 'Bare {0} er registrert i arbeid uten samtidig å motta ytelser fra NAV (januar 2025)',
		da: 'Kun {0} er registreret i beskæftigelse uden samtidig at modtage ydelser fra NAV (januar 2025)',
		en: 'Only {0} are registered as employed without also receiving benefits from NAV (January 2025)'
	},
	source: {
		nb: 'Finansavisen/NTB, som siterer NAV',
		da: 'Finansavisen/NTB, der citerer NAV',
		en: 'Finansavisen/NTB, quoting NAV'
	},
	year: 2025,
	confidence: 'medium-high'
};

const DISABILITY_RECIPIENTS_2025: Fact = {
	label: {
		nb: 'Mottakere av uføretrygd ved utgangen av 2025',
		da: 'Modtagere af uføretrygd (norsk førtidspension) ved udgangen af 2025',
		en: 'Disability benefit (uføretrygd) recipients, end of 2025'
	},
	quantities: [quantity('persons', '374900'), quantity('share', '0.105')],
	wording: {
		nb: '{0} ({1} av befolkningen 18–67\u00a0år)',
		da: '{0} ({1} af befolkningen 18–67\u00a0år)',
		en: '{0} ({1} of those aged 18–67)'
	},
	source: same('NTB, 12.2.2026'),
	year: 2025,
	confidence: 'medium-high'
};

const DISABILITY_MINIMUM: Fact = {
	label: {
		nb: 'Minste uføretrygd',
		da: 'Mindste uføretrygd',
		en: 'Disability benefit (uføretrygd), minimum'
	},
	quantities: [quantity('G', '2.28'), quantity('G', '2.48')],
	wording: {
		nb: '{0} for samboende, {1} for enslige',
		da: '{0} for samlevende, {1} for enlige',
		en: '{0} cohabiting, {1} single'
	},
	source: same('nav.no, «Beregning av uføretrygd»'),
	confidence: 'high'
};

const DISABILITY_BY_DIAGNOSIS: Fact = {
	label: {
		nb: 'Uføretrygdede etter diagnose',
		da: 'Modtagere af uføretrygd efter diagnose',
		en: 'Disability benefit recipients by diagnosis'
	},
	quantities: [quantity('share', '0.348'), quantity('share', '0.285')],
	wording: {
		nb: '{0} psykiske lidelser, {1} muskel- og skjelettlidelser (2014)',
		da: '{0} psykiske lidelser, {1} muskel- og skeletlidelser (2014)',
		en: '{0} mental disorders, {1} musculoskeletal (2014)'
	},
	source: same('NAV, notat 2014'),
	year: 2014,
	confidence: 'medium',
	age: 'old'
};

const SICKNESS_BENEFIT: Fact = {
	label: {
		nb: 'Sykepenger',
		da: 'Sygepenge (sykepenger)',
		en: 'Sickness benefit (sykepenger)'
	},
	quantities: [quantity('share', '1'), quantity('G', '6')],
	wording: {
		nb: '{0} av tapt inntekt opp til {1}, i høyst ett år; arbeidsgiveren betaler de første 16\u00a0dagene',
		da: '{0} af tabt indkomst op til {1}, i højst et år; arbejdsgiveren betaler de første 16\u00a0dage',
		en: '{0} of lost income up to {1}, for at most one year; the employer pays the first 16\u00a0days'
	},
	source: { nb: 'SSB, definisjoner', da: 'SSB, definitioner', en: 'SSB, definitions' },
	confidence: 'high'
};

const MENTAL_SHARE_OF_SICK_LEAVE: Fact = {
	label: {
		nb: 'Psykiske lidelsers andel av legemeldte sykefraværsdager',
		da: 'Psykiske lidelsers andel af lægemeldte sygefraværsdage',
		en: 'Mental disorders’ share of certified sick-leave days'
	},
	quantities: [quantity('share', '0.25')],
	wording: {
		nb: '{0} (2.\u00a0kvartal 2023)',
		da: '{0} (2.\u00a0kvartal 2023)',
		en: '{0} (Q2\u00a02023)'
	},
	source: same('NAV, via Dagsavisen, 7.9.2023'),
	year: 2023,
	confidence: 'medium'
};

/** The yearly wage is 59 370 × 12 = 712 440: arithmetic, and so `computed`. */
const AVERAGE_WAGE_2024: Fact = {
	label: {
		nb: 'Gjennomsnittlig månedslønn per heltidsekvivalent, november 2024',
		da: 'Gennemsnitlig månedsløn pr. fuldtidsækvivalent, november 2024',
		en: 'Average monthly earnings per full-time equivalent, November 2024'
	},
	quantities: [quantity('NOK', '59370'), quantity('NOK', '712440')],
	wording: {
		nb: '{0} (≈ {1} per år, beregnet × 12)',
		da: '{0} (≈ {1} om året, beregnet × 12)',
		en: '{0} (≈ {1} a year, computed × 12)'
	},
	source: {
		nb: 'SSB, «Lønn»',
		da: 'SSB (Norges statistikbureau), «Lønn»',
		en: 'SSB (Statistics Norway), «Lønn»'
	},
	year: 2024,
	confidence: ['high', 'computed']
};

/**
 * Norway's 2025 rates and limits for tax on a wage income (regjeringen.no, «Skattesatser 2025»;
 * FACTS.md), written once: `./norwegian-tax` computes with them, and the facts below state them.
 */
export const TAX_RULES_2025 = {
	socialSecurityRate: '0.077',
	socialSecurityFloor: '99650',
	socialSecurityPhaseIn: '0.25',
	bracketRates: ['0.017', '0.04', '0.137', '0.167', '0.177'],
	bracketThresholds: ['217400', '306050', '697150', '942400', '1410750'],
	ordinaryRate: '0.22',
	minimumDeductionRate: '0.46',
	minimumDeductionCap: '92000',
	personalAllowance: '108550'
} as const;

const PERSONAL_TAX_2025: Fact = {
	label: { nb: 'Personskatt 2025', da: 'Personskat 2025', en: 'Personal income tax, 2025' },
	quantities: [
		quantity('share', TAX_RULES_2025.ordinaryRate),
		quantity('share', TAX_RULES_2025.socialSecurityRate),
		quantity('share', ...TAX_RULES_2025.bracketRates),
		quantity('NOK', ...TAX_RULES_2025.bracketThresholds)
	],
	wording: {
		nb: '{0} på alminnelig inntekt; trygdeavgift {1} på lønn; trinnskatt {2} fra {3}',
		da: '{0} af almindelig indkomst; trygdeavgift (socialsikringsbidrag) {1} af løn; trinskat {2} fra {3}',
		en: '{0} on ordinary income; social security contribution (trygdeavgift) {1} on wages; bracket tax (trinnskatt) {2} from {3}'
	},
	source: same('regjeringen.no, «Skattesatser 2025»'),
	year: 2025,
	confidence: 'high'
};

/**
 * The tax on a benefit as a fact states it: the average rate, to a tenth of a percent, which is
 * the value an input takes; the benefit; and each part in whole kroner, with their sum as the
 * total, so the words add up as written. `./norwegian-tax` works them out (`taxOnBenefitFact`).
 */
export interface TaxFigures {
	share: DecimalString;
	income: DecimalString;
	socialSecurity: DecimalString;
	bracketTax: DecimalString;
	incomeTax: DecimalString;
	total: DecimalString;
	/** The brackets the income reaches (the first at least), which the working names. */
	brackets: number;
}

/** The average tax on a Norwegian benefit, which is taxed as wage income, with its working. */
export function taxFact(figures: TaxFigures): Fact {
	const rules = TAX_RULES_2025;
	return {
		label: {
			nb: 'Gjennomsnittsskatt på ytelsen etter 2025-reglene',
			da: 'Gennemsnitsskat af ydelsen efter de norske 2025-regler',
			en: 'Average tax on the benefit under Norway’s 2025 rules'
		},
		quantities: [
			quantity('share', figures.share),
			quantity('NOK', figures.income),
			quantity('NOK', figures.socialSecurity),
			quantity('share', rules.socialSecurityRate),
			quantity('share', rules.socialSecurityPhaseIn),
			quantity('NOK', rules.socialSecurityFloor),
			quantity('NOK', figures.bracketTax),
			quantity('share', ...rules.bracketRates.slice(0, figures.brackets)),
			quantity('NOK', ...rules.bracketThresholds.slice(0, figures.brackets)),
			quantity('NOK', figures.incomeTax),
			quantity('share', rules.ordinaryRate),
			quantity('share', rules.minimumDeductionRate),
			quantity('NOK', rules.minimumDeductionCap),
			quantity('NOK', rules.personalAllowance),
			quantity('NOK', figures.total)
		],
		wording: {
			nb: '{0} av {1} (AAP skattlegges som lønn): trygdeavgift {2} ({3}, høyst {4} av inntekten over {5}), trinnskatt {6} ({7} fra {8}) og skatt på alminnelig inntekt {9} ({10} av inntekten etter minstefradrag ({11}, høyst {12}) og personfradrag ({13})): til sammen {14}',
			da: '{0} af {1} (AAP beskattes som løn): socialsikringsbidrag (trygdeavgift) {2} ({3}, højst {4} af indkomsten over {5}), trinskat {6} ({7} fra {8}) og skat af almindelig indkomst {9} ({10} af indkomsten efter minimumsfradrag (minstefradrag: {11}, højst {12}) og personfradrag ({13})): i alt {14}',
			en: '{0} of {1} (AAP is taxed as wage income): social security contribution {2} ({3}, at most {4} of the income above {5}), bracket tax {6} ({7} from {8}) and tax on ordinary income {9} ({10} of the income after the minimum deduction ({11}, at most {12}) and the personal allowance ({13})): {14} in all'
		},
		source: {
			nb: 'Beregnet fra regjeringen.no, «Skattesatser 2025»',
			da: 'Beregnet ud fra regjeringen.no, «Skattesatser 2025» (den norske regerings skattesatser)',
			en: 'Computed from regjeringen.no, «Skattesatser 2025» (the Norwegian government’s tax rates)'
		},
		year: 2025,
		confidence: 'computed'
	};
}

/**
 * The tax on the benefit of the `norway-reference` preset, the minimum AAP of 265 657 kr, as
 * `./norwegian-tax` works it out (a test checks it; this module computes nothing, so the page
 * can show it before decimal.js loads): 7.7 % × 265 657 = 20 455.589; 1.7 % × (265 657 −
 * 217 400) = 820.369; 22 % × (265 657 − 92 000 − 108 550) = 14 323.54; in whole kroner 20 456 +
 * 820 + 14 324 = 35 600 (exactly 35 599.498), and 35 599.498 ÷ 265 657 = 0.134005…
 */
const TAX_ON_AAP_MINIMUM = '0.134';
const TAX_ON_AAP_MINIMUM_2025 = taxFact({
	share: TAX_ON_AAP_MINIMUM,
	income: AAP_MINIMUM,
	socialSecurity: '20456',
	bracketTax: '820',
	incomeTax: '14324',
	total: '35600',
	brackets: 1
});

/** A wage near the average (712 440 kr a year), and the average tax on it (`./norwegian-tax`). */
const WAGE_712K = '712000';
const TAX_ON_712K = '0.262';

/** The tax on the wage of the `norway-reference` preset. */
const TAX_ON_712K_2025: Fact = {
	label: {
		nb: 'Gjennomsnittsskatt på lønn etter 2025-reglene',
		da: 'Gennemsnitsskat af løn efter de norske 2025-regler',
		en: 'Average tax on a wage under Norway’s 2025 rules'
	},
	quantities: [quantity('share', TAX_ON_712K), quantity('NOK', WAGE_712K)],
	wording: {
		nb: '{0} av {1} (inkl. trygdeavgift)',
		da: '{0} af {1}, inkl. socialsikringsbidrag (trygdeavgift)',
		en: '{0} of {1}, including social security contribution (trygdeavgift)'
	},
	source: TAX_ON_AAP_MINIMUM_2025.source,
	year: 2025,
	confidence: 'computed'
};

/** Income tax, trygdeavgift and trinnskatt as a share of a wage under the 2025 rules. */
const AVERAGE_TAX_2025: Fact = {
	label: {
		nb: 'Gjennomsnittsskatt på lønn etter 2025-reglene',
		da: 'Gennemsnitsskat af løn efter 2025-reglerne',
		en: 'Average tax on a wage, 2025 rules'
	},
	// As `./norwegian-tax` works them out (a test checks each).
	quantities: [
		quantity('NOK', '250000'),
		quantity('share', '0.123'),
		quantity('NOK', AAP_MINIMUM),
		quantity('share', TAX_ON_AAP_MINIMUM),
		quantity('NOK', '500000'),
		quantity('share', '0.227'),
		quantity('NOK', '600000'),
		quantity('share', '0.246'),
		quantity('NOK', '650000'),
		quantity('share', '0.253'),
		quantity('NOK', WAGE_712K),
		quantity('share', TAX_ON_712K)
	],
	wording: {
		nb: '{0}: {1}; {2} (minste AAP): {3}; {4}: {5}; {6}: {7}; {8}: {9}; {10}: {11}',
		da: '{0}: {1}; {2} (mindste AAP): {3}; {4}: {5}; {6}: {7}; {8}: {9}; {10}: {11}',
		en: '{0}: {1}; {2} (the minimum AAP): {3}; {4}: {5}; {6}: {7}; {8}: {9}; {10}: {11}'
	},
	source: {
		nb: 'Beregnet fra regjeringen.no, «Skattesatser 2025» ({8} stemmer med smartepenger.no)',
		da: 'Beregnet ud fra regjeringen.no, «Skattesatser 2025» ({8} stemmer med smartepenger.no)',
		en: 'Computed from regjeringen.no, «Skattesatser 2025» ({8} matches smartepenger.no)'
	},
	year: 2025,
	confidence: 'computed'
};

const EMPLOYER_CONTRIBUTION_2025: Fact = {
	label: {
		nb: 'Arbeidsgiveravgift, sone I',
		da: 'Arbejdsgiverbidrag (arbeidsgiveravgift), zone I',
		en: 'Employer’s contribution (arbeidsgiveravgift), zone I'
	},
	quantities: [quantity('share', '0.141')],
	wording: { nb: '{0} (2025 og 2026)', da: '{0} (2025 og 2026)', en: '{0} (2025 and 2026)' },
	source: {
		nb: 'regjeringen.no, «Avgiftssatser 2026»',
		da: 'regjeringen.no, «Avgiftssatser 2026» (den norske regerings afgiftssatser)',
		en: 'regjeringen.no, «Avgiftssatser 2026» (the Norwegian government’s rates of duties and contributions)'
	},
	year: 2025,
	confidence: 'high'
};

const IPS_TRIAL_NORWAY: Fact = {
	label: {
		nb: 'Arbeid med og uten IPS (norsk randomisert studie)',
		da: 'Beskæftigelse med og uden IPS (norsk randomiseret forsøg)',
		en: 'Work with and without IPS (Norwegian randomised trial)'
	},
	quantities: [quantity('share', '0.374'), quantity('share', '0.271'), quantity('share', '0.72')],
	wording: {
		nb: '{0} i ordinært arbeid etter 18 måneder med individuell jobbstøtte (IPS), {1} med vanlig oppfølging: om lag {2} av dem i arbeid ville vært det uansett ({1} ÷ {0})',
		da: '{0} i ordinær beskæftigelse efter 18 måneder med individuelt planlagt job med støtte (IPS), {1} med sædvanlig opfølgning: omkring {2} af dem i arbejde ville have været det alligevel ({1} ÷ {0})',
		en: '{0} in competitive work at 18 months with individual placement and support (IPS), {1} with usual follow-up: about {2} of those in work would have been anyway ({1} ÷ {0})'
	},
	source: same(
		'Reme SE et al., «A randomized controlled multicenter trial of individual placement and support for patients with moderate-to-severe mental illness», Scand J Work Environ Health 2019;45(1):33–41'
	),
	year: 2019,
	confidence: ['high', 'high', 'computed']
};

const DISCOUNT_RATE_R109: Fact = {
	label: {
		nb: 'Kalkulasjonsrente for samfunnsøkonomiske analyser',
		da: 'Kalkulationsrente for samfundsøkonomiske analyser',
		en: 'Discount rate for socio-economic analysis'
	},
	quantities: [quantity('share', '0.04')],
	wording: { nb: '{0} reell', da: '{0} real', en: '{0} real' },
	source: {
		nb: 'Finansdepartementet, rundskriv R-109/21 (DFØ-veileder)',
		da: 'Finansdepartementet (Norges finansministerium), cirkulære R-109/21 (vejledning fra DFØ)',
		en: 'Finansdepartementet (Norwegian Ministry of Finance), circular R-109/21 (guidance from DFØ)'
	},
	year: 2021,
	confidence: 'medium'
};

const VALUE_OF_A_STATISTICAL_LIFE: Fact = {
	label: {
		nb: 'Verdien av et statistisk liv',
		da: 'Værdien af et statistisk liv',
		en: 'Value of a statistical life'
	},
	quantities: [millionsOfKroner('30'), millionsOfKroner('54.89')],
	wording: {
		nb: '{0} i 2012-priser (R-109/21); DFØ-justert {1} for 2023 (foreløpig)',
		da: '{0} i 2012-priser (R-109/21); DFØ-justeret {1} for 2023 (foreløbig)',
		en: '{0} in 2012 prices (R-109/21); DFØ-adjusted {1} for 2023 (preliminary)'
	},
	source: same('dfo.no, «Verdien av et statistisk liv»'),
	year: 2012,
	confidence: 'high'
};

const VALUE_PER_DALY: Fact = {
	label: {
		nb: 'Verdi per DALY i Helsedirektoratets rapport om sykdomskostnader',
		da: 'Værdi pr. DALY i Helsedirektoratets rapport om sygdomsomkostninger',
		en: 'Value per DALY in Helsedirektoratet’s cost-of-illness report'
	},
	quantities: [millionsOfKroner('0.82', '0.78', '0.97')],
	wording: {
		nb: '{0} (2019- / 2020- / 2021-priser)',
		da: '{0} (2019- / 2020- / 2021-priser)',
		en: '{0} (2019 / 2020 / 2021 prices)'
	},
	source: same('Helsedirektoratet, «Samfunnskostnader ved sykdom og ulykker 2019–2021»'),
	year: 2019,
	confidence: 'high'
};

// Denmark

const SICKNESS_BENEFIT_DENMARK: Fact = {
	label: {
		nb: 'Sygedagpenge, høyeste sats',
		da: 'Sygedagpenge, maksimum',
		en: 'Sickness benefit (sygedagpenge), maximum'
	},
	quantities: [quantity('DKK', '4550'), quantity('DKK', '4695')],
	wording: {
		nb: '{0} per uke (2023); {1} (2024)',
		da: '{0} om ugen (2023); {1} (2024)',
		en: '{0} a week (2023); {1} (2024)'
	},
	source: same('Beskæftigelsesministeriet, satser 2023; seniorfolk.dk 2024'),
	year: 2023,
	confidence: ['high', 'medium']
};

const DISABILITY_PENSION_DENMARK: Fact = {
	label: {
		nb: 'Førtidspension (regler etter 2003), før skatt',
		da: 'Førtidspension (regler efter 2003), før skat',
		en: 'Disability pension (førtidspension, rules after 2003), before tax'
	},
	quantities: [quantity('DKK', '19360'), quantity('DKK', '16457')],
	wording: {
		nb: '{0} per måned for enslige, {1} for samboende (2022)',
		da: '{0} om måneden for enlige, {1} for samlevende (2022)',
		en: '{0} a month single, {1} cohabiting (2022)'
	},
	source: same('borger.dk'),
	year: 2022,
	confidence: 'high',
	age: 'dated'
};

const SOCIAL_ASSISTANCE_DENMARK: Fact = {
	label: {
		nb: 'Kontanthjælp, 30\u00a0år og eldre',
		da: 'Kontanthjælp, 30\u00a0år og derover',
		en: 'Social assistance (kontanthjælp), age 30 and over'
	},
	quantities: [quantity('DKK', '15874'), quantity('DKK', '11944')],
	wording: {
		nb: '{0} per måned med barn, {1} for andre (2023); ny struktur fra 1.\u00a0juli 2025',
		da: '{0} om måneden med børn, {1} for andre (2023); ny struktur fra 1.\u00a0juli 2025',
		en: '{0} a month with children, {1} others (2023); new structure from 1\u00a0July 2025'
	},
	source: same('bm.dk, satser 2023; borger.dk'),
	year: 2023,
	confidence: 'high',
	age: 'dated'
};

const LABOUR_MARKET_CONTRIBUTION_DENMARK: Fact = {
	label: { nb: 'AM-bidrag', da: 'AM-bidrag', en: 'Labour market contribution (AM-bidrag)' },
	quantities: [quantity('share', '0.08')],
	wording: {
		nb: '{0} av lønn; betales ikke av førtidspension, sygedagpenge eller kontanthjælp',
		da: '{0} af lønnen; betales ikke af førtidspension, sygedagpenge eller kontanthjælp',
		en: '{0} of wages; not charged on førtidspension, sygedagpenge or kontanthjælp'
	},
	source: same('skat.dk'),
	confidence: 'high'
};

const DISCOUNT_SCHEDULE_R109: Fact = {
	label: {
		nb: 'Kalkulasjonsrente for lange tidshorisonter',
		da: 'Kalkulationsrente for lange tidshorisonter',
		en: 'Discount rate for long horizons'
	},
	quantities: [quantity('share', '0.04'), quantity('share', '0.03'), quantity('share', '0.02')],
	wording: {
		nb: '{0} de første 40\u00a0årene, {1} fra år 40 til 75, {2} deretter (disc=no)',
		da: '{0} de første 40\u00a0år, {1} fra år 40 til 75, {2} derefter (disc=no)',
		en: '{0} for the first 40 years, {1} from year 40 to 75, {2} after (disc=no)'
	},
	source: {
		nb: 'Finansdepartementet, rundskriv R-109/21, «i hovedsak uendret fra 2014»; satsene etter år 40 slik Kystverkets FRAM-modell (kalkpriser.py) anvender R-109/14',
		da: 'Finansdepartementet (Norges finansministerium), cirkulære R-109/21, «i hovedsak uendret fra 2014»; satserne efter år 40 som Kystverkets FRAM-model (kalkpriser.py) anvender R-109/14',
		en: 'Finansdepartementet (Norwegian Ministry of Finance), circular R-109/21, «i hovedsak uendret fra 2014»; the rates after year 40 as Kystverket’s FRAM model (kalkpriser.py) applies R-109/14'
	},
	year: 2021,
	confidence: ['medium', 'medium', 'medium']
};

const DISCOUNT_RATE_DENMARK: Fact = {
	label: {
		nb: 'Diskonteringsrente (Finansministeriet)',
		da: 'Diskonteringsrente (Finansministeriet)',
		en: 'Discount rate (Finansministeriet)'
	},
	quantities: [quantity('share', '0.035'), quantity('share', '0.025'), quantity('share', '0.015')],
	wording: {
		nb: '{0} for år 0–35, {1} for år 36–70, {2} etter år 70 (fra januar 2021; disc=dk)',
		da: '{0} for år 0–35, {1} for år 36–70, {2} efter år 70 (siden januar 2021; disc=dk)',
		en: '{0} for years 0–35, {1} for years 36–70, {2} after year 70 (since January 2021; disc=dk)'
	},
	source: same(
		'Finansministeriet, dokumentationsnotat, 7.1.2021; fm.dk, «Ny vejledning i samfundsøkonomiske konsekvensvurderinger», 22.6.2023'
	),
	year: 2021,
	confidence: 'high'
};

const COST_OF_PUBLIC_FUNDS_R109: Fact = {
	label: {
		nb: 'Skattefinansieringskostnad',
		da: 'Omkostning ved skattefinansiering (Norge)',
		en: 'Cost of public funds (Norway)'
	},
	quantities: [quantity('share', '0.2')],
	wording: {
		nb: '{0} av netto endring i offentlige utgifter, i samfunnsøkonomisk perspektiv (mcpf)',
		da: '{0} af den offentlige nettoudgift, i det samfundsøkonomiske perspektiv (mcpf)',
		en: '{0} of the net change in public spending, in the society perspective (mcpf)'
	},
	source: {
		nb: 'Finansdepartementet, rundskriv R-109/21; DFØ, Veileder i samfunnsøkonomiske analyser, kap. 3.4',
		da: 'Finansdepartementet (Norges finansministerium), cirkulære R-109/21; DFØ, Veileder i samfunnsøkonomiske analyser, kap. 3.4',
		en: 'Finansdepartementet (Norwegian Ministry of Finance), circular R-109/21; DFØ, Veileder i samfunnsøkonomiske analyser, ch. 3.4'
	},
	year: 2021,
	confidence: 'medium'
};

const COST_OF_PUBLIC_FUNDS_DENMARK: Fact = {
	label: {
		nb: 'Skatteforvridning (Finansministeriet)',
		da: 'Skatteforvridningstab (Finansministeriet)',
		en: 'Tax distortion (Finansministeriet)'
	},
	quantities: [quantity('share', '0.2'), quantity('share', '0.1'), quantity('share', '0')],
	wording: {
		nb: 'senket fra {0} til {1} i 2017 og fra juni 2023 ikke lenger regnet med: {2} (mcpf=0)',
		da: 'sænket fra {0} til {1} i 2017 og fra juni 2023 ikke længere medregnet: {2} (mcpf=0)',
		en: 'lowered from {0} to {1} in 2017, and from June 2023 no longer counted: {2} (mcpf=0)'
	},
	source: same(
		'Finansministeriet, fm.dk, «Ny vejledning i samfundsøkonomiske konsekvensvurderinger», 22.6.2023'
	),
	year: 2023,
	confidence: 'medium'
};

/** The Norwegian facts, in the order of the sources list. */
export const NORWAY_FACTS: readonly Fact[] = [
	POPULATION_NORWAY_2024,
	BASE_AMOUNT,
	AVERAGE_BASE_AMOUNT,
	AAP_RULES,
	AAP_MINIMUM_2025,
	AAP_RECIPIENTS_2025,
	AAP_BY_DIAGNOSIS,
	AAP_LEAVERS,
	DISABILITY_RECIPIENTS_2025,
	DISABILITY_MINIMUM,
	DISABILITY_BY_DIAGNOSIS,
	SICKNESS_BENEFIT,
	MENTAL_SHARE_OF_SICK_LEAVE,
	AVERAGE_WAGE_2024,
	PERSONAL_TAX_2025,
	AVERAGE_TAX_2025,
	EMPLOYER_CONTRIBUTION_2025,
	DISCOUNT_RATE_R109,
	DISCOUNT_SCHEDULE_R109,
	COST_OF_PUBLIC_FUNDS_R109,
	IPS_TRIAL_NORWAY,
	VALUE_OF_A_STATISTICAL_LIFE,
	VALUE_PER_DALY
];

/** The Danish facts, in the order of the sources list. */
export const DENMARK_FACTS: readonly Fact[] = [
	SICKNESS_BENEFIT_DENMARK,
	DISABILITY_PENSION_DENMARK,
	SOCIAL_ASSISTANCE_DENMARK,
	LABOUR_MARKET_CONTRIBUTION_DENMARK,
	DISCOUNT_RATE_DENMARK,
	COST_OF_PUBLIC_FUNDS_DENMARK
];

/**
 * The fact behind each input of the `norway-reference` preset, which the calculator also offers
 * as typical values: plain data, so a page can show them before anything else has loaded. The
 * number is named by its place in the fact's wording where the fact states several.
 */
export const NORWAY_REFERENCE_SOURCES = {
	pop: referenceValue(AAP_RECIPIENTS_2025),
	ben: referenceValue(AAP_MINIMUM_2025),
	btax: referenceValue(TAX_ON_AAP_MINIMUM_2025),
	wage: referenceValue(AVERAGE_WAGE_2024, 1), // a year
	wtax: referenceValue(TAX_ON_712K_2025),
	emp: referenceValue(EMPLOYER_CONTRIBUTION_2025),
	disc: referenceValue(DISCOUNT_RATE_R109)
} as const;

/**
 * The sourced figure of the deadweight adjustment (`adjustments.ts`): a Norwegian trial's control
 * group. The tax adjustment's figure depends on the benefit (`taxOnBenefitFact`).
 */
export const DEADWEIGHT_SOURCE = referenceValue(IPS_TRIAL_NORWAY, 2);
