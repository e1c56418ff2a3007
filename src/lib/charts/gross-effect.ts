/**
 * The chart of how the year-1 net effect is built: a waterfall of floating bars, one per part in
 * the order the perspective adds them up (DESIGN.md §2), ending in the net effect. Framework-free
 * (chart.js appears here only as types).
 */
import type { ChartConfiguration } from 'chart.js';
import { formatCompact, formatMoney } from '../format';
import type { Currency } from '../format/currency';
import type { Locale } from '../format/locale';
import { t } from '../i18n';
import type { Report } from '../report';
import { D } from '../model/decimal';
import type { Perspective, ResultId } from '../model/types';
import { coordinate, signedText, signedValue, wrapLabel, type Sign } from './labels';
import { baseOptions, categoryScale, moneyScale } from './options';
import { palette } from './palette';
import { DEFAULT_APPEARANCE, type Appearance, type ChartSpec } from './types';

/** A floating bar: where it starts and ends on the money axis, in currency units. */
export type Range = [number, number];
export type GrossEffectConfig = ChartConfiguration<'bar', Range[], string[]>;

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
		['net_effect', '=']
	]
};

/** The perspective a report was computed in (`fiscal` unless it says `society`). */
export function perspectiveOf(report: Report): Perspective {
	return report.input.persp === 'society' ? 'society' : 'fiscal';
}

/**
 * The waterfall of year 1 for `report`: each part is a bar from the running total before it to
 * the running total after it (money, in `currency`); the net effect runs from 0. The table and
 * text alternative give the exact amounts with their signs.
 */
export function grossEffectChart(
	report: Report,
	locale: Locale,
	currency: Currency,
	appearance: Appearance = DEFAULT_APPEARANCE
): ChartSpec<GrossEffectConfig> {
	const colours = palette(appearance.scheme);
	const perspective = perspectiveOf(report);
	const amount = (id: ResultId) => report.results[id] ?? '0';
	const compact = (value: string) => formatCompact(value, locale, currency);
	const exact = (value: string) => formatMoney(value, locale, currency);

	let runningTotal = new D(0);
	const parts = GROSS_PARTS[perspective].map(([id, sign]) => {
		const value = amount(id);
		const label = `${sign} ${t(locale, `trail.${id}`)}`;
		let range: Range;
		if (sign === '=') {
			range = [0, coordinate(value)];
		} else {
			const end = runningTotal.plus(signedValue(value, sign));
			range = [coordinate(runningTotal), coordinate(end)];
			runningTotal = end;
		}
		const colour = sign === '+' ? colours.gain : sign === '−' ? colours.loss : colours.total;
		return { id, sign, value, label, range, colour };
	});

	const title = t(locale, 'chart.gross.title');
	const config: GrossEffectConfig = {
		type: 'bar',
		data: {
			labels: parts.map((part) => wrapLabel(part.label)),
			datasets: [
				{
					label: title,
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

	return {
		title,
		config,
		table: {
			caption: t(locale, 'chart.table_caption', { title }),
			columns: [t(locale, 'chart.column.part'), t(locale, 'chart.column.amount')],
			rows: parts.map((part) => [part.label, signedText(part.value, part.sign, exact)])
		},
		summary: t(locale, 'chart.gross.summary', {
			gross: exact(amount('gross_effect')),
			cost: exact(amount('programme_cost')),
			net: exact(amount('net_effect')),
			perspective: t(locale, `persp.${perspective}`)
		})
	};
}
