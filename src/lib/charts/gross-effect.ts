/**
 * The words of the chart of how the year-1 net effect is built: one part per row, in the order
 * the perspective adds them up (DESIGN.md §2), ending in the net effect, each with its exact
 * signed amount. The waterfall itself is drawn by `draw/gross-effect.ts`. Framework-free and
 * free of decimal.js, so the page can render these words before any arithmetic is loaded.
 */
import { formatMoney } from '../format/format-number';
import type { Currency } from '../format/currency';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { Report } from '../report';
import type { DecimalString, Perspective, ResultId } from '../model/types';
import { signedText, type Sign } from './labels';
import type { ChartWords } from './types';

/** The parts of the year-1 net effect, in order, each with whether it adds or takes away. */
export const GROSS_PARTS: Record<Perspective, readonly (readonly [ResultId, Sign])[]> = {
	fiscal: [
		['benefit_saving', '+'],
		['benefit_tax_lost', '−'],
		['tax_gain', '+'],
		['health_saving', '+'],
		['programme_cost', '−'],
		['net_effect', '=']
	],
	society: [
		['production_gain', '+'],
		['health_saving', '+'],
		['programme_cost', '−'],
		// only where it is counted (`mcpf` given): a figure that does not exist is no part
		['tax_financing_cost', '−'],
		['net_effect', '=']
	]
};

/** One part of the year-1 net effect: its result, sign, exact amount and signed label. */
export interface GrossPart {
	id: ResultId;
	sign: Sign;
	/** The amount as the report gives it (unsigned by the part's sign); `0` when it has none. */
	value: DecimalString;
	/** The part's name in the locale with its sign before it: `− Programme cost`. */
	label: string;
}

/** The perspective a report was computed in (`fiscal` unless it says `society`). */
export function perspectiveOf(report: Report): Perspective {
	return report.input.persp === 'society' ? 'society' : 'fiscal';
}

/**
 * The parts of the year-1 net effect of `report`, in the order its perspective adds them up, each
 * that exists (the cost of public funds only where the report counts it).
 */
export function grossEffectParts(report: Report, locale: Locale): GrossPart[] {
	const parts = GROSS_PARTS[perspectiveOf(report)].filter(([id]) => report.results[id] !== null);
	return parts.map(([id, sign]) => ({
		id,
		sign,
		value: report.results[id] ?? '0',
		label: `${sign} ${t(locale, `trail.${id}`)}`
	}));
}

/**
 * Title, data table and text alternative of the year-1 waterfall of `report`: every part with
 * its exact amount and sign (money in `currency`), and a sentence with gross, cost and net.
 */
export function grossEffectWords(report: Report, locale: Locale, currency: Currency): ChartWords {
	const amount = (id: ResultId) => report.results[id] ?? '0';
	const exact = (value: DecimalString) => formatMoney(value, locale, currency);
	const title = t(locale, 'chart.gross.title');
	const funds = report.results.tax_financing_cost;
	return {
		title,
		table: {
			caption: t(locale, 'chart.table_caption', { title }),
			columns: [t(locale, 'chart.column.part'), t(locale, 'chart.column.amount')],
			rows: grossEffectParts(report, locale).map((part) => [
				part.label,
				signedText(part.value, part.sign, exact)
			])
		},
		summary: t(
			locale,
			funds === null ? 'chart.gross.summary' : 'chart.gross.summary_public_funds',
			{
				gross: exact(amount('gross_effect')),
				cost: exact(amount('programme_cost')),
				funds: funds === null ? '' : exact(funds),
				net: exact(amount('net_effect')),
				perspective: t(locale, `persp.${perspectiveOf(report)}`)
			}
		)
	};
}
