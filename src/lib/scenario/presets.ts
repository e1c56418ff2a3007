/**
 * Presets: the scenarios of the seed articles (DESIGN.md, `seeds/`) as published, with verbatim
 * quotes, and the context notes of FACTS.md ("What the seed articles' figures look like against
 * sources"), plus the sourced Norwegian reference values. Framework-free.
 *
 * Each `query` is encoded from a `Scenario`, so it is canonical by construction. Texts are
 * Norwegian as published; titles, quotes and excerpts are verbatim from the seed files (including
 * their no-break spaces, written `\u00a0`). The notes that are not quotes are this project's own
 * words in each page language, with U+00A0 inside numbers and before `%`, `kr` and time units.
 */
import { honestAdjustments } from './adjustments';
import type { Locale } from '../format/locale';
import { FUNNEL_KEYS } from '../model/types';
import { decode, encode } from './codec';
import { referenceValue } from './fact-text';
import { NORWAY_REFERENCE_SOURCES, POPULATION_NORWAY_2024, same } from './facts';
import { hasFunnel, type Correction, type SeedCorrections } from './corrections';
import { STEP_KIND_KEYS } from './keys';
import type { Preset, ReferencePreset, SeedPreset } from './preset-types';
import { withDefaults, type Scenario } from './schema';

/** The population the anxiety and PTSD articles' funnels start from. */
const population = referenceValue(POPULATION_NORWAY_2024);

const benefitSentence =
	'Hvis hver av disse i snitt mottar ytelser (AAP, sykepenger, uføre) til en kostnad av 250 000 kr per år, er dette en samlet årlig kostnad på 3,75 milliarder kroner.';

/** Seed 000: 150 000 × 10 % × 250 000 kr = 3,75 milliarder, and "over 4 milliarder". */
const outOfWork: SeedPreset = {
	kind: 'seed',
	seed: '000',
	slug: 'utenfor-arbeid-150000',
	title: 'Hva når behandling ikke virker.. Er det feil på pasienten?',
	publisher: 'torstromsnes.no',
	date: '2025-07-08',
	dateKind: 'published',
	quote: benefitSentence,
	query: encode(
		withDefaults({
			pop: '150000',
			s1: '0.1',
			l1: 'Andel som får hjelp tilbake i arbeid (artikkelens antakelse)',
			ben: '250000',
			claims: [
				{ id: 'c1', metric: 'helped', op: 'eq', value: '15000' },
				{ id: 'c2', metric: 'benefit_saving', op: 'approx', value: '3750000000', sig: 3 },
				{ id: 'c3', metric: 'gross_effect', op: 'gt', value: '4000000000' }
			]
		})
	),
	excerpts: [
		{
			keys: ['pop'],
			text: 'I Norge har over 150 000 personer i arbeidsfør alder enten langvarige psykiske plager, utbrenthet eller kroniske smerter som holder dem helt eller delvis utenfor arbeid.'
		},
		{
			keys: ['s1'],
			text: 'La oss si at bare 10 % av disse fikk hjelp gjennom en innsiktsbasert tilnærming som faktisk førte til varig funksjonsbedring og tilbake i arbeid.'
		},
		{ keys: ['c1'], text: '10 % av 150 000 = 15 000 personer.' },
		{ keys: ['ben', 'c2'], text: benefitSentence },
		{
			keys: ['c3'],
			text: 'Hvis innsiktsbasert tilnærming kunne hjelpe 15 000 tilbake til arbeid, vil potensialet i besparelse og verdiskapning være på over 4 milliarder kroner per år, inkludert skatteinntekter og redusert helsebelastning.'
		}
	],
	notes: [
		{
			text: {
				nb: '168\u00a0884 mottakere av arbeidsavklaringspenger (AAP) ved utgangen av desember 2025, 4,7\u00a0% av befolkningen 18–66\u00a0år.',
				da: '168.884 modtagere af arbeidsavklaringspenger (AAP, den norske ydelse under afklaring af arbejdsevnen) ved udgangen af december 2025, 4,7\u00a0% af befolkningen 18–66\u00a0år.',
				en: '168,884 recipients of work assessment allowance (arbeidsavklaringspenger, AAP) at the end of December 2025, 4.7% of the population aged 18–66.'
			},
			source: same('NAV, «10\u00a0000 flere AAP-mottakere i 2025» (nav.no)'),
			quote: false
		},
		{
			text: {
				nb: 'Av AAP-mottakerne hadde 42\u00a0% en psykisk diagnose og 29,4\u00a0% en muskel- og skjelettdiagnose (første halvår 2019): til sammen om lag 120\u00a0000 av 168\u00a0884 (beregnet).',
				da: 'Af AAP-modtagerne havde 42\u00a0% en psykisk diagnose og 29,4\u00a0% en muskel- og skeletdiagnose (første halvår 2019): tilsammen omkring 120.000 af 168.884 (beregnet).',
				en: 'Of AAP recipients, 42% had a mental-health diagnosis and 29.4% a musculoskeletal one (first half of 2019): together about 120,000 of 168,884 (computed).'
			},
			source: {
				nb: 'NAV, via indem.no (andeler fra 2019)',
				da: 'NAV, via indem.no (andele fra 2019)',
				en: 'NAV, via indem.no (shares from 2019)'
			},
			quote: false
		},
		{
			text: {
				nb: 'Minste AAP per år ved G fra 1.\u00a0mai 2025 er 2,041 × 130\u00a0160\u00a0kr ≈ 265\u00a0657\u00a0kr (beregnet). AAP skattlegges som lønn; av 250\u00a0000\u00a0kr går om lag 12,3\u00a0% tilbake i skatt (beregnet etter 2025-reglene).',
				da: 'Den laveste AAP pr. år med grundbeløbet G fra 1.\u00a0maj 2025 er 2,041 × 130.160\u00a0NOK ≈ 265.657\u00a0NOK (beregnet). AAP beskattes som løn; af 250.000\u00a0NOK går omkring 12,3\u00a0% tilbage i skat (beregnet efter 2025-reglerne).',
				en: 'The minimum AAP a year, at the base amount G from 1\u00a0May 2025, is 2.041 × NOK\u00a0130,160 ≈ NOK\u00a0265,657 (computed). AAP is taxed as wages; of NOK\u00a0250,000 about 12.3% goes back in tax (computed under the 2025 rules).'
			},
			source: {
				nb: 'nav.no, «Beregning av arbeidsavklaringspenger»; regjeringen.no, «Arbeidsavklaringspenger» og «Skattesatser 2025»',
				da: 'nav.no, «Beregning av arbeidsavklaringspenger»; regjeringen.no, «Arbeidsavklaringspenger» og «Skattesatser 2025»',
				en: 'nav.no, «Beregning av arbeidsavklaringspenger»; regjeringen.no, «Arbeidsavklaringspenger» and «Skattesatser 2025»'
			},
			quote: false
		},
		{
			text: {
				nb: 'Artikkelen oppgir verken kilde eller utregning for «over 4 milliarder».',
				da: 'Artiklen angiver hverken kilde eller udregning for »over 4 milliarder«.',
				en: 'The article gives neither a source nor a calculation for «over 4 milliarder» (over 4 billion).'
			},
			source: {
				nb: 'Artikkelen selv',
				da: 'Artiklen selv',
				en: 'The article itself'
			},
			quote: false
		}
	],
	sources: {}
};

/** Seed 001: the anxiety funnel, 15 % × 30–40 % × 60 %. */
const anxiety: SeedPreset = {
	kind: 'seed',
	seed: '001',
	slug: 'angst-behandlingsresistent',
	title: 'Angstbehandling: hva gjør du når medisiner og terapi ikke hjelper nok?',
	publisher: 'Axonklinikken',
	date: '2025-07-31',
	dateKind: 'published',
	quote: 'Rundt 15 prosent av den norske befolkningen opplever en angstlidelse i løpet av livet.',
	query: encode(
		withDefaults({
			pop: population.value,
			s1: '0.15',
			s2: '0.35',
			s3: '0.6',
			l1: 'Angstlidelse i løpet av livet (artikkelens tall)',
			l2: 'Utilstrekkelig respons på behandling (30–40 %, midtpunkt)',
			l3: 'Klinisk signifikant bedring, GAD-7 (klinikkens interne tall)',
			k1: 'prev_life',
			k2: 'resistant',
			k3: 'response'
		})
	),
	excerpts: [
		{
			keys: ['s1'],
			text: 'Rundt 15 prosent av den norske befolkningen opplever en angstlidelse i løpet av livet.'
		},
		{
			keys: ['s2'],
			text: 'Anslagsvis 30–40 prosent av pasienter med angstlidelser opplever utilstrekkelig respons på førstelinje- og andrelinjebehandling.'
		},
		{
			keys: ['s3'],
			text: 'Axonklinikkens interne kvalitetssikring, basert på standardiserte skjemaer (GAD-7), viser at 60 prosent av pasientene opplever klinisk signifikant bedring i angst, og at 58 prosent rapporterer at angstsymptomene er minimale eller borte.'
		}
	],
	notes: [
		{
			text: 'om lag en av fire rammes av en angstlidelse i løpet av livet, og cirka 15 prosent i løpet av et år',
			source: same('Folkehelseinstituttet, «Angst» (fhi.no)'),
			quote: true,
			lang: 'nb'
		},
		{
			text: 'only about 60% of patients respond to those treatments to any significant degree',
			source: same('Bystritsky et al., Molecular Psychiatry 2006 (PubMed 16847460)'),
			quote: true,
			lang: 'en'
		},
		{
			text: 'Disse tallene representerer vår interne kvalitetssikring og er ikke en del av en formell forskningsstudie.',
			source: {
				nb: 'Axonklinikken, i artikkelen selv',
				da: 'Axonklinikken, i artiklen selv',
				en: 'Axonklinikken, in the article itself'
			},
			quote: true,
			lang: 'nb'
		},
		{
			text: 'The average response and remission rates in placebo groups were 37% and 24%, respectively.',
			source: same('Motta et al., BMJ Mental Health 2023 (PubMed 37142305)'),
			quote: true,
			lang: 'en'
		},
		{
			text: {
				nb: 'Tallet gjelder placebogruppene i 135 studier av SSRI og SNRI ved angst, tvangslidelse og stresslidelser, ikke pasienter som annen behandling ikke har hjulpet, og «respons» er målt med studienes skalaer, ikke GAD-7. Klinikkens 60\u00a0% er målt uten kontrollgruppe; B regner 37 av de 60 prosentpoengene som bedring som ville ha kommet også uten behandlingen: 37\u00a0÷\u00a060\u00a0≈\u00a062\u00a0% dødvekt.',
				da: 'Tallet gælder placebogrupperne i 135 studier af SSRI og SNRI ved angst, OCD og stresslidelser, ikke patienter, som anden behandling ikke har hjulpet, og »respons« er målt med studiernes skalaer, ikke GAD-7. Klinikkens 60\u00a0% er målt uden kontrolgruppe; B regner 37 af de 60 procentpoint som bedring, der også ville være kommet uden behandlingen: 37\u00a0÷\u00a060\u00a0≈\u00a062\u00a0% dødvægt.',
				en: 'The figure is for the placebo groups of 135 trials of SSRIs and SNRIs in anxiety, obsessive-compulsive and stress disorders, not for patients whom other treatment has not helped, and \u201cresponse\u201d is measured on the trials\u2019 scales, not GAD-7. The clinic\u2019s 60% is measured without a control group; B counts 37 of its 60 percentage points as improvement that would have come without the treatment too: 37\u00a0÷\u00a060\u00a0≈\u00a062% deadweight.'
			},
			source: same('Motta et al., BMJ Mental Health 2023'),
			quote: false,
			// 37 % improve on placebo against the clinic's 60 %: 37 ÷ 60 ≈ 62 % of those who improve
			// would have improved without the treatment, as Reme et al. give deadweight for work.
			corrects: { key: 'dead', value: '0.62' }
		}
	],
	sources: { pop: population }
};

/** Seed 003: the PTSD funnel, 6 % × 60 % × 70 %. */
const ptsd: SeedPreset = {
	kind: 'seed',
	seed: '003',
	slug: 'ptsd-infusjon',
	title: 'Håp etter traumene – ny behandlingsmetode mot PTSD',
	publisher: 'Synapseklinikken',
	date: '2025-10-25',
	dateKind: 'updated',
	quote:
		'Tilstanden rammer et betydelig mindretall – anslagsvis omkring 6% av befolkningen vil utvikle PTSD i løpet av livet',
	query: encode(
		withDefaults({
			pop: population.value,
			s1: '0.06',
			s2: '0.6',
			s3: '0.7',
			l1: 'Utvikler PTSD i løpet av livet (artikkelens tall)',
			l2: 'Ingen respons på SSRI («opptil 60 %»)',
			l3: 'Betydelig symptomreduksjon i åpen studie («nesten 70 %»)',
			k1: 'prev_life',
			k2: 'resistant',
			k3: 'response'
		})
	),
	excerpts: [
		{
			keys: ['s1'],
			text: 'Tilstanden rammer et betydelig mindretall – anslagsvis omkring 6% av befolkningen vil utvikle PTSD i løpet av livet'
		},
		{
			keys: ['s2'],
			text: 'Faktisk viser studier at traumefokusert terapi ofte kun gir delvis symptomlette, og opptil 60% av pasientene oppnår ingen respons på SSRI-medikasjon\u00a0– kun rundt 20–30% blir helt friske av slike legemidler.'
		},
		{
			keys: ['s3'],
			text: 'En nyere åpen studie (2025) kombinerte infusjonsbehandlingen med traumefokusert skriftlig eksponeringsterapi, og fant at nesten 70% av pasientene oppnådde en betydelig symptomreduksjon\u00a0i løpet av behandlingsforløpet.'
		}
	],
	notes: [
		{
			text: 'lifetime prevalence in the U.S. is estimated to be 6%',
			source: same('American Psychiatric Association (psychiatry.org)'),
			quote: true,
			lang: 'en'
		},
		{
			text: {
				nb: 'En norsk studie anslår livstidsforekomsten av PTSD til om lag 2,6\u00a0%.',
				da: 'Et norsk studie anslår livstidsforekomsten af PTSD til omkring 2,6\u00a0%.',
				en: 'A Norwegian study estimates the lifetime prevalence of PTSD at about 2.6%.'
			},
			source: same('Tidsskriftet / Helsetidsskriftet, 2025'),
			quote: false,
			corrects: { key: 's1', value: '0.026' }
		},
		{
			text: 'Approximately 60% of patients with PTSD respond to SSRIs, and only 20%–30% achieve complete remission',
			source: {
				nb: 'Feder et al., Am J Psychiatry 2021 (opptrykk i Focus 2023)',
				da: 'Feder et al., Am J Psychiatry 2021 (genoptrykt i Focus 2023)',
				en: 'Feder et al., Am J Psychiatry 2021 (reprinted in Focus 2023)'
			},
			quote: true,
			lang: 'en',
			// 60 % respond to SSRIs, so 40 % get no response (the article's step 2).
			corrects: { key: 's2', value: '0.4' }
		},
		{
			text: {
				nb: 'Den randomiserte studien ved Mount Sinai hadde 30 deltakere: 67\u00a0% responderte på infusjonene mot 20\u00a0% i kontrollgruppen, og median tid til tap av respons var 27,5\u00a0dager. B regner 20\u00a0÷\u00a067\u00a0≈\u00a030\u00a0% som dødvekt: kontrollgruppens responsrate mot den med infusjonene.',
				da: 'Det randomiserede studie ved Mount Sinai havde 30 deltagere: 67\u00a0% responderede på infusionerne mod 20\u00a0% i kontrolgruppen, og mediantiden til tab af respons var 27,5\u00a0dage. B regner 20\u00a0÷\u00a067\u00a0≈\u00a030\u00a0% som dødvægt: kontrolgruppens responsrate over for den med infusionerne.',
				en: 'The randomised trial at Mount Sinai had 30 participants: 67% responded to the infusions against 20% in the control group, and the median time to loss of response was 27.5\u00a0days. B takes 20\u00a0÷\u00a067\u00a0≈\u00a030% as deadweight: the control group\u2019s rate of response against that with the infusions.'
			},
			source: same('Feder et al., Am J Psychiatry 2021'),
			quote: false,
			// 20 % responded in the control group against 67 % with the infusions: 20 ÷ 67 ≈ 30 % of
			// those who respond would have responded anyway (deadweight, as Reme et al. give it for
			// work).
			corrects: { key: 'dead', value: '0.3' }
		},
		{
			text: {
				nb: 'En studie med 158 amerikanske veteraner (2022) fant ingen signifikant effekt.',
				da: 'Et studie med 158 amerikanske veteraner (2022) fandt ingen signifikant effekt.',
				en: 'A study of 158 US veterans (2022) found no significant effect.'
			},
			source: same('Abdallah et al., Neuropsychopharmacology 2022'),
			quote: false
		},
		{
			text: {
				nb: 'Den åpne studien fra 2025: 9 av 13 pasienter (69\u00a0%) responderte, uten kontrollgruppe.',
				da: 'Det åbne studie fra 2025: 9 af 13 patienter (69\u00a0%) responderede, uden kontrolgruppe.',
				en: 'The open-label study of 2025: 9 of 13 patients (69%) responded, without a control group.'
			},
			source: same('Feder et al., J Clin Psychiatry 2025;86(2)'),
			quote: false
		}
	],
	sources: { pop: population }
};

/**
 * AAP recipients at sourced Norwegian rates. `s1` (0.1, the seed article's 10 %) is an
 * assumption and its label says so; `years` stays 1, so `disc` only matters once a user sets a
 * horizon.
 */
export const NORWAY_REFERENCE: ReferencePreset = {
	kind: 'reference',
	slug: 'norway-reference',
	title: 'Norge, kildebelagte referanseverdier',
	translatedTitle: {
		da: 'Norge, referenceværdier med kilder',
		en: 'Norway, sourced reference values'
	},
	query: encode(
		withDefaults({
			pop: NORWAY_REFERENCE_SOURCES.pop.value,
			s1: '0.1',
			l1: 'Antakelse, ikke kildebelagt: andel som kommer tilbake i arbeid',
			ben: NORWAY_REFERENCE_SOURCES.ben.value,
			btax: NORWAY_REFERENCE_SOURCES.btax.value,
			wage: NORWAY_REFERENCE_SOURCES.wage.value,
			wtax: NORWAY_REFERENCE_SOURCES.wtax.value,
			emp: NORWAY_REFERENCE_SOURCES.emp.value,
			disc: NORWAY_REFERENCE_SOURCES.disc.value
		})
	),
	notes: [],
	sources: NORWAY_REFERENCE_SOURCES
};

/** Every preset, seeds first (in seed order), then the reference values. */
export const PRESETS: readonly Preset[] = [outOfWork, anxiety, ptsd, NORWAY_REFERENCE];

/** The preset with this slug, or `undefined`. */
export function findPreset(slug: string): Preset | undefined {
	return PRESETS.find((preset) => preset.slug === slug);
}

/**
 * A preset's title to show on a page in `lang`, and the language it is written in (for the
 * `lang` attribute): the reference preset's in the page language; a seed's, an article title,
 * always verbatim in Norwegian. Every page that shows a preset title goes through here.
 */
export function presetTitle(preset: Preset, lang: Locale): { text: string; lang: Locale } {
	if (preset.kind === 'reference' && lang !== 'nb') {
		return { text: preset.translatedTitle[lang], lang };
	}
	return { text: preset.title, lang: 'nb' };
}

/**
 * The query the calculator opens a preset with ("Vary this"): its scenario, canonical, in
 * `lang`, titled with the preset's title as the page shows it (at most 120 characters, the
 * title's bound), so a link shared from there, and its citation, name what it is.
 */
export function presetVaryQuery(preset: Preset, lang: Locale): string {
	return encode(presetScenario(preset, lang), { lang });
}

/** A preset's scenario as the calculator opens it: titled in `lang` (at most 120 characters). */
function presetScenario(preset: Preset, lang: Locale): Scenario {
	const decoded = decode(preset.query);
	if (decoded.input === null) throw new Error(`preset ${preset.slug} does not decode`);
	const title = Array.from(presetTitle(preset, lang).text).slice(0, 120).join('');
	return { ...decoded.input, title };
}

/** The corrections of a preset's context notes (`PresetNote.corrects`), in the notes' order. */
export function presetCorrections(preset: Preset): Correction[] {
	return preset.notes.flatMap(({ corrects, source }) =>
		corrects === undefined ? [] : [{ ...corrects, source }]
	);
}

/** The keys that make a seed's funnel: its population, its steps' shares and their kinds. */
const SEED_FUNNEL_KEYS = ['pop', ...FUNNEL_KEYS, ...STEP_KIND_KEYS] as const;

/** A seed's population, shares and kinds, `null` where it has none. */
function seedFunnel(preset: Preset): Record<string, string | null> {
	const values = presetScenario(preset, 'nb') as unknown as Record<string, unknown>;
	return Object.fromEntries(
		SEED_FUNNEL_KEYS.map((key) => [key, values[key] === undefined ? null : String(values[key])])
	);
}

/**
 * The seed whose funnel `scenario` has as A (the same population, shares and kinds), with the
 * figures its sources give where the article gives another or none: what the calculator may
 * name the sources of in B (`correctionsInB`). Null for any other scenario, or a seed without
 * such figures.
 */
export function seedCorrectionsFor(scenario: Scenario): SeedCorrections | null {
	return SEEDS_WITH_CORRECTIONS.find((seed) => hasFunnel(scenario, seed.funnel)) ?? null;
}

/** The seeds whose sources give figures for their inputs, with their funnels: once. */
const SEEDS_WITH_CORRECTIONS: readonly SeedCorrections[] = PRESETS.flatMap((preset) => {
	const corrections = presetCorrections(preset);
	return corrections.length === 0 ? [] : [{ funnel: seedFunnel(preset), corrections }];
});

/**
 * The calculator's query for a preset with, as scenario B, its honest adjustments
 * (`adjustments.ts`) and the figures its context notes give where the article gives another or
 * none (`presetCorrections`), titled as `presetVaryQuery`; null when there are none.
 */
export function presetAdjustedQuery(preset: Preset, lang: Locale): string | null {
	const scenario = presetScenario(preset, lang);
	const changes = [...honestAdjustments(scenario), ...presetCorrections(preset)];
	if (changes.length === 0) return null;
	const b = Object.fromEntries(changes.map(({ key, value }) => [`b_${key}`, value]));
	return encode({ ...scenario, ...b }, { lang });
}
