/**
 * The chart of the years of a multi-year scenario: the net effect of each year as bars and the
 * cumulative present value as a line, so a reader sees when the programme pays back.
 * Framework-free (chart.js appears here only as types).
 */
import type { ChartConfiguration } from 'chart.js';
import { formatCompact, formatMoney, formatNumber } from '../format';
import type { Currency } from '../format/currency';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { Report } from '../report';
import { coordinate } from './labels';
import { baseOptions, categoryScale, moneyScale } from './options';
import { palette } from './palette';
import { DEFAULT_APPEARANCE, type Appearance, type ChartSpec } from './types';

export type YearlyConfig = ChartConfiguration<'bar' | 'line', number[], string>;

/**
 * Net effect per year (bars) and cumulative present value (line), money in `currency`, for a
 * report over more than one year; `null` for a single year, where the gross effect chart says
 * it all.
 */
export function yearlyChart(
	report: Report,
	locale: Locale,
	currency: Currency,
	appearance: Appearance = DEFAULT_APPEARANCE
): ChartSpec<YearlyConfig> | null {
	const rows = report.by_year;
	const first = rows[0];
	const last = rows[rows.length - 1];
	if (!first || !last || rows.length < 2) return null;

	const colours = palette(appearance.scheme);
	const exact = (value: string) => formatMoney(value, locale, currency);
	const compact = (value: string) => formatCompact(value, locale, currency);
	const title = t(locale, 'chart.yearly.title');
	const netLabel = t(locale, 'trail.net_effect');
	const cumulativeLabel = t(locale, 'chart.yearly.cumulative');
	const years = formatNumber(String(rows.length), locale);
	const payback = report.results.payback_year;

	const config: YearlyConfig = {
		type: 'bar',
		data: {
			labels: rows.map((row) => formatNumber(String(row.t), locale)),
			datasets: [
				{
					type: 'bar',
					label: netLabel,
					data: rows.map((row) => coordinate(row.net_effect)),
					backgroundColor: colours.total,
					order: 1 // drawn under the line
				},
				{
					type: 'line',
					label: cumulativeLabel,
					data: rows.map((row) => coordinate(row.cumulative_pv)),
					borderColor: colours.line,
					backgroundColor: colours.line,
					borderWidth: 2,
					pointStyle: 'rectRot',
					pointRadius: 4,
					order: 0
				}
			]
		},
		options: {
			...baseOptions(appearance),
			interaction: { mode: 'index', intersect: false },
			plugins: {
				legend: { labels: { color: colours.text } },
				tooltip: {
					callbacks: {
						title: (items) => t(locale, 'chart.year', { year: items[0]?.label ?? '' }),
						label: (item) => {
							const row = rows[item.dataIndex];
							if (!row) return '';
							const value = item.datasetIndex === 0 ? row.net_effect : row.cumulative_pv;
							return `${item.dataset.label}: ${compact(value)}`;
						}
					}
				}
			},
			scales: {
				x: {
					...categoryScale(colours, true),
					title: { display: true, text: t(locale, 'chart.column.year'), color: colours.text }
				},
				y: moneyScale(colours, locale, currency)
			}
		}
	};

	return {
		title,
		config,
		table: {
			caption: t(locale, 'chart.table_caption', { title }),
			columns: [
				t(locale, 'chart.column.year'),
				netLabel,
				t(locale, 'chart.yearly.discounted'),
				cumulativeLabel
			],
			rows: rows.map((row) => [
				formatNumber(String(row.t), locale),
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
