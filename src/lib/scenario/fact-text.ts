/**
 * How a fact (`./facts`) reads in each page language: its numbers written by the formatting layer
 * and put into its words, its source, how sure it is; and the reference value an input takes from
 * it. Framework-free: no Svelte, no DOM, no Node APIs.
 */
import { formatMoney, formatNumber, formatShare } from '../format/format-number';
import { isCurrency } from '../format/currency';
import { LOCALES, type Locale } from '../format/locale';
import type { DecimalString } from '../model/types';
import type { Confidence, Fact, FactUnit, Localized, Quantity } from './facts';
import type { ReferenceValue } from './preset-types';

/** The scale word after a number of millions, as the method page has always written it. */
const MILLIONS: Localized = { nb: 'millioner', da: 'mio.', en: 'million' };

/** How sure a figure is, in the words of the method page's list. */
const CONFIDENCE_WORDS: Record<Confidence, Localized> = {
	high: { nb: 'høy', da: 'høj', en: 'high' },
	'medium-high': { nb: 'middels til høy', da: 'middel til høj', en: 'medium-high' },
	medium: { nb: 'middels', da: 'middel', en: 'medium' },
	computed: {
		nb: 'beregnet fra kildebelagte tall',
		da: 'beregnet ud fra tal med kilde',
		en: 'computed from sourced figures'
	}
};

const AGE_WORDS: Record<NonNullable<Fact['age']>, Localized> = {
	dated: { nb: 'eldre tall', da: 'ældre tal', en: 'dated' },
	old: { nb: 'gamle tall', da: 'gamle tal', en: 'old' }
};

/** Digits after the decimal point of a decimal string: `0.017` → 3. */
function decimals(value: DecimalString): number {
	return value.split('.')[1]?.length ?? 0;
}

/**
 * `value` written in `unit`, with `digits` fraction digits (of the percentage, for a share). Money
 * keeps the formatter's own rule: whole kroner, or øre when there are any.
 */
function written(value: DecimalString, unit: FactUnit, lang: Locale, digits: number): string {
	const exactly = { minimumFractionDigits: digits, maximumFractionDigits: digits };
	if (isCurrency(unit)) return formatMoney(value, lang, unit);
	if (unit === 'share') return formatShare(value, lang, exactly);
	if (unit === 'G') return `${formatNumber(value, lang, exactly)}\u00a0G`;
	return formatNumber(value, lang, exactly);
}

/**
 * A quantity as the page's language writes it. A row carries its unit once, where the formatter
 * puts it (`124 028 / 130 160 / 136 549 kr`, `NOK 124,028 / 130,160 / 136,549`), and its numbers
 * all show the digits the most precise one needs, so they line up (`1,7 / 4,0 / 13,7 %`).
 */
function quantityText(quantity: Quantity, lang: Locale): string {
	const { numbers, unit } = quantity;
	const digits = Math.max(
		...numbers.map((value) => (unit === 'share' ? decimals(value) - 2 : decimals(value))),
		0
	);
	// What the unit puts around a number: the text either side of a zero written in it.
	const [prefix = '', suffix = ''] = written('0', unit, lang, 0).split('0');
	const figures = numbers.map((value) => {
		const text = written(value, unit, lang, digits);
		return text.slice(prefix.length, text.length - suffix.length);
	});
	const scale = quantity.millions ? `\u00a0${MILLIONS[lang]}` : '';
	return prefix + figures.join(quantity.range ? '–' : ' / ') + scale + suffix;
}

/** A text of a fact with each `{n}` replaced by its quantity n. */
function filledIn(text: string, fact: Fact, lang: Locale): string {
	return text.replace(/\{(\d+)\}/g, (_, index: string) => {
		const quantity = fact.quantities[Number(index)];
		if (quantity === undefined) throw new RangeError(`no quantity {${index}}: ${text}`);
		return quantityText(quantity, lang);
	});
}

/** What a fact says, in `lang`: `5 550 203 (5 562 363 ved utgangen av 1. kvartal 2024)`. */
export function factText(fact: Fact, lang: Locale): string {
	return filledIn(fact.wording?.[lang] ?? '{0}', fact, lang);
}

/** Where a fact comes from, in `lang`. */
export function factSource(fact: Fact, lang: Locale): string {
	return filledIn(fact.source[lang], fact, lang);
}

/** The confidence of each of a fact's numbers, in order. */
function numberConfidences(fact: Fact): readonly Confidence[] {
	const { confidence } = fact;
	if (typeof confidence !== 'string') return confidence;
	return fact.quantities.flatMap((quantity) => quantity.numbers.map(() => confidence));
}

/**
 * How sure a fact is, in `lang`: one word, or one for each number where they differ, written like
 * the numbers (`høy / høy / middels til høy` for a row, `høy; middels` for separate figures);
 * then its age, if that makes it less sure (`middels, eldre tall`).
 */
export function confidenceText(fact: Fact, lang: Locale): string {
	const levels = typeof fact.confidence === 'string' ? [fact.confidence] : fact.confidence;
	const separator = fact.quantities.length === 1 ? ' / ' : '; ';
	const words = levels.map((level) => CONFIDENCE_WORDS[level][lang]).join(separator);
	return fact.age ? `${words}, ${AGE_WORDS[fact.age][lang]}` : words;
}

function localized(text: (lang: Locale) => string): Localized {
	return Object.fromEntries(LOCALES.map((lang) => [lang, text(lang)])) as Localized;
}

/**
 * The reference value an input takes from a fact: its quantity `index` (`{index}` in its
 * wording), which must be one number in whole units; labelled with all the fact says, so a reader
 * sees where the number stands and, for a computed one, how to redo it.
 */
export function referenceValue(fact: Fact, index = 0): ReferenceValue {
	const quantity = fact.quantities[index];
	const name = `quantity ${index} of “${fact.label.en}”`;
	if (quantity?.numbers.length !== 1 || quantity.millions) {
		throw new RangeError(`${name} is not one number an input can take`);
	}
	const position = fact.quantities
		.slice(0, index)
		.reduce((count, before) => count + before.numbers.length, 0);
	const confidence = numberConfidences(fact)[position];
	if (confidence === undefined || confidence === 'medium-high' || fact.year === undefined) {
		throw new RangeError(`${name} needs a year and a confidence of high, medium or computed`);
	}
	return {
		value: quantity.numbers[0] as DecimalString,
		label: localized((lang) => `${fact.label[lang]}: ${factText(fact, lang)}`),
		source: localized((lang) => factSource(fact, lang)),
		year: fact.year,
		confidence
	};
}
