/**
 * The Norwegian reference figures of the project's sources list (FACTS.md), in each language,
 * for the method page. Framework-free.
 */
import {
	COMPUTED,
	HIGH,
	MEDIUM,
	MEDIUM_HIGH,
	same,
	type ReferenceFigure
} from './reference-figures';

const G_SOURCE = same('NAV, navikt/aap-behandlingsflyt, Grunnbeløp.kt');

export const NORWAY: readonly ReferenceFigure[] = [
	{
		figure: {
			nb: 'Folketallet i Norge 1.\u00a0januar 2024',
			da: 'Befolkningen i Norge 1.\u00a0januar 2024',
			en: 'Population of Norway, 1\u00a0January 2024'
		},
		value: {
			nb: '5\u00a0550\u00a0203 (5\u00a0562\u00a0363 ved utgangen av 1.\u00a0kvartal 2024)',
			da: '5.550.203 (5.562.363 ved udgangen af 1.\u00a0kvartal 2024)',
			en: '5,550,203 (5,562,363 at the end of Q1 2024)'
		},
		source: same('SSB, «Befolkning» (ssb.no, 22.5.2024)'),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Grunnbeløpet (G) fra 1.\u00a0mai 2024 / 2025 / 2026',
			da: 'Grundbeløbet (G) fra 1.\u00a0maj 2024 / 2025 / 2026',
			en: 'Base amount (grunnbeløpet, G) from 1\u00a0May 2024 / 2025 / 2026'
		},
		value: {
			nb: '124\u00a0028 / 130\u00a0160 / 136\u00a0549\u00a0kr',
			da: '124.028 / 130.160 / 136.549\u00a0NOK',
			en: 'NOK\u00a0124,028 / 130,160 / 136,549'
		},
		source: G_SOURCE,
		confidence: {
			nb: 'høy / høy / middels til høy',
			da: 'høj / høj / middel til høj',
			en: 'high / high / medium-high'
		}
	},
	{
		figure: {
			nb: 'Gjennomsnittlig G i kalenderåret 2024 / 2025 / 2026',
			da: 'Gennemsnitligt G i kalenderåret 2024 / 2025 / 2026',
			en: 'Average G over the calendar year 2024 / 2025 / 2026'
		},
		value: {
			nb: '122\u00a0225 / 128\u00a0116 / 134\u00a0419\u00a0kr',
			da: '122.225 / 128.116 / 134.419\u00a0NOK',
			en: 'NOK\u00a0122,225 / 128,116 / 134,419'
		},
		source: G_SOURCE,
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Arbeidsavklaringspenger (AAP)',
			da: 'Arbejdsafklaringspenge (AAP)',
			en: 'Work assessment allowance (AAP)'
		},
		value: {
			nb: '66\u00a0% av tidligere inntekt, regnet av inntekt opp til 6\u00a0G; minst 2,041\u00a0G fra 1.\u00a0juli 2024 (2/3 av dette under 25\u00a0år); skattlegges som lønn',
			da: '66\u00a0% af tidligere indkomst, beregnet af indkomst op til 6\u00a0G; mindst 2,041\u00a0G fra 1.\u00a0juli 2024 (2/3 heraf under 25\u00a0år); beskattes som løn',
			en: '66% of prior income, counting income up to 6\u00a0G; minimum 2.041\u00a0G from 1\u00a0July 2024 (two thirds of that under 25); taxed as wage income'
		},
		source: same(
			'nav.no, «Beregning av arbeidsavklaringspenger»; regjeringen.no, «Arbeidsavklaringspenger»'
		),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Minste AAP ved G fra 2025',
			da: 'Mindste AAP ved G fra 2025',
			en: 'AAP minimum at the 2025 G'
		},
		value: {
			nb: '265\u00a0657\u00a0kr per år (2,041 × 130\u00a0160)',
			da: '265.657\u00a0NOK om året (2,041 × 130.160)',
			en: 'NOK\u00a0265,657 a year (2.041 × 130,160)'
		},
		source: {
			nb: 'Beregnet fra tallene over',
			da: 'Beregnet ud fra tallene ovenfor',
			en: 'Computed from the figures above'
		},
		confidence: COMPUTED
	},
	{
		figure: {
			nb: 'AAP-mottakere ved utgangen av desember 2025',
			da: 'AAP-modtagere ved udgangen af december 2025',
			en: 'AAP recipients, end of December 2025'
		},
		value: {
			nb: '168\u00a0884 (4,7\u00a0% av befolkningen 18–66\u00a0år)',
			da: '168.884 (4,7\u00a0% af befolkningen 18–66\u00a0år)',
			en: '168,884 (4.7% of those aged 18–66)'
		},
		source: same('NAV, «10 000 flere AAP-mottakere i 2025» (nav.no)'),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'AAP-mottakere etter diagnose',
			da: 'AAP-modtagere efter diagnose',
			en: 'AAP recipients by diagnosis'
		},
		value: {
			nb: '42\u00a0% psykiske lidelser, 29,4\u00a0% muskel- og skjelettlidelser (1.\u00a0halvår 2019)',
			da: '42\u00a0% psykiske lidelser, 29,4\u00a0% muskel- og skeletlidelser (1.\u00a0halvår 2019)',
			en: '42% mental disorders, 29.4% musculoskeletal (first half of 2019)'
		},
		source: same('NAV, via indem.no'),
		confidence: { nb: 'middels, eldre tall', da: 'middel, ældre tal', en: 'medium, dated' }
	},
	{
		figure: {
			nb: 'De som går ut av AAP',
			da: 'Personer, der forlader AAP',
			en: 'People leaving AAP'
		},
		value: {
			nb: 'Bare 20–25\u00a0% er registrert i arbeid uten samtidig å motta ytelser fra NAV (januar 2025)',
			da: 'Kun 20–25\u00a0% er registreret i beskæftigelse uden samtidig at modtage ydelser fra NAV (januar 2025)',
			en: 'Only 20–25% are registered as employed without also receiving benefits from NAV (January 2025)'
		},
		source: {
			nb: 'Finansavisen/NTB, som siterer NAV',
			da: 'Finansavisen/NTB, der citerer NAV',
			en: 'Finansavisen/NTB, quoting NAV'
		},
		confidence: MEDIUM_HIGH
	},
	{
		figure: {
			nb: 'Mottakere av uføretrygd ved utgangen av 2025',
			da: 'Modtagere af uføretrygd (norsk førtidspension) ved udgangen af 2025',
			en: 'Disability benefit (uføretrygd) recipients, end of 2025'
		},
		value: {
			nb: '374\u00a0900 (10,5\u00a0% av befolkningen 18–67\u00a0år)',
			da: '374.900 (10,5\u00a0% af befolkningen 18–67\u00a0år)',
			en: '374,900 (10.5% of those aged 18–67)'
		},
		source: same('NTB, 12.2.2026'),
		confidence: MEDIUM_HIGH
	},
	{
		figure: {
			nb: 'Minste uføretrygd',
			da: 'Mindste uføretrygd',
			en: 'Disability benefit (uføretrygd), minimum'
		},
		value: {
			nb: '2,28\u00a0G for samboende, 2,48\u00a0G for enslige',
			da: '2,28\u00a0G for samlevende, 2,48\u00a0G for enlige',
			en: '2.28\u00a0G cohabiting, 2.48\u00a0G single'
		},
		source: same('nav.no, «Beregning av uføretrygd»'),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Uføretrygdede etter diagnose',
			da: 'Modtagere af uføretrygd efter diagnose',
			en: 'Disability benefit recipients by diagnosis'
		},
		value: {
			nb: '34,8\u00a0% psykiske lidelser, 28,5\u00a0% muskel- og skjelettlidelser (2014)',
			da: '34,8\u00a0% psykiske lidelser, 28,5\u00a0% muskel- og skeletlidelser (2014)',
			en: '34.8% mental disorders, 28.5% musculoskeletal (2014)'
		},
		source: same('NAV, notat 2014'),
		confidence: { nb: 'middels, gamle tall', da: 'middel, gamle tal', en: 'medium, old' }
	},
	{
		figure: {
			nb: 'Sykepenger',
			da: 'Sygepenge (sykepenger)',
			en: 'Sickness benefit (sykepenger)'
		},
		value: {
			nb: '100\u00a0% av tapt inntekt opp til 6\u00a0G, i høyst ett år; arbeidsgiveren betaler de første 16\u00a0dagene',
			da: '100\u00a0% af tabt indkomst op til 6\u00a0G, i højst et år; arbejdsgiveren betaler de første 16\u00a0dage',
			en: '100% of lost income up to 6\u00a0G, for at most one year; the employer pays the first 16\u00a0days'
		},
		source: { nb: 'SSB, definisjoner', da: 'SSB, definitioner', en: 'SSB, definitions' },
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Psykiske lidelsers andel av legemeldte sykefraværsdager',
			da: 'Psykiske lidelsers andel af lægemeldte sygefraværsdage',
			en: 'Mental disorders’ share of certified sick-leave days'
		},
		value: {
			nb: '25\u00a0% (2.\u00a0kvartal 2023)',
			da: '25\u00a0% (2.\u00a0kvartal 2023)',
			en: '25% (Q2 2023)'
		},
		source: same('NAV, via Dagsavisen, 7.9.2023'),
		confidence: MEDIUM
	},
	{
		figure: {
			nb: 'Gjennomsnittlig månedslønn per heltidsekvivalent, november 2024',
			da: 'Gennemsnitlig månedsløn pr. fuldtidsækvivalent, november 2024',
			en: 'Average monthly earnings per full-time equivalent, November 2024'
		},
		value: {
			nb: '59\u00a0370\u00a0kr (≈ 712\u00a0440\u00a0kr per år, beregnet × 12)',
			da: '59.370\u00a0NOK (≈ 712.440\u00a0NOK om året, beregnet × 12)',
			en: 'NOK\u00a059,370 (≈ NOK\u00a0712,440 a year, computed × 12)'
		},
		source: same('SSB, «Lønn»'),
		confidence: HIGH
	},
	{
		figure: { nb: 'Personskatt 2025', da: 'Personskat 2025', en: 'Personal income tax, 2025' },
		value: {
			nb: '22\u00a0% på alminnelig inntekt; trygdeavgift 7,7\u00a0% på lønn; trinnskatt 1,7 / 4,0 / 13,7 / 16,7 / 17,7\u00a0% fra 217\u00a0400 / 306\u00a0050 / 697\u00a0150 / 942\u00a0400 / 1\u00a0410\u00a0750\u00a0kr',
			da: '22\u00a0% af almindelig indkomst; trygdeavgift (socialsikringsbidrag) 7,7\u00a0% af løn; trinskat 1,7 / 4,0 / 13,7 / 16,7 / 17,7\u00a0% fra 217.400 / 306.050 / 697.150 / 942.400 / 1.410.750\u00a0NOK',
			en: '22% on ordinary income; social security contribution (trygdeavgift) 7.7% on wages; bracket tax (trinnskatt) 1.7 / 4.0 / 13.7 / 16.7 / 17.7% from NOK\u00a0217,400 / 306,050 / 697,150 / 942,400 / 1,410,750'
		},
		source: same('regjeringen.no, «Skattesatser 2025»'),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Gjennomsnittsskatt på lønn etter 2025-reglene',
			da: 'Gennemsnitsskat af løn efter 2025-reglerne',
			en: 'Average tax on a wage, 2025 rules'
		},
		value: {
			nb: '250\u00a0000\u00a0kr: 12,3\u00a0%; 265\u00a0657\u00a0kr (minste AAP): 13,4\u00a0%; 500\u00a0000\u00a0kr: 22,7\u00a0%; 600\u00a0000\u00a0kr: 24,6\u00a0%; 650\u00a0000\u00a0kr: 25,3\u00a0%; 712\u00a0000\u00a0kr: 26,2\u00a0%',
			da: '250.000\u00a0NOK: 12,3\u00a0%; 265.657\u00a0NOK (mindste AAP): 13,4\u00a0%; 500.000\u00a0NOK: 22,7\u00a0%; 600.000\u00a0NOK: 24,6\u00a0%; 650.000\u00a0NOK: 25,3\u00a0%; 712.000\u00a0NOK: 26,2\u00a0%',
			en: 'NOK\u00a0250,000: 12.3%; 265,657 (the minimum AAP): 13.4%; 500,000: 22.7%; 600,000: 24.6%; 650,000: 25.3%; 712,000: 26.2%'
		},
		source: {
			nb: 'Beregnet fra satsene over (650\u00a0000\u00a0kr stemmer med smartepenger.no)',
			da: 'Beregnet ud fra satserne ovenfor (650.000\u00a0NOK stemmer med smartepenger.no)',
			en: 'Computed from the rates above (NOK\u00a0650,000 matches smartepenger.no)'
		},
		confidence: COMPUTED
	},
	{
		figure: {
			nb: 'Arbeidsgiveravgift, sone I',
			da: 'Arbejdsgiverbidrag (arbeidsgiveravgift), zone I',
			en: 'Employer’s contribution (arbeidsgiveravgift), zone I'
		},
		value: {
			nb: '14,1\u00a0% (2025 og 2026)',
			da: '14,1\u00a0% (2025 og 2026)',
			en: '14.1% (2025 and 2026)'
		},
		source: same('regjeringen.no, «Avgiftssatser 2026»'),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Kalkulasjonsrente for samfunnsøkonomiske analyser',
			da: 'Kalkulationsrente for samfundsøkonomiske analyser',
			en: 'Discount rate for socio-economic analysis'
		},
		value: { nb: '4\u00a0% reell', da: '4\u00a0% real', en: '4% real' },
		source: same('Finansdepartementet, rundskriv R-109/21 (DFØ)'),
		confidence: MEDIUM
	},
	{
		figure: {
			nb: 'Verdien av et statistisk liv',
			da: 'Værdien af et statistisk liv',
			en: 'Value of a statistical life'
		},
		value: {
			nb: '30\u00a0millioner 2012-kroner (R-109/21); DFØ-justert 54,89\u00a0millioner\u00a0kr for 2023 (foreløpig)',
			da: '30\u00a0mio. 2012-NOK (R-109/21); DFØ-justeret 54,89\u00a0mio.\u00a0NOK for 2023 (foreløbig)',
			en: 'NOK\u00a030\u00a0million in 2012 prices (R-109/21); DFØ-adjusted NOK\u00a054.89\u00a0million for 2023 (preliminary)'
		},
		source: same('dfo.no, «Verdien av et statistisk liv»'),
		confidence: HIGH
	},
	{
		figure: {
			nb: 'Verdi per DALY i Helsedirektoratets rapport om sykdomskostnader',
			da: 'Værdi pr. DALY i Helsedirektoratets rapport om sygdomsomkostninger',
			en: 'Value per DALY in Helsedirektoratet’s cost-of-illness report'
		},
		value: {
			nb: '0,82 / 0,78 / 0,97\u00a0millioner\u00a0kr (2019- / 2020- / 2021-priser)',
			da: '0,82 / 0,78 / 0,97\u00a0mio.\u00a0NOK (2019- / 2020- / 2021-priser)',
			en: 'NOK\u00a00.82 / 0.78 / 0.97\u00a0million (2019 / 2020 / 2021 prices)'
		},
		source: same('Helsedirektoratet, «Samfunnskostnader ved sykdom og ulykker 2019–2021»'),
		confidence: HIGH
	}
];
