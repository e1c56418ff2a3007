/**
 * The discount schedules a scenario may follow instead of one rate (`disc=no|dk`), as data: the
 * model discounts by them (`discounting.ts`), the scenario schema sets `disc` to their first
 * rate. Framework-free.
 */
import type { DecimalString, DiscountSchedule } from './types';

/** A rate of a schedule: the rate of every yearly step from step `from` on, to the next rate. */
export interface ScheduleRate {
	from: number;
	rate: DecimalString;
}

/**
 * The discount schedules by country (docs/model.md "Discounting" cites them):
 * - `no`: Finansdepartementet's circular R-109/21, 4 % for the first 40 years, 3 % from year 40
 *   to 75, 2 % after;
 * - `dk`: Finansministeriet (2021, confirmed 2023), 3.5 % for years 0–35, 2.5 % for years 36–70,
 *   1.5 % after year 70.
 * Year 0 of both is the year the analysis counts from, year 1 here; step k is their year k.
 */
export const DISCOUNT_SCHEDULES: Readonly<Record<DiscountSchedule, readonly ScheduleRate[]>> = {
	no: [
		{ from: 1, rate: '0.04' },
		{ from: 41, rate: '0.03' },
		{ from: 76, rate: '0.02' }
	],
	dk: [
		{ from: 1, rate: '0.035' },
		{ from: 36, rate: '0.025' },
		{ from: 71, rate: '0.015' }
	]
};
