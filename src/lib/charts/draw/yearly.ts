/**
 * The drawing of the years of a multi-year scenario: the net effect of each year as bars and the
 * cumulative present value as a line, so a reader sees when the programme pays back. Loaded only
 * with chart.js (through `../chart-runtime`). Framework-free (chart.js appears here only as
 * types).
 */
import type { ChartConfiguration } from 'chart.js';
import { formatCompact, formatNumber } from '../../format/format-number';
import type { Currency } from '../../format/currency';
import type { Locale } from '../../format/locale';
import { t } from '../../i18n';
import type { Report } from '../../report';
import { palette } from '../palette';
import { DEFAULT_APPEARANCE, type Appearance } from '../types';
import { chartedYears } from '../yearly';
import { coordinate } from './coordinates';
import { baseOptions, categoryScale, moneyScale } from './options';

export type YearlyConfig = ChartConfiguration<'bar' | 'line', number[], string>;

/**
 * Net effect per year (bars) and cumulative present value (line), money in `currency`, for a
 * report over more than one year; `null` for a single year (`chartedYears`).
 */
export function yearlyConfig(
	report: Report,
	locale: Locale,
	currency: Currency,
	appearance: Appearance = DEFAULT_APPEARANCE
): YearlyConfig | null {
	const rows = chartedYears(report);
	if (!rows) return null;

	const colours = palette(appearance.scheme);
	const compact = (value: string) => formatCompact(value, locale, currency);

	return {
		type: 'bar',
		data: {
			labels: rows.map((row) => formatNumber(String(row.t), locale)),
			datasets: [
				{
					type: 'bar',
					label: t(locale, 'trail.net_effect'),
					data: rows.map((row) => coordinate(row.net_effect)),
					backgroundColor: colours.total,
					order: 1 // drawn under the line
				},
				{
					type: 'line',
					label: t(locale, 'chart.yearly.cumulative'),
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
}
