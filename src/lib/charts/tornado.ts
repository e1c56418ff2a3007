/**
 * The words of the tornado: for each ranged input, the net present value with that input at its
 * low and at its high value and the rest at their base, widest swing first (`uncertainty/
 * tornado.ts` works the figures out exactly). The bars are drawn by `draw/tornado.ts`.
 * Framework-free and free of decimal.js.
 */
import type { Currency } from '../format/currency';
import { formatByUnit } from '../format/format-number';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { Report } from '../report';
import { keyName } from '../report/issues';
import { inputUnit } from '../report/units';
import type { TornadoBar } from '../uncertainty/tornado';
import type { ChartWords } from './types';

/** An input's name with its range: `Andel tilbake i arbeid (s1) (5 %–15 %)`. */
export function tornadoLabel(bar: TornadoBar, lang: Locale, currency: Currency): string {
	const unit = inputUnit(bar.key);
	const value = (figure: string) => formatByUnit(figure, unit, lang, currency);
	return `${keyName(bar.key, lang)} (${value(bar.range.low)}–${value(bar.range.high)})`;
}

/**
 * Title, data table and text alternative of the tornado of `report`'s `metric` over `bars`
 * (widest first), or null when there are none. Money exact, in `currency`.
 */
export function tornadoWords(
	report: Report,
	metric: 'pv_net',
	bars: readonly TornadoBar[],
	lang: Locale,
	currency: Currency
): ChartWords | null {
	const widest = bars[0];
	if (widest === undefined) return null;
	const money = (value: string | null) => formatByUnit(value, 'money', lang, currency);
	const metricName = t(lang, `trail.${metric}`);
	const title = t(lang, 'chart.tornado.title', { metric: metricName });
	return {
		title,
		table: {
			caption: t(lang, 'chart.table_caption', { title }),
			columns: [
				t(lang, 'chart.tornado.column.input'),
				t(lang, 'chart.tornado.column.low'),
				t(lang, 'chart.tornado.column.high'),
				t(lang, 'chart.tornado.column.swing')
			],
			rows: bars.map((bar) => [
				tornadoLabel(bar, lang, currency),
				money(bar.atLow),
				money(bar.atHigh),
				money(bar.swing)
			])
		},
		summary: t(lang, 'chart.tornado.summary', {
			metric: metricName,
			input: keyName(widest.key, lang),
			low: money(widest.atLow),
			high: money(widest.atHigh)
		})
	};
}
