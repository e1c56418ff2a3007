/**
 * The words of the chart of the years of a multi-year scenario: the net effect (and the cost of
 * public funds in it, where counted), discounted net effect and cumulative present value of every
 * year as a table, and a sentence saying when the
 * programme pays back. The bars and line are drawn by `draw/yearly.ts`. Framework-free and free
 * of decimal.js, so the page can render these words before any arithmetic is loaded.
 */
import { formatMoney, formatNumber } from '../format/format-number';
import type { Currency } from '../format/currency';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { Report } from '../report';
import type { DecimalString, YearRow } from '../model/types';
import type { ChartWords } from './types';

/**
 * The years of `report` when it runs over more than one year; `null` for a single year, where
 * the gross effect chart says it all and no yearly chart is shown.
 */
export function chartedYears(report: Report): YearRow[] | null {
	return report.by_year.length < 2 ? null : report.by_year;
}

/**
 * Title, data table and text alternative of the yearly chart of `report` (money in `currency`):
 * every year exactly, and a sentence from the first year's net effect to the last year's
 * cumulative present value and the payback year; `null` for a single year.
 */
export function yearlyWords(report: Report, locale: Locale, currency: Currency): ChartWords | null {
	const rows = chartedYears(report);
	const first = rows?.[0];
	const last = rows?.[rows.length - 1];
	if (!rows || !first || !last) return null;

	const exact = (value: DecimalString) => formatMoney(value, locale, currency);
	const title = t(locale, 'chart.yearly.title');
	const years = formatNumber(String(rows.length), locale);
	const payback = report.results.payback_year;
	// Where the cost of public funds is counted, each year's is in the table beside the net
	// effect it is taken off.
	const funded = first.tax_financing_cost !== undefined;

	return {
		title,
		table: {
			// The table has a figure the chart does not draw (the discounted net effect), so its
			// caption names it rather than calling the whole table the chart's.
			caption: t(
				locale,
				funded ? 'chart.yearly.table_caption_public_funds' : 'chart.yearly.table_caption'
			),
			columns: [
				t(locale, 'chart.column.year'),
				...(funded ? [t(locale, 'trail.tax_financing_cost')] : []),
				t(locale, 'trail.net_effect'),
				t(locale, 'chart.yearly.discounted'),
				t(locale, 'chart.yearly.cumulative')
			],
			rows: rows.map((row) => [
				formatNumber(String(row.t), locale),
				...(row.tax_financing_cost === undefined ? [] : [exact(row.tax_financing_cost)]),
				exact(row.net_effect),
				exact(row.discounted_net),
				exact(row.cumulative_pv)
			])
		},
		summary: t(locale, 'chart.yearly.summary', {
			years,
			first: exact(first.net_effect),
			last: exact(last.net_effect),
			pv: exact(last.cumulative_pv),
			payback:
				payback === null
					? t(locale, 'chart.yearly.no_payback', { years })
					: t(locale, 'chart.yearly.payback', { year: formatNumber(payback, locale) })
		})
	};
}
