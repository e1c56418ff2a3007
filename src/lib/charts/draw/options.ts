/**
 * The chart.js options every Overslag chart shares: sized by its container, animated only when
 * the reader allows motion, a money axis with compact ticks for the locale and a stronger zero
 * line. Part of the drawing, loaded only with chart.js. Framework-free (chart.js appears here
 * only as types).
 */
import type { ScriptableScaleContext, TooltipItem } from 'chart.js';
import type { Currency } from '../../format/currency';
import { formatCompact, NO_VALUE } from '../../format/format-number';
import type { Locale } from '../../format/locale';
import type { DecimalString } from '../../model/types';
import type { Palette } from '../palette';
import type { Appearance } from '../types';
import { moneyTick } from './coordinates';

/** Responsive sizing and animation; the container's CSS sets the height. */
export function baseOptions(appearance: Appearance) {
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: appearance.motion ? undefined : (false as const)
	};
}

/** A linear money axis: compact ticks (`3,75 mrd. kr`) and a zero line that stands out. */
export function moneyScale(colours: Palette, locale: Locale, currency: Currency) {
	return {
		type: 'linear' as const,
		ticks: {
			color: colours.text,
			// Upright labels on a phone: chart.js drops ticks until they fit rather than tilting them.
			maxRotation: 0,
			autoSkipPadding: 8,
			// Steps of whole currency units: an axis of zeros reads 0 kr, 1 kr, not 0,20 kr.
			precision: 0,
			callback: (tickValue: number | string) => moneyTick(tickValue, locale, currency)
		},
		grid: {
			color: (context: ScriptableScaleContext) =>
				context.tick?.value === 0 ? colours.zero : colours.grid
		},
		border: { color: colours.grid }
	};
}

/** A category axis: text colour, no grid; `autoSkip` drops labels that would overlap. */
export function categoryScale(colours: Palette, autoSkip: boolean) {
	return {
		type: 'category' as const,
		ticks: { color: colours.text, autoSkip, maxRotation: 0 },
		grid: { display: false },
		border: { color: colours.grid }
	};
}

/**
 * The options of bars that lie along a money axis with their categories down the side (the
 * tornado, A beside B): a legend, and a tooltip giving each bar its exact figure, compact, as
 * `figure(dataset, index)` returns it (none where it does not exist); `title` heads a row's
 * tooltip where the category's label is not enough.
 */
export function horizontalMoneyBars(
	appearance: Appearance,
	colours: Palette,
	locale: Locale,
	currency: Currency,
	figure: (dataset: number, index: number) => DecimalString | null | undefined,
	title?: (index: number) => string
) {
	return {
		...baseOptions(appearance),
		indexAxis: 'y' as const,
		plugins: {
			legend: { display: true, labels: { color: colours.text } },
			tooltip: {
				callbacks: {
					...(title && {
						title: (items: TooltipItem<'bar'>[]) => title(items[0]?.dataIndex ?? 0)
					}),
					label: (item: TooltipItem<'bar'>) => {
						const value = figure(item.datasetIndex, item.dataIndex);
						const text = value ? formatCompact(value, locale, currency) : NO_VALUE;
						return `${item.dataset.label ?? ''}: ${text}`;
					}
				}
			}
		},
		scales: { x: moneyScale(colours, locale, currency), y: categoryScale(colours, false) }
	};
}
