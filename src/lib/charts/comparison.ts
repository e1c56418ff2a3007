/**
 * The words of the chart of A and B: the money key figures of both side by side, with the
 * difference B − A. The bars are drawn by `draw/comparison.ts`. Framework-free and free of
 * decimal.js.
 */
import type { Currency } from '../format/currency';
import { formatByUnit } from '../format/format-number';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { ResultId } from '../model/types';
import type { Comparison, Report } from '../report';
import { keyFigureIds, resultLabel } from '../report/sentences';
import type { ChartWords } from './types';

/** The key figures the chart compares: those in money (the people helped are in the table). */
export function comparisonChartIds(report: Report): ResultId[] {
	return keyFigureIds(report).filter((id) => id !== 'helped');
}

/**
 * Whether the chart of A and B has anything to draw: a figure it compares that is not 0 (nor
 * missing) in A or in B. Not so for a funnel that ends in a response to treatment, where no money
 * is counted in either; its people are in the table above the chart.
 */
export function hasComparisonChart(report: Report, comparison: Comparison): boolean {
	const drawn = (value: string | null) => value !== null && value !== '0';
	return comparisonChartIds(report).some(
		(id) => drawn(report.results[id]) || drawn(comparison.results[id])
	);
}

/**
 * Title, data table (exact figures of A and B and B − A) and text alternative of the chart of
 * A and B: what B does to the last figure it compares, the net effect or its present value.
 */
export function comparisonWords(
	report: Report,
	comparison: Comparison,
	lang: Locale,
	currency: Currency
): ChartWords {
	const ids = comparisonChartIds(report);
	const money = (value: string | null) => formatByUnit(value, 'money', lang, currency);
	const title = t(lang, 'chart.comparison.title');
	const last = ids[ids.length - 1]!;
	return {
		title,
		table: {
			caption: t(lang, 'chart.table_caption', { title }),
			columns: ['result', 'a', 'b', 'difference'].map((key) => t(lang, `comparison.column.${key}`)),
			rows: ids.map((id) => [
				resultLabel(id, report.warnings, lang),
				money(report.results[id]),
				money(comparison.results[id]),
				money(comparison.difference[id])
			])
		},
		summary: t(lang, 'chart.comparison.summary', {
			metric: resultLabel(last, report.warnings, lang),
			a: money(report.results[last]),
			b: money(comparison.results[last]),
			difference: money(comparison.difference[last])
		})
	};
}
