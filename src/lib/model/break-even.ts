/**
 * Benefit-cost ratio and break-even points over the whole horizon. Framework-free.
 */
import { D } from './decimal';
import type { Activity } from './fiscal';
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
	/** Present value of the net effect, money; with `mcpf` it holds the cost of public funds. */
	pvNet: D;
	/** The cost of public funds where the run counts it (`countsPublicFunds`), else null. */
	mcpf: D | null;
	/**
	 * Year 1's gains to the public budget (net benefit saving, tax gain, health saving), money:
	 * with `pv_gross`, whether there are any gains at all (every later year's are a share of
	 * year 1's).
	 */
	firstYear: Pick<Activity, 'netBenefitSaving' | 'taxGain' | 'healthSaving'>;
}

const ONE = new D(1);

export interface BreakEven {
	/** pv_gross ÷ pv_cost, a ratio; null when pv_cost = 0. */
	bcr: D | null;
	/** pv_gross × success ÷ helped (= pv_gross ÷ participants, divided last so it stays exact):
	 * highest cost per participant that pays off, money; null when nobody takes part. */
	breakEvenCost: D | null;
	/** helped × cost ÷ pv_gross: lowest success share that pays off (above 1: none does); null
	 * when pv_gross = 0 (with the cost of public funds: and the public budget gains nothing). */
	breakEvenSuccess: D | null;
}

/**
 * Records bcr, break_even_cost and break_even_success, in that order. Where the cost of public
 * funds is counted, each keeps its meaning, the point where pv_net is 0: pv_net is then
 * gains − (1 + mcpf) × pv_cost, the gains being pv_gross plus mcpf × the public budget's savings
 * (pv_net + (1 + mcpf) × pv_cost), and neither the gains nor pv_net's other parts depend on the
 * cost per participant or the success share.
 */
export function recordBreakEven(ledger: Ledger, input: BreakEvenInput): BreakEven {
	if (input.mcpf !== null) return recordFundedBreakEven(ledger, input, input.mcpf);
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

/** `recordBreakEven` where the cost of public funds is counted: the declared `publicFunds` formulas. */
function recordFundedBreakEven(ledger: Ledger, input: BreakEvenInput, mcpf: D): BreakEven {
	const { pvNet, pvCost, helped, success, cost } = input;
	const onePlus = ONE.plus(mcpf);
	const gains = pvNet.plus(onePlus.times(pvCost));
	// No gains is decided from the parts, not from `gains`, which may keep a rounding's last digit.
	const { netBenefitSaving, taxGain, healthSaving } = input.firstYear;
	const noSavings = netBenefitSaving.plus(taxGain).plus(healthSaving).isZero();
	const noGains = input.pvGross.isZero() && (mcpf.isZero() || noSavings);
	const bcr = recordResult(
		ledger,
		'bcr',
		pvCost.isZero() ? null : ONE.plus(pvNet.div(onePlus.times(pvCost))),
		undefined,
		true
	);
	const breakEvenCost = recordResult(
		ledger,
		'break_even_cost',
		helped.isZero() ? null : gains.times(success).div(onePlus.times(helped)),
		undefined,
		true
	);
	const breakEvenSuccess = recordResult(
		ledger,
		'break_even_success',
		noGains ? null : onePlus.times(helped).times(cost).div(gains),
		undefined,
		true
	);
	return { bcr, breakEvenCost, breakEvenSuccess };
}
