/**
 * The drawing of the tornado: one row per ranged input, widest swing first, a bar from the point
 * estimate to the figure with the input at its low value and one to the figure at its high
 * value. Loaded only with chart.js (through `../chart-runtime`). Every figure a reader sees is
 * the exact one, formatted; positions alone are numbers (`./coordinates`). Framework-free
 * (chart.js appears here only as types).
 */
import type { ChartConfiguration } from 'chart.js';
import type { Currency } from '../../format/currency';
import type { Locale } from '../../format/locale';
import { t } from '../../i18n';
import type { Report } from '../../report';
import { keyName } from '../../report/issues';
import type { TornadoBar } from '../../uncertainty/tornado';
import { wrapLabel } from '../labels';
import { palette } from '../palette';
import { tornadoLabel } from '../tornado';
import { DEFAULT_APPEARANCE, type Appearance } from '../types';
import { coordinate } from './coordinates';
import { horizontalMoneyBars } from './options';
import type { Range } from './gross-effect';

export type TornadoConfig = ChartConfiguration<'bar', Range[], string[]>;

/** The tornado of `report`'s `metric` over `bars`, widest first. */
export function tornadoConfig(
	report: Report,
	metric: 'pv_net',
	bars: readonly TornadoBar[],
	locale: Locale,
	currency: Currency,
	appearance: Appearance = DEFAULT_APPEARANCE
): TornadoConfig {
	const colours = palette(appearance.scheme);
	const pointValue = report.results[metric] ?? '0';
	const point = coordinate(pointValue);
	// A figure that does not exist at an end draws no bar there.
	const ends = (pick: (bar: TornadoBar) => string | null) =>
		bars.map((bar): Range => [point, coordinate(pick(bar) ?? pointValue)]);
	const figures = [bars.map((bar) => bar.atLow), bars.map((bar) => bar.atHigh)];
	return {
		type: 'bar',
		data: {
			// The input's name alone beside its bars (a phone has no room for more); its range is in
			// the tooltip and the table.
			labels: bars.map((bar) => wrapLabel(keyName(bar.key, locale))),
			datasets: [
				{
					label: t(locale, 'chart.tornado.low'),
					data: ends((bar) => bar.atLow),
					backgroundColor: colours.loss,
					borderSkipped: false,
					// Both bars of an input on one row, each from the point estimate outwards.
					grouped: false,
					barPercentage: 0.8
				},
				{
					label: t(locale, 'chart.tornado.high'),
					data: ends((bar) => bar.atHigh),
					backgroundColor: colours.gain,
					borderSkipped: false,
					grouped: false,
					barPercentage: 0.8
				}
			]
		},
		options: horizontalMoneyBars(
			appearance,
			colours,
			locale,
			currency,
			(dataset, index) => figures[dataset]?.[index],
			(index) => {
				const bar = bars[index];
				return bar ? tornadoLabel(bar, locale, currency) : '';
			}
		)
	};
}
