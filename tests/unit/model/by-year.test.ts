/**
 * Every by-year row and present value redone the straightforward way: each year's figures worked
 * out anew from the inputs with decimal.js, one operation after another as docs/model.md writes
 * them. The model itself skips work whose result it knows (a year whose persons in work are the
 * year before's takes over that year's figures; × 1, ÷ 1 and + 0 are left out), so drop-off 0 and
 * 1, where that happens most, are drawn often, and a run without trail must agree as well.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/model/decimal';
import { FUNNEL_KEYS, runModel, type ModelInput, type YearRow } from '../../../src/lib/model';
import { anyInput } from './arbitraries';

const ONE = new D(1);

/** `anyInput`, with drop-off 0 or 1 one time in three each. */
const input: fc.Arbitrary<ModelInput> = fc
	.tuple(anyInput, fc.constantFrom('0', '1', undefined))
	.map(([drawn, drop]) => ({ ...drawn, drop: drop ?? drawn.drop }));

interface Expected {
	rows: YearRow[];
	pvGross: string;
	pvNet: string;
	paybackYear: string | null;
}

/** The by-year rows and present values of docs/model.md, every year computed from scratch. */
function straightforward(input: ModelInput): Expected {
	let helped = new D(input.pop);
	for (const key of FUNNEL_KEYS) if (input[key] !== undefined) helped = helped.times(input[key]);
	const attributable = helped.times(ONE.minus(input.dead)).times(ONE.minus(input.disp));
	const rows: YearRow[] = [];
	let pvGross = new D(0);
	let pvCost = new D(0);
	let cumulative = new D(0);
	let paybackYear: string | null = null;
	for (let t = 1; t <= input.years; t++) {
		const active = attributable.times(ONE.minus(input.drop).pow(t - 1));
		const benefitSaving = active.times(input.ben).times(input.work);
		const benefitTaxLost = benefitSaving.times(input.btax);
		const netBenefitSaving = benefitSaving.minus(benefitTaxLost);
		const wages = active.times(input.wage).times(input.work);
		const taxGain = wages.times(new D(input.wtax).plus(input.emp));
		const productionGain = wages.times(ONE.plus(input.emp));
		const healthSaving = active.times(input.health);
		const grossEffect =
			input.persp === 'fiscal'
				? netBenefitSaving.plus(taxGain).plus(healthSaving)
				: productionGain.plus(healthSaving);
		const programmeCost = t === 1 ? helped.times(input.cost).div(input.success) : new D(0);
		// The cost of public funds: in the society perspective, where mcpf is given.
		const publicFunds = input.persp === 'society' && input.mcpf !== undefined;
		const taxFinancingCost = publicFunds
			? new D(input.mcpf!).times(
					programmeCost.minus(netBenefitSaving).minus(taxGain).minus(healthSaving)
				)
			: null;
		const netEffect = grossEffect.minus(programmeCost).minus(taxFinancingCost ?? 0);
		const divisor = ONE.plus(input.disc).pow(t - 1);
		const discountedNet = netEffect.div(divisor);
		pvGross = pvGross.plus(grossEffect.div(divisor));
		pvCost = pvCost.plus(programmeCost.div(divisor));
		cumulative = cumulative.plus(discountedNet);
		if (paybackYear === null && cumulative.gte(0)) paybackYear = String(t);
		rows.push({
			t,
			active: active.toFixed(),
			benefit_saving: benefitSaving.toFixed(),
			benefit_tax_lost: benefitTaxLost.toFixed(),
			net_benefit_saving: netBenefitSaving.toFixed(),
			tax_gain: taxGain.toFixed(),
			production_gain: productionGain.toFixed(),
			health_saving: healthSaving.toFixed(),
			gross_effect: grossEffect.toFixed(),
			programme_cost: programmeCost.toFixed(),
			...(taxFinancingCost === null ? {} : { tax_financing_cost: taxFinancingCost.toFixed() }),
			net_effect: netEffect.toFixed(),
			discount_factor: ONE.div(divisor).toFixed(),
			discounted_net: discountedNet.toFixed(),
			cumulative_pv: cumulative.toFixed()
		});
	}
	// From version 2 there is no payback year when there is nothing to pay back.
	if (input.version >= 2 && pvCost.isZero()) paybackYear = null;
	return { rows, pvGross: pvGross.toFixed(), pvNet: cumulative.toFixed(), paybackYear };
}

describe('runModel year by year', () => {
	it('gives every by-year row and present value digit for digit as computed from scratch', () => {
		fc.assert(
			fc.property(input, (input) => {
				const expected = straightforward(input);
				const full = runModel(input);
				expect(full.byYear).toEqual(expected.rows);
				for (const { results } of [full, runModel(input, { trail: false })]) {
					expect(results.pv_gross).toBe(expected.pvGross);
					expect(results.pv_net).toBe(expected.pvNet);
					expect(results.payback_year).toBe(expected.paybackYear);
				}
			})
		);
	});
});
