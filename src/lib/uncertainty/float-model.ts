/**
 * The cost model in floating point, for a simulation's thousands of draws: the formulas are the
 * declared ones (`model/results.ts`) compiled once per scenario into small programs, each run an
 * operator at a time over a block of draws, so a draw costs well under a microsecond where the
 * exact model costs up to a millisecond. Every draw gets the operations, in the order, it would
 * get alone. A simulated interval is an estimate from n draws; its figures are rounded for
 * display, and the point estimate beside it is always the exact model's (`runModel`).
 * Framework-free.
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

/** Every input, in the parameter table's order. */
const INPUT_KEYS: readonly InputKey[] = PARAMETERS.map((row) => row.key);

/**
 * How many draws the model takes at a time: each formula runs as a loop over this many draws, so
 * interpreting it costs once a block, and a block's columns stay in the processor's cache.
 */
const BLOCK = 1024;

/** A column of draws: the values one input or result takes in a block. */
type Column = Float64Array;

/** A formula as a program for a stack machine: a column to load, a constant, or an operator. */
type Instruction = { load: Column } | { constant: number } | { apply: '+' | '−' | '×' | '÷' | '^' };

const PRECEDENCE: Record<string, number> = { '+': 1, '−': 1, '×': 2, '÷': 2, '^': 3 };

/** The formula's parts in postfix order (shunting-yard), `^` right-associative. */
function compile(parts: readonly FormulaPart[], column: (name: string) => Column): Instruction[] {
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
		} else program.push({ load: column(part) });
	}
	while (operators.length > 0) pop();
	return program;
}

/**
 * Runs `program` on the first `count` draws of a block into `target`, an operator at a time over
 * all of them: each draw gets the same operations in the same order as one run on it alone.
 * `scratch` holds a column for each depth of the stack, made when first needed.
 */
function run(program: readonly Instruction[], target: Column, count: number, scratch: Column[]) {
	const stack: Column[] = [];
	for (const instruction of program) {
		if ('load' in instruction) stack.push(instruction.load);
		else {
			const out = (scratch[stack.length - ('apply' in instruction ? 2 : 0)] ??= new Float64Array(
				target.length
			));
			if ('constant' in instruction) stack.push(out.fill(instruction.constant, 0, count));
			else {
				const right = stack.pop()!;
				const left = stack.pop()!;
				apply(instruction.apply, left, right, out, count);
				stack.push(out);
			}
		}
	}
	target.set(stack[0]!.subarray(0, count));
}

/** out = left ∘ right for each of the first `count` draws (`out` may be `left`). */
function apply(operator: string, left: Column, right: Column, out: Column, count: number): void {
	switch (operator) {
		case '+':
			for (let draw = 0; draw < count; draw++) out[draw] = left[draw]! + right[draw]!;
			return;
		case '−':
			for (let draw = 0; draw < count; draw++) out[draw] = left[draw]! - right[draw]!;
			return;
		case '×':
			for (let draw = 0; draw < count; draw++) out[draw] = left[draw]! * right[draw]!;
			return;
		case '÷':
			for (let draw = 0; draw < count; draw++) out[draw] = left[draw]! / right[draw]!;
			return;
		case '^':
			for (let draw = 0; draw < count; draw++) out[draw] = left[draw]! ** right[draw]!;
	}
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

/**
 * The model for `input` on n draws: `drawn` gives some inputs' n values, every other input keeps
 * its value in `input`. Returns each result's n values (NaN where a figure does not exist) as
 * `runModel` would compute them, in floating point.
 */
export function floatModel(
	input: ModelInput,
	drawn: ReadonlyMap<InputKey, Float64Array>,
	n: number
): Record<ResultId, Float64Array> {
	const { persp, years, version } = input;
	const size = Math.min(BLOCK, n);
	// A block's values: a column of every input (at its value in `input` unless drawn) and result.
	const block = new Map<string, Column>();
	for (const key of INPUT_KEYS) {
		const value = input[key as keyof ModelInput];
		block.set(key, new Float64Array(size).fill(value === undefined ? 0 : Number(value)));
	}
	for (const id of RESULT_IDS) block.set(id, new Float64Array(size));
	const column = (name: string): Column => {
		const found = block.get(name);
		// A programming error in a declaration, never a consequence of user input.
		if (found === undefined) throw new Error(`float model: no input or result named ${name}`);
		return found;
	};

	const steps = FUNNEL_KEYS.filter((key) => input[key] !== undefined).map(column);
	const publicFunds = countsPublicFunds(input);
	const programs = [...FUNNEL_RESULTS, ...YEAR_RESULTS, ...HORIZON_RESULTS].map((id) =>
		id === 'tax_financing_cost' && !publicFunds
			? ([column(id), [{ constant: NaN }]] as const)
			: ([column(id), compile(formulaOf(id, persp, publicFunds), column)] as const)
	);
	const funnel = programs.slice(0, FUNNEL_RESULTS.length);
	const year = programs.slice(FUNNEL_RESULTS.length, FUNNEL_RESULTS.length + YEAR_RESULTS.length);
	const horizon = programs.slice(FUNNEL_RESULTS.length + YEAR_RESULTS.length);
	const nulls = Object.entries(EXISTS_UNLESS_ZERO).map(
		([id, needs]) => [column(id), column(needs!)] as const
	);
	const [pop, drop, disc, mcpf, success, unitCost] = [
		'pop',
		'drop',
		'disc',
		'mcpf',
		'success',
		'cost'
	].map(column) as [Column, Column, Column, Column, Column, Column];
	const [helped, attributable, active, gross, cost, netBenefit, taxGain, health] = [
		'helped',
		'attributable',
		'active',
		'gross_effect',
		'programme_cost',
		'net_benefit_saving',
		'tax_gain',
		'health_saving'
	].map(column) as [Column, Column, Column, Column, Column, Column, Column, Column];
	const [pvGross, pvCost, pvNet, bcr, breakEvenCost, breakEvenSuccess, payback] = [
		'pv_gross',
		'pv_cost',
		'pv_net',
		'bcr',
		'break_even_cost',
		'break_even_success',
		'payback_year'
	].map(column) as [Column, Column, Column, Column, Column, Column, Column];
	const nobody = inputWorksNobody(input);
	// A schedule's rate of each step 1 … years − 1 (at index 1 …); a schedule's disc is not drawn.
	const stepRates = input.schedule === undefined ? null : scheduleStepRates(input);
	const scratch: Column[] = [];

	/** The horizon of each draw in closed form: present values, break-even points, payback. */
	const horizonOf = (count: number) => {
		for (let draw = 0; draw < count; draw++) {
			// Year t's gross effect is year 1's × q^(t − 1) once discounted, q = (1 − drop) ÷ (1 + disc);
			// under a schedule, each step's q has that step's rate.
			const ratio = (1 - drop[draw]!) / (1 + disc[draw]!);
			const firstGross = gross[draw]!;
			const programmeCost = cost[draw]!;
			// With the cost of public funds, year t's net effect is (gross + mcpf × public savings)(t)
			// − (1 + mcpf) × programme cost(t): the same closed form with both parts so weighted.
			const share = publicFunds ? mcpf[draw]! : 0;
			const savings = netBenefit[draw]! + taxGain[draw]! + health[draw]!;
			const firstGains = publicFunds ? firstGross + share * savings : firstGross;
			const fundedCost = publicFunds ? (1 + share) * programmeCost : programmeCost;
			let factor = 1;
			let sum = 0;
			let paybackYear = NaN;
			for (let t = 1; t <= years; t++) {
				sum += factor;
				if (Number.isNaN(paybackYear) && firstGains * sum - fundedCost >= 0) paybackYear = t;
				factor *= stepRates === null ? ratio : (1 - drop[draw]!) / (1 + stepRates[t]!);
			}
			pvGross[draw] = firstGross * sum;
			pvCost[draw] = programmeCost;
			pvNet[draw] = firstGains * sum - fundedCost;
			if (publicFunds) {
				// bcr and the break-even points from the gains (pv_gross + mcpf × the public savings,
				// discounted) as the closed form has them: the declared formulas get them as
				// pv_net + (1 + mcpf) × pv_cost, which in floating point cancels away the digits of
				// small gains beside a large cost. The same figures, and where each does not exist.
				const gains = firstGains * sum;
				const onePlus = 1 + share;
				bcr[draw] = programmeCost === 0 ? NaN : gains / (onePlus * programmeCost);
				breakEvenCost[draw] =
					helped[draw] === 0 ? NaN : (gains * success[draw]!) / (onePlus * helped[draw]!);
				const noGains = pvGross[draw] === 0 && (savings === 0 || share === 0);
				breakEvenSuccess[draw] = noGains
					? NaN
					: (onePlus * helped[draw]! * unitCost[draw]!) / gains;
			}
			payback[draw] = version >= 2 && programmeCost === 0 ? NaN : paybackYear;
		}
	};

	/** The model on the first `count` draws of the block. */
	const evaluate = (count: number) => {
		// helped = pop × s1 × s2 × …, multiplied in that order.
		helped.set(pop.subarray(0, count));
		for (const step of steps) for (let draw = 0; draw < count; draw++) helped[draw]! *= step[draw]!;
		for (const [target, program] of funnel) run(program, target, count, scratch);
		if (nobody) active.fill(0, 0, count);
		else active.set(attributable.subarray(0, count));
		for (const [target, program] of year) run(program, target, count, scratch);
		horizonOf(count);
		if (!publicFunds) {
			for (const [target, program] of horizon) run(program, target, count, scratch);
			for (const [target, needs] of nulls) {
				for (let draw = 0; draw < count; draw++) if (needs[draw] === 0) target[draw] = NaN;
			}
		}
	};

	const results = Object.fromEntries(RESULT_IDS.map((id) => [id, new Float64Array(n)])) as Record<
		ResultId,
		Float64Array
	>;
	for (let start = 0; start < n; start += size) {
		const count = Math.min(size, n - start);
		for (const [key, draws] of drawn) column(key).set(draws.subarray(start, start + count));
		evaluate(count);
		for (const id of RESULT_IDS) results[id].set(column(id).subarray(0, count), start);
	}
	return results;
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
