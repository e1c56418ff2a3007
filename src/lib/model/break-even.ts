/**
 * Benefit-cost ratio and break-even points over the whole horizon. Framework-free.
 */
import type { D } from './decimal';
import type { Ledger } from './ledger';
import { recordResult } from './results';

export interface BreakEvenInput {
	/** Present values over the horizon, money. */
	pvGross: D;
	pvCost: D;
	/** Persons helped back to work. */
	helped: D;
	/** Share of participants helped back to work (> 0). */
	success: D;
	/** Programme cost per participant, money. */
	cost: D;
}

export interface BreakEven {
	/** pv_gross ÷ pv_cost, a ratio; null when pv_cost = 0. */
	bcr: D | null;
	/** pv_gross × success ÷ helped (= pv_gross ÷ participants, divided last so it stays exact):
	 * highest cost per participant that pays off, money; null when nobody takes part. */
	breakEvenCost: D | null;
	/** helped × cost ÷ pv_gross: lowest success share that pays off (above 1: none does); null
	 * when pv_gross = 0. */
	breakEvenSuccess: D | null;
}

/** Records bcr, break_even_cost and break_even_success, in that order. */
export function recordBreakEven(ledger: Ledger, input: BreakEvenInput): BreakEven {
	const { pvGross, pvCost, helped, success, cost } = input;
	const bcr = recordResult(ledger, 'bcr', pvCost.isZero() ? null : pvGross.div(pvCost));
	const breakEvenCost = recordResult(
		ledger,
		'break_even_cost',
		helped.isZero() ? null : pvGross.times(success).div(helped)
	);
	const breakEvenSuccess = recordResult(
		ledger,
		'break_even_success',
		pvGross.isZero() ? null : helped.times(cost).div(pvGross)
	);
	return { bcr, breakEvenCost, breakEvenSuccess };
}
