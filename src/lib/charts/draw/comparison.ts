/**
 * The drawing of A and B: for each money key figure, a bar for A and one for B beside it.
 * Loaded only with chart.js (through `../chart-runtime`). Every figure a reader sees is the
 * exact one, formatted; positions alone are numbers (`./coordinates`). Framework-free (chart.js
 * appears here only as types).
 */
import type { ChartConfiguration } from 'chart.js';
import type { Currency } from '../../format/currency';
import type { Locale } from '../../format/locale';
import { t } from '../../i18n';
import type { Comparison, Report } from '../../report';
import { resultLabel } from '../../report/sentences';
import { comparisonChartIds } from '../comparison';
import { wrapLabel } from '../labels';
import { palette } from '../palette';
import { DEFAULT_APPEARANCE, type Appearance } from '../types';
import { coordinate } from './coordinates';
import { horizontalMoneyBars } from './options';

export type ComparisonConfig = ChartConfiguration<'bar', (number | null)[], string[]>;

/** The money key figures of A and of B, a pair of bars each. */
export function comparisonConfig(
	report: Report,
	comparison: Comparison,
	locale: Locale,
	currency: Currency,
	appearance: Appearance = DEFAULT_APPEARANCE
): ComparisonConfig {
	const colours = palette(appearance.scheme);
	const ids = comparisonChartIds(report);
	const figures = [ids.map((id) => report.results[id]), ids.map((id) => comparison.results[id])];
	// A figure that does not exist draws no bar.
	const bars = (values: (string | null)[]) =>
		values.map((value) => (value === null ? null : coordinate(value)));
	return {
		type: 'bar',
		data: {
			labels: ids.map((id) => wrapLabel(resultLabel(id, report.warnings, locale))),
			datasets: [
				{
					label: t(locale, 'comparison.column.a'),
					data: bars(figures[0]!),
					backgroundColor: colours.total
				},
				{
					label: t(locale, 'comparison.column.b'),
					data: bars(figures[1]!),
					backgroundColor: colours.gain
				}
			]
		},
		options: horizontalMoneyBars(
			appearance,
			colours,
			locale,
			currency,
			(dataset, index) => figures[dataset]?.[index]
		)
	};
}
