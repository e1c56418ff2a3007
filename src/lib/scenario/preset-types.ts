/**
 * The shape of a preset: a scenario someone published (a seed article) or a set of sourced
 * reference values, with what a reader needs to judge it. Framework-free.
 *
 * User-visible prose: `title`, `quote`, `excerpts[].text`, `notes[].text`, `sources[].label`
 * and `sources[].source`, and the labels `l1` … `l8` inside `query`. Quotes, excerpts and seed
 * titles are verbatim (never translated); notes marked `quote: true` are verbatim from their
 * source, in the source's language. Reference values and the reference preset's title are
 * written in each page language.
 */
import type { Locale } from '../format/locale';
import type { DecimalString } from '../model/types';
import type { CorrectedKey } from './corrections';
import type { Localized } from './facts';
import type { ScenarioKey } from './keys';

/**
 * A context note on a preset's figures: a source's own words (`quote`), verbatim in the source's
 * language, or a sourced figure in this project's words, in each page language. Where it comes
 * from (publisher, title, year) is said in each page language; a title stays as published.
 * `corrects`: the input whose article figure (or silence, for deadweight) the note's figure
 * replaces, with that input's value by the source (a share as a fraction), which the preset's
 * scenario B takes.
 */
export type PresetNote = (
	| { quote: true; text: string; lang: 'nb' | 'en'; source: Localized }
	| { quote: false; text: Localized; source: Localized }
) & { corrects?: { key: CorrectedKey; value: DecimalString } };

/** A verbatim sentence of the article and the URL keys whose values it gives. */
export interface PresetExcerpt {
	keys: ScenarioKey[];
	text: string;
}

/**
 * A fact (`./facts`) as one input takes it, shown with its source and year: built by
 * `referenceValue` (`./fact-text`), never written by hand.
 */
export interface ReferenceValue {
	/** The value the preset uses, canonical (equal to the scenario's value for that key). */
	value: DecimalString;
	/** What the figure is and all the fact says, numbers written the way each language does. */
	label: Localized;
	/** Where it comes from; names of institutions and document titles stay Norwegian. */
	source: Localized;
	year: number;
	/** `computed`: arithmetic on sourced figures, and the UI says so. */
	confidence: 'high' | 'medium' | 'computed';
}

interface PresetBase {
	/** URL-safe id, stable once published (`/claims/[slug]`). */
	slug: string;
	/** In Norwegian: a seed's article title verbatim. Shown through `presetTitle` (presets.ts). */
	title: string;
	/** The canonical query string of the scenario, claims included. */
	query: string;
	notes: PresetNote[];
	/** Reference values behind some inputs; keys absent here are the publisher's or assumptions. */
	sources: Partial<Record<ScenarioKey, ReferenceValue>>;
}

/** A scenario as published in one of the seed articles. */
export interface SeedPreset extends PresetBase {
	kind: 'seed';
	/** The seed file's number (`000`, `001`, `003`). */
	seed: string;
	publisher: string;
	/** ISO date as the article shows it; see `dateKind`. */
	date: string;
	dateKind: 'published' | 'updated';
	url?: string;
	/** The central sentence, verbatim, at most 300 characters. */
	quote: string;
	excerpts: PresetExcerpt[];
}

/** Inputs taken from sourced reference figures rather than from one article. */
export interface ReferencePreset extends PresetBase {
	kind: 'reference';
	/** `title` in the other page languages. */
	translatedTitle: Record<Exclude<Locale, 'nb'>, string>;
}

export type Preset = SeedPreset | ReferencePreset;
