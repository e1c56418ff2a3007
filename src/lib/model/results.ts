/**
 * Every result of the model, declared once: what it measures, whether it exists per year, and
 * its formula as the audit trail writes it. The trail (`funnel.ts`, `year-trail.ts`,
 * `discounting.ts`, `break-even.ts`), the units of key figures, the method page's formula list
 * and the formula table of docs/model.md are read from here. Framework-free.
 *
 * Adding a result: its id in `RESULT_IDS` (types.ts), a row here, its arithmetic where the model
 * computes it, its messages (`trail.<id>`) and its tests.
 */
import { num, type FormulaPart, type Ledger } from './ledger';
import type { D } from './decimal';
import type { Perspective, ResultId, Unit } from './types';

type Parts = readonly FormulaPart[];

/**
 * - `funnel`: counted once, before any year (persons);
 * - `year`: a figure of every year t, in `by_year`; the result is year 1's;
 * - `horizon`: one figure over the whole horizon.
 */
export type ResultSpan = 'funnel' | 'year' | 'horizon';

export interface ResultDeclaration {
	unit: Unit;
	span: ResultSpan;
	/**
	 * The formula the trail records (year 1's for a per-year figure), in parts: operators, ids
	 * of inputs and earlier results, literal numbers. By perspective where the two differ.
	 */
	formula?: Parts | Record<Perspective, Parts>;
	/**
	 * The formula in general, in symbols, where the trail writes it out for the scenario at hand
	 * (its funnel steps, its years) rather than as `formula`.
	 */
	general?: readonly string[];
	/**
	 * The formula instead of `formula` where the run counts the cost of public funds (the society
	 * perspective with `mcpf` given, `countsPublicFunds`).
	 */
	publicFunds?: Parts;
}

/** `( 1 + mcpf )`: each krone of public money with the cost of raising it. */
const ONE_PLUS_MCPF: Parts = ['(', num('1', 'factor'), '+', 'mcpf', ')'];
/**
 * pv_net + (1 + mcpf) × pv_cost = pv_gross + mcpf × (the public budget's savings, discounted):
 * the gains, with the tax financing the savings spare, that the programme cost and its own tax
 * financing are set against.
 */
const FUNDED_GAINS: Parts = ['pv_net', '+', ...ONE_PLUS_MCPF, '×', 'pv_cost'];

/** `( 1 − key )`, the share that remains after an adjustment. */
export function oneMinus(key: string): FormulaPart[] {
	return ['(', num('1', 'share'), '−', key, ')'];
}

/** active × wage × work: the wages both labour gains are shares of. */
const WAGES: Parts = ['active', '×', 'wage', '×', 'work'];

export const RESULTS: Record<ResultId, ResultDeclaration> = {
	helped: {
		unit: 'persons',
		span: 'funnel',
		general: ['helped = pop × s1 × s2 × … × s8']
	},
	participants: { unit: 'persons', span: 'funnel', formula: ['helped', '÷', 'success'] },
	attributable: {
		unit: 'persons',
		span: 'funnel',
		formula: ['helped', '×', ...oneMinus('dead'), '×', ...oneMinus('disp')]
	},
	active: {
		unit: 'persons',
		span: 'year',
		formula: ['attributable'],
		general: [
			'active(t) = attributable × (1 − drop)^(t − 1)',
			'active(t) = 0 when a step is a response or remission and none a return to work (v3)'
		]
	},
	benefit_saving: { unit: 'money', span: 'year', formula: ['active', '×', 'ben', '×', 'work'] },
	benefit_tax_lost: { unit: 'money', span: 'year', formula: ['benefit_saving', '×', 'btax'] },
	net_benefit_saving: {
		unit: 'money',
		span: 'year',
		formula: ['benefit_saving', '−', 'benefit_tax_lost']
	},
	tax_gain: { unit: 'money', span: 'year', formula: [...WAGES, '×', '(', 'wtax', '+', 'emp', ')'] },
	production_gain: {
		unit: 'money',
		span: 'year',
		formula: [...WAGES, '×', '(', num('1', 'share'), '+', 'emp', ')']
	},
	health_saving: { unit: 'money', span: 'year', formula: ['active', '×', 'health'] },
	gross_effect: {
		unit: 'money',
		span: 'year',
		formula: {
			fiscal: ['net_benefit_saving', '+', 'tax_gain', '+', 'health_saving'],
			society: ['production_gain', '+', 'health_saving']
		}
	},
	// helped × cost ÷ success rather than participants × cost: the same figure, but divided last,
	// so it stays exact whenever it can be (100 helped ÷ 0.3 × 300 kr is 100 000 kr, not 99 999.9…).
	programme_cost: {
		unit: 'money',
		span: 'year',
		formula: ['helped', '×', 'cost', '÷', 'success'],
		general: ['programme_cost(1) = helped × cost ÷ success', 'programme_cost(t > 1) = 0']
	},
	// R-109/21's skattefinansieringskostnad: a share of the net change in public spending. The
	// public budget pays the programme and gains the net benefit saving, the taxes and the health
	// saving (the fiscal perspective's gains); negative when the budget gains more than it pays.
	tax_financing_cost: {
		unit: 'money',
		span: 'year',
		formula: [
			'mcpf',
			'×',
			'(',
			'programme_cost',
			'−',
			'net_benefit_saving',
			'−',
			'tax_gain',
			'−',
			'health_saving',
			')'
		]
	},
	net_effect: {
		unit: 'money',
		span: 'year',
		formula: ['gross_effect', '−', 'programme_cost'],
		publicFunds: ['gross_effect', '−', 'programme_cost', '−', 'tax_financing_cost']
	},
	pv_gross: {
		unit: 'money',
		span: 'horizon',
		general: ['pv_gross = Σₜ gross_effect(t) ÷ (1 + disc)^(t − 1)']
	},
	pv_cost: {
		unit: 'money',
		span: 'horizon',
		formula: ['programme_cost'],
		general: ['pv_cost = Σₜ programme_cost(t) ÷ (1 + disc)^(t − 1) = programme_cost(1)']
	},
	pv_net: {
		unit: 'money',
		span: 'horizon',
		general: ['pv_net = Σₜ net_effect(t) ÷ (1 + disc)^(t − 1)']
	},
	// With the cost of public funds, each is the figure at which pv_net is 0, as without it: bcr
	// is then (pv_gross + mcpf × public savings) ÷ ((1 + mcpf) × pv_cost), written from pv_net.
	bcr: {
		unit: 'ratio',
		span: 'horizon',
		formula: ['pv_gross', '÷', 'pv_cost'],
		publicFunds: [
			num('1', 'factor'),
			'+',
			'pv_net',
			'÷',
			'(',
			...ONE_PLUS_MCPF,
			'×',
			'pv_cost',
			')'
		]
	},
	break_even_cost: {
		unit: 'money',
		span: 'horizon',
		formula: ['pv_gross', '×', 'success', '÷', 'helped'],
		publicFunds: [
			'(',
			...FUNDED_GAINS,
			')',
			'×',
			'success',
			'÷',
			'(',
			...ONE_PLUS_MCPF,
			'×',
			'helped',
			')'
		]
	},
	break_even_success: {
		unit: 'share',
		span: 'horizon',
		formula: ['helped', '×', 'cost', '÷', 'pv_gross'],
		publicFunds: [...ONE_PLUS_MCPF, '×', 'helped', '×', 'cost', '÷', '(', ...FUNDED_GAINS, ')']
	},
	payback_year: {
		unit: 'years',
		span: 'horizon',
		general: [
			'cumulative_pv(t) = Σ net_effect(u) ÷ (1 + disc)^(u − 1), u = 1 … t',
			'payback_year = min { t : cumulative_pv(t) ≥ 0 }, none when pv_cost = 0 (v2)'
		]
	}
};

/**
 * The trail formula of result `id` in parts (empty if it has none); `persp` chooses between the
 * two of a result whose formula depends on the perspective, `publicFunds` the one of a run that
 * counts the cost of public funds.
 */
export function formulaOf(id: ResultId, persp?: Perspective, publicFunds = false): Parts {
	const { formula } = RESULTS[id];
	if (publicFunds && RESULTS[id].publicFunds !== undefined) return RESULTS[id].publicFunds;
	if (formula === undefined) return [];
	if (!isByPerspective(formula)) return formula;
	// A programming error in a recorder, never a consequence of user input.
	if (persp === undefined) throw new Error(`results: ${id} needs a perspective`);
	return formula[persp];
}

function isByPerspective(
	formula: NonNullable<ResultDeclaration['formula']>
): formula is Record<Perspective, Parts> {
	return !Array.isArray(formula);
}

/**
 * Records result `id` (year 1's, for a per-year figure) in the trail with its declared unit and
 * formula, and returns `value` unchanged.
 */
export function recordResult<V extends D | null>(
	ledger: Ledger,
	id: ResultId,
	value: V,
	persp?: Perspective,
	publicFunds = false
): V {
	return ledger.step(id, value, RESULTS[id].unit, formulaOf(id, persp, publicFunds));
}

const BINARY = ['+', '−', '×', '÷', '^'] as const;
const PRECEDENCE: Record<string, number> = { '+': 1, '−': 1, '×': 2, '÷': 2, '^': 3 };

/**
 * Result `id`'s formula with every per-year result in it but `keep` written out as its own
 * formula, all the way down: `gross_effect` in the fiscal perspective, keeping `active`, is
 * `active × ben × work − active × ben × work × btax + active × wage × work × (wtax + emp) +
 * active × health`. Brackets are added only where the order of operations needs them, so the
 * line computes what the parts compute, operation for operation. A result in `fixed` is written
 * as the part given there instead (a later year's programme cost, 0).
 */
export function expandedFormula(
	id: ResultId,
	persp: Perspective,
	keep: ResultId,
	fixed: Partial<Record<ResultId, FormulaPart>> = {}
): FormulaPart[] {
	const parts = formulaOf(id, persp);
	const expanded: FormulaPart[] = [];
	parts.forEach((part, index) => {
		const known = typeof part === 'string' ? fixed[part as ResultId] : undefined;
		if (known !== undefined) {
			expanded.push(known);
			return;
		}
		if (typeof part !== 'string' || part === keep || !isYearResult(part)) {
			expanded.push(part);
			return;
		}
		const inner = expandedFormula(part, persp, keep, fixed);
		const bracket = needsBrackets(inner, parts[index - 1], parts[index + 1]);
		expanded.push(...(bracket ? ['(', ...inner, ')'] : inner));
	});
	return expanded;
}

function isYearResult(part: string): part is ResultId {
	return part in RESULTS && RESULTS[part as ResultId].span === 'year';
}

/**
 * Whether `inner`, put between the parts `before` and `after`, must be bracketed to keep its
 * value: when an operator beside it binds more strongly than its loosest top-level operator, or
 * as strongly from the left after `−`, `÷` or `^` (`a − (b − c)`, `a ÷ (b × c)`).
 */
export function needsBrackets(
	inner: Parts,
	before: FormulaPart | undefined,
	after: FormulaPart | undefined
): boolean {
	let depth = 0;
	let loosest = Infinity;
	for (const part of inner) {
		if (part === '(') depth++;
		else if (part === ')') depth--;
		else if (
			depth === 0 &&
			typeof part === 'string' &&
			(BINARY as readonly string[]).includes(part)
		)
			loosest = Math.min(loosest, PRECEDENCE[part]!);
	}
	if (loosest === Infinity) return false;
	const left = typeof before === 'string' ? PRECEDENCE[before] : undefined;
	const right = typeof after === 'string' ? PRECEDENCE[after] : undefined;
	// After a − or ÷ the inner expression must be taken as one operand even at equal strength.
	const leftBinds =
		left !== undefined &&
		(left > loosest || (left === loosest && (before === '−' || before === '÷' || before === '^')));
	const rightBinds = right !== undefined && right > loosest;
	return leftBinds || rightBinds;
}
