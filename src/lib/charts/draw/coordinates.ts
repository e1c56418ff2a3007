/**
 * Where marks go on a money axis and how its ticks read. Part of the drawing: loaded only with
 * chart.js (through `../chart-runtime`). Framework-free.
 *
 * This is the one place a figure becomes a JavaScript `number`, because chart.js places its
 * marks by number: a bar's ends, a line's points, the running total of the waterfall. Nothing a
 * reader reads is computed here — table, text alternative, tooltips and ticks are formatted from
 * exact decimal strings by `format/`.
 */
import type { Currency } from '../../format/currency';
import { formatCompact } from '../../format/format-number';
import type { Locale } from '../../format/locale';
import type { DecimalString } from '../../model/types';

/** The position of a mark on a money axis, in currency units (a `number`: chart.js needs one). */
export function coordinate(value: DecimalString): number {
	return Number(value);
}

/** A tick value as a plain decimal string: no exponent, no grouping, never `-0`. */
const TICK_DIGITS = new Intl.NumberFormat('en', {
	useGrouping: false,
	maximumFractionDigits: 20,
	signDisplay: 'negative'
});

/** A money axis tick: compact money for the locale (`3,75 mrd. kr`, `500 000 kr`, `0 kr`). */
export function moneyTick(tickValue: number | string, locale: Locale, currency: Currency): string {
	if (typeof tickValue === 'string') return tickValue;
	return formatCompact(TICK_DIGITS.format(tickValue), locale, currency);
}
