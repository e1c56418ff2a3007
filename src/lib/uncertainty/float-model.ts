/**
 * The cost model in floating point, for a simulation's thousands of draws: the formulas are the
 * declared ones (`model/results.ts`) compiled once per scenario into small programs over a
 * Float64Array, so a draw costs microseconds where the exact model costs a millisecond. A
 * simulated interval is an estimate from n draws; its figures are rounded for display, and the
 * point estimate beside it is always the exact model's (`runModel`). Framework-free.
 *
 * The horizon is summed in closed form per draw: every per-year figure is linear in the persons
 * still in work, so year t's gross effect is year 1's times (1 − drop)^(t − 1). A test checks
 * every result against the exact model on random scenarios.
 */
import { D } from '../model/decimal';
import { rateStretches } from '../model/discounting';
import { countsPublicFunds } from '../model/fiscal';
import { inputWorksNobody } from '../model/funnel';
import type { FormulaPart } from '../model/ledger';
import { FUNNEL_KEYS, PARAMETERS, type InputKey } from '../model/parameters';
import { formulaOf } from '../model/results';
import { RESULT_IDS, type ModelInput, type ResultId } from '../model/types';

/** The position of every input, then every result, in a draw's values. */
const INPUT_KEYS: readonly InputKey[] = PARAMETERS.map((row) => row.key);
export const INPUT_SLOT = new Map<string, number>(INPUT_KEYS.map((key, index) => [key, index]));
const RESULT_SLOT = new Map<string, number>(
	RESULT_IDS.map((id, index) => [id, INPUT_KEYS.length + index])
);
/** How many numbers a draw holds: its inputs and its results. */
export const DRAW_WIDTH = INPUT_KEYS.length + RESULT_IDS.length;

/** A formula as a program for a stack machine: a slot to load, a constant, or an operator. */
type Instruction = { load: number } | { constant: number } | { apply: '+' | '−' | '×' | '÷' | '^' };

const PRECEDENCE: Record<string, number> = { '+': 1, '−': 1, '×': 2, '÷': 2, '^': 3 };

/** The formula's parts in postfix order (shunting-yard), `^` right-associative. */
function compile(parts: readonly FormulaPart[]): Instruction[] {
	const program: Instruction[] = [];
	const operators: string[] = [];
	const pop = () => program.push({ apply: operators.pop() as '+' });
	for (const part of parts) {
		if (typeof part !== 'string') {
			if (part.kind === 'op') throw new Error('float model: operators are written as text');
			program.push({ constant: Number(part.value) });
		} else if (part === '(') operators.push(part);
		else if (part === ')') {
			while (operators.at(-1) !== '(') pop();
			operators.pop();
		} else if (part in PRECEDENCE) {
			const precedence = PRECEDENCE[part]!;
			while (operators.length > 0 && operators.at(-1) !== '(') {
				const top = PRECEDENCE[operators.at(-1)!]!;
				if (top > precedence || (top === precedence && part !== '^')) pop();
				else break;
			}
			operators.push(part);
		} else {
			const slot = INPUT_SLOT.get(part) ?? RESULT_SLOT.get(part);
			// A programming error in a declaration, never a consequence of user input.
			if (slot === undefined) throw new Error(`float model: no input or result named ${part}`);
			program.push({ load: slot });
		}
	}
	while (operators.length > 0) pop();
	return program;
}

function run(program: readonly Instruction[], values: Float64Array, stack: Float64Array): number {
	let top = -1;
	for (const instruction of program) {
		if ('load' in instruction) stack[++top] = values[instruction.load]!;
		else if ('constant' in instruction) stack[++top] = instruction.constant;
		else {
			const right = stack[top--]!;
			const left = stack[top]!;
			switch (instruction.apply) {
				case '+':
					stack[top] = left + right;
					break;
				case '−':
					stack[top] = left - right;
					break;
				case '×':
					stack[top] = left * right;
					break;
				case '÷':
					stack[top] = left / right;
					break;
				case '^':
					stack[top] = left ** right;
			}
		}
	}
	return stack[0]!;
}

/** The results computed from their declared formulas, in the order of the trail. */
const FUNNEL_RESULTS = ['participants', 'attributable'] as const;
const YEAR_RESULTS = [
	'benefit_saving',
	'benefit_tax_lost',
	'net_benefit_saving',
	'tax_gain',
	'production_gain',
	'health_saving',
	'gross_effect',
	'programme_cost',
	'tax_financing_cost',
	'net_effect'
] as const;
const HORIZON_RESULTS = ['bcr', 'break_even_cost', 'break_even_success'] as const;

/** What a figure needs to exist, as `model/break-even.ts` decides it: none where it is 0. */
const EXISTS_UNLESS_ZERO: Partial<Record<ResultId, ResultId>> = {
	bcr: 'pv_cost',
	break_even_cost: 'helped',
	break_even_success: 'pv_gross'
};

/** One draw of the model: fills in the results of `values` whose inputs are set. */
export type FloatModel = (values: Float64Array) => void;

/**
 * The model for scenarios shaped like `input` (its perspective, funnel steps, years and rules
 * version): a function that fills in a draw's results (NaN where a figure does not exist) from
 * its inputs, as `runModel` would compute them, in floating point.
 */
export function floatModel(input: ModelInput): FloatModel {
	const { persp, years, version } = input;
	const slot = (id: string) => (INPUT_SLOT.get(id) ?? RESULT_SLOT.get(id))!;
	const steps = FUNNEL_KEYS.filter((key) => input[key] !== undefined).map(slot);
	const publicFunds = countsPublicFunds(input);
	const programs = [...FUNNEL_RESULTS, ...YEAR_RESULTS, ...HORIZON_RESULTS].map((id) =>
		id === 'tax_financing_cost' && !publicFunds
			? ([slot(id), [{ constant: NaN }]] as const)
			: ([slot(id), compile(formulaOf(id, persp, publicFunds))] as const)
	);
	const funnel = programs.slice(0, FUNNEL_RESULTS.length);
	const year = programs.slice(FUNNEL_RESULTS.length, FUNNEL_RESULTS.length + YEAR_RESULTS.length);
	const horizon = programs.slice(FUNNEL_RESULTS.length + YEAR_RESULTS.length);
	const [pop, drop, disc] = [slot('pop'), slot('drop'), slot('disc')];
	const [helped, attributable, active] = [slot('helped'), slot('attributable'), slot('active')];
	const [gross, cost, pvGross, pvCost, pvNet] = [
		'gross_effect',
		'programme_cost',
		'pv_gross',
		'pv_cost',
		'pv_net'
	].map(slot) as [number, number, number, number, number];
	const payback = slot('payback_year');
	const nulls = Object.entries(EXISTS_UNLESS_ZERO).map(([id, needs]) => [slot(id), slot(needs!)]);
	const [mcpf, breakEvenSuccess] = [slot('mcpf'), slot('break_even_success')];
	const [netBenefit, taxGain, health] = [
		slot('net_benefit_saving'),
		slot('tax_gain'),
		slot('health_saving')
	];
	const [bcr, breakEvenCost, success, unitCost] = [
		slot('bcr'),
		slot('break_even_cost'),
		slot('success'),
		slot('cost')
	];
	/**
	 * bcr and the break-even points with the cost of public funds, from the gains (pv_gross +
	 * mcpf × the public savings, discounted) as the closed form has them: the declared formulas
	 * get them as pv_net + (1 + mcpf) × pv_cost, which in floating point cancels away the digits
	 * of small gains beside a large cost. The same figures, and where each does not exist.
	 */
	const fundedBreakEven = (
		values: Float64Array,
		gains: number,
		onePlus: number,
		noSavings: boolean
	) => {
		const programmeCost = values[pvCost]!;
		values[bcr] = programmeCost === 0 ? NaN : gains / (onePlus * programmeCost);
		values[breakEvenCost] =
			values[helped] === 0 ? NaN : (gains * values[success]!) / (onePlus * values[helped]!);
		const noGains = values[pvGross] === 0 && noSavings;
		values[breakEvenSuccess] = noGains
			? NaN
			: (onePlus * values[helped]! * values[unitCost]!) / gains;
	};
	const stack = new Float64Array(32);
	const nobody = inputWorksNobody(input);
	// A schedule's rate of each step 1 … years − 1 (at index 1 …); a schedule's disc is not drawn.
	const stepRates = input.schedule === undefined ? null : scheduleStepRates(input);

	return (values) => {
		let product = values[pop]!;
		for (const step of steps) product *= values[step]!;
		values[helped] = product;
		for (const [target, program] of funnel) values[target] = run(program, values, stack);
		values[active] = nobody ? 0 : values[attributable]!;
		for (const [target, program] of year) values[target] = run(program, values, stack);
		// Year t's gross effect is year 1's × q^(t − 1) once discounted, q = (1 − drop) ÷ (1 + disc);
		// under a schedule, each step's q has that step's rate.
		const ratio = (1 - values[drop]!) / (1 + values[disc]!);
		const firstGross = values[gross]!;
		const programmeCost = values[cost]!;
		// With the cost of public funds, year t's net effect is (gross + mcpf × public savings)(t)
		// − (1 + mcpf) × programme cost(t): the same closed form with both parts so weighted.
		const share = publicFunds ? values[mcpf]! : 0;
		const savings = values[netBenefit]! + values[taxGain]! + values[health]!;
		const firstGains = publicFunds ? firstGross + share * savings : firstGross;
		const fundedCost = publicFunds ? (1 + share) * programmeCost : programmeCost;
		let factor = 1;
		let sum = 0;
		let paybackYear = NaN;
		for (let t = 1; t <= years; t++) {
			sum += factor;
			if (Number.isNaN(paybackYear) && firstGains * sum - fundedCost >= 0) paybackYear = t;
			factor *= stepRates === null ? ratio : (1 - values[drop]!) / (1 + stepRates[t]!);
		}
		values[pvGross] = firstGross * sum;
		values[pvCost] = programmeCost;
		values[pvNet] = firstGains * sum - fundedCost;
		if (publicFunds)
			fundedBreakEven(values, firstGains * sum, 1 + share, savings === 0 || share === 0);
		else {
			for (const [target, program] of horizon) values[target] = run(program, values, stack);
			for (const [target, needs] of nulls) if (values[needs!] === 0) values[target!] = NaN;
		}
		values[payback] = version >= 2 && programmeCost === 0 ? NaN : paybackYear;
	};
}

/** The rate of each yearly step 1 … years − 1 under `input`'s schedule, at its index. */
function scheduleStepRates(input: ModelInput): Float64Array {
	const rates = new Float64Array(input.years + 1);
	let step = 1;
	for (const { rate, steps } of rateStretches(new D(input.disc), input.years - 1, input.schedule)) {
		rates.fill(rate.toNumber(), step, step + steps);
		step += steps;
	}
	return rates;
}

/** A draw's values from the scenario's exact inputs (absent funnel steps are left at 0). */
export function pointValues(input: ModelInput): Float64Array {
	const values = new Float64Array(DRAW_WIDTH);
	for (const key of INPUT_KEYS) {
		const value = input[key as keyof ModelInput];
		if (value !== undefined) values[INPUT_SLOT.get(key)!] = Number(value);
	}
	return values;
}

/** The slot of result `id` in a draw's values. */
export function resultSlot(id: ResultId): number {
	return RESULT_SLOT.get(id)!;
}
