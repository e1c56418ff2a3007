/**
 * Properties of the parser and the formatters: the parser never throws and always answers in
 * shape; what the formatters write, the parser reads back to the same canonical decimal.
 * (fast-check 4 dropped `fullUnicodeString`; `fc.string({ unit: 'binary' })` is its successor:
 * any code point, astral planes and lone surrogates included.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CURRENCIES,
	formatCompact,
	formatMoney,
	formatNumber,
	formatShare,
	LOCALES,
	PARSE_ERROR_CODES,
	parseLocaleNumber,
	parseSignedLocaleNumber,
	type ParseKind,
	type ParseResult
} from '../../../src/lib/format';

const CANONICAL = /^(0|-?(0\.\d*[1-9]|[1-9]\d*(\.\d*[1-9])?))$/;
const kinds: ParseKind[] = ['number', 'money', 'share'];

function isWellFormed(result: ParseResult): boolean {
	if (!result.ok) return (PARSE_ERROR_CODES as readonly string[]).includes(result.code);
	return (
		CANONICAL.test(result.value) &&
		Number.isInteger(result.significantDigits) &&
		result.significantDigits >= 1
	);
}

/** Characters people's numbers are made of, to reach deep into the grammar. */
const numberish = fc.string({
	unit: fc.constantFrom(
		...'0123456789.,., -+%kmbr€$£e_x'.split(''),
		'\u00a0',
		'\u202f',
		'\u2009',
		'\u2212',
		' mrd.',
		' mill.',
		' mio.',
		' billion',
		' kr',
		'NOK',
		',-'
	),
	maxLength: 24
});

describe('parseLocaleNumber on any input', () => {
	it.each([
		['fc.string()', fc.string()],
		["fc.string({ unit: 'binary' })", fc.string({ unit: 'binary' })],
		["fc.string({ unit: 'grapheme' })", fc.string({ unit: 'grapheme' })],
		['number-like strings', numberish]
	])('never throws and answers in shape: %s', (_name, texts) => {
		fc.assert(
			fc.property(
				texts,
				fc.constantFrom(...LOCALES),
				fc.constantFrom(...kinds),
				(text, locale, kind) => {
					expect(isWellFormed(parseLocaleNumber(text, locale, kind))).toBe(true);
					const signed = parseSignedLocaleNumber(text, locale, kind);
					expect(isWellFormed(signed)).toBe(true);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('never returns a negative value, whatever the input', () => {
		fc.assert(
			fc.property(
				numberish,
				fc.constantFrom(...LOCALES),
				fc.constantFrom(...kinds),
				(text, locale, kind) => {
					const result = parseLocaleNumber(text, locale, kind);
					expect(result.ok && result.value.startsWith('-')).toBe(false);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

/** A canonical decimal ≥ 0 with at most `fractionDigits` digits after the point, built by hand. */
function canonicalDecimal(fractionDigits: number) {
	const integer = fc.oneof(
		fc.bigInt({ min: 0n, max: 1000n }),
		fc.bigInt({ min: 0n, max: 10n ** 7n }),
		fc.bigInt({ min: 0n, max: 10n ** 20n })
	);
	const fraction = fc.string({
		unit: fc.constantFrom(...'0123456789'.split('')),
		maxLength: fractionDigits
	});
	return fc.tuple(integer, fraction).map(([whole, digits]) => {
		const trimmed = digits.replace(/0+$/, '');
		return trimmed === '' ? whole.toString() : `${whole}.${trimmed}`;
	});
}

/** The four spaces people paste, to put in place of the no-break spaces the formatter writes. */
const anySpace = fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009');

describe('round trips: format, then parse', () => {
	it('formatNumber → parseLocaleNumber(number) gives the value back (≤ 2 fraction digits)', () => {
		fc.assert(
			fc.property(
				canonicalDecimal(2),
				fc.constantFrom(...LOCALES),
				anySpace,
				(value, locale, space) => {
					const written = formatNumber(value, locale).replaceAll('\u00a0', space);
					expect(parseLocaleNumber(written, locale, 'number')).toMatchObject({ ok: true, value });
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('formatMoney → parseLocaleNumber(money) gives the value back, in every currency', () => {
		fc.assert(
			fc.property(
				canonicalDecimal(2),
				fc.constantFrom(...LOCALES),
				fc.constantFrom(...CURRENCIES),
				(value, locale, currency) => {
					const written = formatMoney(value, locale, currency);
					expect(parseLocaleNumber(written, locale, 'money')).toMatchObject({ ok: true, value });
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('formatShare → parseLocaleNumber(share) gives the fraction back (≤ 4 fraction digits)', () => {
		fc.assert(
			fc.property(canonicalDecimal(4), fc.constantFrom(...LOCALES), (value, locale) => {
				const written = formatShare(value, locale);
				expect(parseLocaleNumber(written, locale, 'share')).toMatchObject({ ok: true, value });
			}),
			{ numRuns: 1000 }
		);
	});

	it('formatCompact → parseLocaleNumber(money) gives the value at 3 significant digits', () => {
		// one to three digits followed by zeros, at least 10^6: exact at 3 significant digits,
		// so the headline must read back to the same value
		const headline = fc
			.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 4, max: 12 }))
			.map(([figure, zeros]) => `${figure}${'0'.repeat(zeros)}`)
			.filter((value) => value.length >= 7);
		fc.assert(
			fc.property(
				headline,
				fc.constantFrom(...LOCALES),
				fc.constantFrom(...CURRENCIES),
				(value, locale, currency) => {
					const written = formatCompact(value, locale, currency);
					expect(parseLocaleNumber(written, locale, 'money')).toMatchObject({ ok: true, value });
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('formatCompact in nb and da', () => {
	it('never writes "billion", which means 10^12 there', () => {
		fc.assert(
			fc.property(
				canonicalDecimal(2),
				fc.constantFrom('nb' as const, 'da' as const),
				(value, locale) => {
					expect(formatCompact(value, locale, 'NOK').toLowerCase()).not.toContain('billion');
				}
			),
			{ numRuns: 500 }
		);
	});
});
