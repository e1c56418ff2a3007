/**
 * Norway's 2025 tax on a wage income (regjeringen.no, «Skattesatser 2025»; FACTS.md), part by
 * part: what the honest adjustment takes as the tax on a benefit (AAP is taxed as wage income),
 * and what the facts of the average tax on a wage are computed from. The rates and limits are
 * written once, in `./facts` (`TAX_RULES_2025`). Framework-free.
 *
 * - Social security contribution (trygdeavgift): 7.7 % of the income, but nothing up to 99 650 kr
 *   and at most 25 % of the income above it.
 * - Bracket tax (trinnskatt): 1.7 / 4.0 / 13.7 / 16.7 / 17.7 % of the income from 217 400 /
 *   306 050 / 697 150 / 942 400 / 1 410 750 kr, each up to the next.
 * - Tax on ordinary income: 22 % of the income less the minimum deduction (46 %, at most
 *   92 000 kr) and the personal allowance (108 550 kr), when that is above 0.
 */
import { D, toCanonical } from '../model/decimal';
import type { DecimalString } from '../model/types';
import { TAX_RULES_2025, taxFact, type Fact } from './facts';

/** The tax on one income, each part exact, in kroner. */
export interface TaxWorking {
	income: DecimalString;
	socialSecurity: DecimalString;
	bracketTax: DecimalString;
	/** The income less the minimum deduction and the personal allowance, at least 0. */
	ordinaryIncome: DecimalString;
	incomeTax: DecimalString;
	total: DecimalString;
	/** `total ÷ income`; 0 for an income of 0. */
	share: DecimalString;
}

/** The 2025 tax on a wage income of `income` kroner (≥ 0), exact. */
export function taxOnWage2025(income: DecimalString): TaxWorking {
	const rules = TAX_RULES_2025;
	const amount = new D(income);
	const socialSecurity = amount.lte(rules.socialSecurityFloor)
		? new D(0)
		: D.min(
				amount.times(rules.socialSecurityRate),
				amount.minus(rules.socialSecurityFloor).times(rules.socialSecurityPhaseIn)
			);
	const bracketTax = rules.bracketThresholds.reduce((sum, threshold, index) => {
		const next = rules.bracketThresholds[index + 1];
		const top = next === undefined ? amount : D.min(amount, next);
		const taxed = D.max(top.minus(threshold), 0);
		return sum.plus(taxed.times(rules.bracketRates[index]!));
	}, new D(0));
	const minimumDeduction = D.min(
		amount.times(rules.minimumDeductionRate),
		rules.minimumDeductionCap
	);
	const ordinaryIncome = D.max(amount.minus(minimumDeduction).minus(rules.personalAllowance), 0);
	const incomeTax = ordinaryIncome.times(rules.ordinaryRate);
	const total = socialSecurity.plus(bracketTax).plus(incomeTax);
	return {
		income: toCanonical(amount),
		socialSecurity: toCanonical(socialSecurity),
		bracketTax: toCanonical(bracketTax),
		ordinaryIncome: toCanonical(ordinaryIncome),
		incomeTax: toCanonical(incomeTax),
		total: toCanonical(total),
		share: amount.isZero() ? '0' : toCanonical(total.div(amount))
	};
}

/** The average tax rate on `income` as the facts write it: to a tenth of a percent, half up. */
export function averageTaxRate2025(income: DecimalString): DecimalString {
	return asWritten(taxOnWage2025(income).share);
}

/** A share to a tenth of a percent, half up. */
function asWritten(share: DecimalString): DecimalString {
	return toCanonical(new D(share).toDecimalPlaces(3, D.ROUND_HALF_UP));
}

/** An amount in whole kroner, half up. */
function wholeKroner(value: DecimalString): DecimalString {
	return toCanonical(new D(value).toDecimalPlaces(0, D.ROUND_HALF_UP));
}

/**
 * The average tax on a Norwegian benefit of `ben` kroner, with its working (`taxFact`): each part
 * in whole kroner and their sum as the total; the rate, worked out exactly, to a tenth of a
 * percent.
 */
export function taxOnBenefitFact(ben: DecimalString): Fact {
	const working = taxOnWage2025(ben);
	const socialSecurity = wholeKroner(working.socialSecurity);
	const bracketTax = wholeKroner(working.bracketTax);
	const incomeTax = wholeKroner(working.incomeTax);
	return taxFact({
		share: asWritten(working.share),
		income: working.income,
		socialSecurity,
		bracketTax,
		incomeTax,
		total: toCanonical(new D(socialSecurity).plus(bracketTax).plus(incomeTax)),
		brackets: Math.max(
			1,
			TAX_RULES_2025.bracketThresholds.filter((threshold) => new D(ben).gt(threshold)).length
		)
	});
}
