/**
 * Norway's 2025 tax on a wage income, worked by hand from the rates (FACTS.md, regjeringen.no
 * «Skattesatser 2025»), part by part, and the average rates FACTS.md lists.
 */
import { describe, expect, it } from 'vitest';
import { referenceValue } from '../../../src/lib/scenario/fact-text';
import { NORWAY_FACTS, NORWAY_REFERENCE_SOURCES } from '../../../src/lib/scenario/facts';
import {
	averageTaxRate2025,
	taxOnBenefitFact,
	taxOnWage2025
} from '../../../src/lib/scenario/norwegian-tax';

describe('taxOnWage2025', () => {
	it('works the minimum AAP, 265 657 kr, as the facts did', () => {
		// 7.7 % × 265 657 = 20 455.589; 1.7 % × (265 657 − 217 400) = 820.369;
		// 46 % × 265 657 = 122 202.22 > 92 000, so 265 657 − 92 000 − 108 550 = 65 107, × 22 % =
		// 14 323.54. Together 35 599.498; ÷ 265 657 = 0.13400…
		expect(taxOnWage2025('265657')).toMatchObject({
			socialSecurity: '20455.589',
			bracketTax: '820.369',
			ordinaryIncome: '65107',
			incomeTax: '14323.54',
			total: '35599.498'
		});
		expect(averageTaxRate2025('265657')).toBe('0.134');
	});

	it('works the seed’s benefit, 250 000 kr', () => {
		// 7.7 % × 250 000 = 19 250; 1.7 % × (250 000 − 217 400 = 32 600) = 554.2;
		// 22 % × (250 000 − 92 000 − 108 550 = 49 450) = 10 879. Together 30 683.2; ÷ 250 000.
		const working = taxOnWage2025('250000');
		expect(working).toMatchObject({
			socialSecurity: '19250',
			bracketTax: '554.2',
			ordinaryIncome: '49450',
			incomeTax: '10879',
			total: '30683.2',
			share: '0.1227328'
		});
		expect(averageTaxRate2025('250000')).toBe('0.123');
	});

	it('takes every bracket above 1 410 750 kr', () => {
		// Brackets: 1.7 % × 88 650 = 1 507.05; 4 % × 391 100 = 15 644; 13.7 % × 245 250 = 33 599.25;
		// 16.7 % × 468 350 = 78 214.45; 17.7 % × 89 250 = 15 797.25; together 144 762.
		// Social security 7.7 % × 1 500 000 = 115 500; ordinary 1 299 450 × 22 % = 285 879.
		expect(taxOnWage2025('1500000')).toMatchObject({
			socialSecurity: '115500',
			bracketTax: '144762',
			ordinaryIncome: '1299450',
			incomeTax: '285879',
			total: '546141'
		});
	});

	it('phases the social security contribution in above 99 650 kr', () => {
		// 25 % × (120 000 − 99 650) = 5 087.5 < 7.7 % × 120 000 = 9 240. Minimum deduction
		// 46 % × 120 000 = 55 200, so no ordinary income (120 000 − 55 200 − 108 550 < 0).
		expect(taxOnWage2025('120000')).toMatchObject({
			socialSecurity: '5087.5',
			bracketTax: '0',
			ordinaryIncome: '0',
			incomeTax: '0',
			total: '5087.5'
		});
		// Up to the floor itself, nothing.
		expect(taxOnWage2025('99650').total).toBe('0');
		expect(taxOnWage2025('0')).toMatchObject({ total: '0', share: '0' });
	});

	it.each([
		// FACTS.md, "Average tax on a wage, 2025 rules" (computed from the rates).
		['500000', '0.227'],
		['600000', '0.246'],
		['650000', '0.253'],
		['712000', '0.262']
	])('gives FACTS.md’s average rate on %s kr: %s', (income, rate) => {
		expect(averageTaxRate2025(income)).toBe(rate);
	});
});

describe('taxOnBenefitFact', () => {
	const brackets = (ben: string) => {
		const { quantities } = taxOnBenefitFact(ben);
		return [quantities[7]!.numbers, quantities[8]!.numbers];
	};

	it('names the brackets the benefit reaches, and the first one below it', () => {
		expect(brackets('200000')).toEqual([['0.017'], ['217400']]);
		// At a threshold nothing is taxed in its bracket yet.
		expect(brackets('306050')).toEqual([['0.017'], ['217400']]);
		expect(brackets('306050.5')).toEqual([
			['0.017', '0.04'],
			['217400', '306050']
		]);
		expect(brackets('1500000')[0]).toHaveLength(5);
	});

	it('gives each part in whole kroner and their sum as the total', () => {
		// 265 657 kr: 20 455.589 → 20 456, 820.369 → 820, 14 323.54 → 14 324; 35 600 in all.
		const numbers = taxOnBenefitFact('265657').quantities.map((quantity) => quantity.numbers);
		expect([numbers[2], numbers[6], numbers[9], numbers[14]]).toEqual([
			['20456'],
			['820'],
			['14324'],
			['35600']
		]);
	});
});

describe('the tax facts, written as numbers so the page can show them before decimal.js loads', () => {
	const facts = [...NORWAY_FACTS];
	const averageTax = facts.find((each) => each.label.en === 'Average tax on a wage, 2025 rules')!;

	it('state for the minimum AAP what taxOnBenefitFact works out', () => {
		expect(NORWAY_REFERENCE_SOURCES.btax).toEqual(referenceValue(taxOnBenefitFact('265657')));
	});

	it('state for the wage of 712 000 kr the rate worked out', () => {
		expect(NORWAY_REFERENCE_SOURCES.wtax.value).toBe(averageTaxRate2025('712000'));
	});

	it('list each average rate as worked out for its wage', () => {
		const numbers = averageTax.quantities.map((quantity) => quantity.numbers[0]!);
		const pairs = numbers.flatMap((wage, index) =>
			index % 2 === 0 ? [[wage, numbers[index + 1]]] : []
		);
		expect(pairs).toHaveLength(6);
		for (const [wage, rate] of pairs) expect(rate, wage).toBe(averageTaxRate2025(wage!));
	});
});
