/**
 * The drawing of how the year-1 net effect is built: a waterfall of floating bars, one per part
 * (`grossEffectParts`), ending in the net effect. Loaded only with chart.js (through
 * `../chart-runtime`). The running total only places the bars (`./coordinates`); every amount
 * a reader sees is the report's exact figure. Framework-free (chart.js appears here only as
 * types).
 */
import type { ChartConfiguration } from 'chart.js';
import { formatCompact } from '../../format/format-number';
import type { Currency } from '../../format/currency';
import type { Locale } from '../../format/locale';
import { t } from '../../i18n';
import type { Report } from '../../report';
import { grossEffectParts } from '../gross-effect';
import { isAboveZero, signedText, signedValue, wrapLabel } from '../labels';
import { palette } from '../palette';
import { DEFAULT_APPEARANCE, type Appearance } from '../types';
import { coordinate } from './coordinates';
import { baseOptions, categoryScale, moneyScale } from './options';

/** A floating bar: where it starts and ends on the money axis, in currency units. */
export type Range = [number, number];
export type GrossEffectConfig = ChartConfiguration<'bar', Range[], string[]>;

/**
 * The waterfall of year 1 for `report`: each part is a bar from the running total before it to
 * the running total after it (money, in `currency`); the net effect runs from 0. Tooltips give
 * each part's signed amount in compact money.
 */
export function grossEffectConfig(
	report: Report,
	locale: Locale,
	currency: Currency,
	appearance: Appearance = DEFAULT_APPEARANCE
): GrossEffectConfig {
	const colours = palette(appearance.scheme);
	const compact = (value: string) => formatCompact(value, locale, currency);

	let runningTotal = 0;
	const parts = grossEffectParts(report, locale).map((part) => {
		let range: Range;
		const signed = signedValue(part.value, part.sign);
		if (part.sign === '=') {
			range = [0, coordinate(part.value)];
		} else {
			const end = runningTotal + coordinate(signed);
			range = [runningTotal, end];
			runningTotal = end;
		}
		// By what the part does: a negative cost (of public funds, where budgets gain) is a gain.
		const rises = part.sign === '+' ? !signed.startsWith('-') : isAboveZero(signed);
		const colour = part.sign === '=' ? colours.total : rises ? colours.gain : colours.loss;
		return { ...part, range, colour };
	});

	return {
		type: 'bar',
		data: {
			labels: parts.map((part) => wrapLabel(part.label)),
			datasets: [
				{
					label: t(locale, 'chart.gross.title'),
					data: parts.map((part) => part.range),
					backgroundColor: parts.map((part) => part.colour),
					borderSkipped: false,
					barPercentage: 0.8
				}
			]
		},
		options: {
			...baseOptions(appearance),
			indexAxis: 'y',
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						title: (items) => parts[items[0]?.dataIndex ?? 0]?.label ?? '',
						label: (item) => {
							const part = parts[item.dataIndex];
							return part ? signedText(part.value, part.sign, compact) : '';
						}
					}
				}
			},
			scales: { x: moneyScale(colours, locale, currency), y: categoryScale(colours, false) }
		}
	};
}
