/**
 * How a result moves with each input, read off the audit trail. A step's formula refers to
 * inputs and earlier steps; following the references back gives, per input, the result's degree
 * in it: absent (it cannot move the result at all), 1 (the result is affine in it: a straight
 * line, so two runs of the model give its boundary exactly) or `NOT_AFFINE` (a product of two
 * terms in it, a division by it, a power of it). The implied-assumption search uses this to skip
 * inputs that cannot matter and to trust a line without checking it. Framework-free.
 */
import type { FormulaToken, ResultId, TrailStep } from '../model/types';

/** Degree for anything that is not a straight line in the input. */
export const NOT_AFFINE = 2;

/** Per input key, the degree of an expression in it (keys with degree 0 are left out). */
type Degrees = ReadonlyMap<string, number>;

const NONE: Degrees = new Map();

/**
 * The degree of `metric` in each input (`pop`, `s2`, `disc` …) as `trail` writes it, or `null`
 * when the trail cannot tell: no step for it (a run without trail), or a step not written as a
 * formula (`payback_year` is read off the years' cumulative values).
 */
export function degreesOf(trail: readonly TrailStep[], metric: ResultId): Degrees | null {
	const steps = new Map<string, Degrees | null>();
	for (const step of trail) {
		const degrees = step.formula.length === 0 ? null : formulaDegrees(step.formula, steps);
		steps.set(step.id, degrees);
		if (step.id === metric) return degrees;
	}
	return null;
}

/**
 * What each step of `trail` is built on, by step id (`benefit_saving`, `active@3`): the inputs it
 * moves with (the keys `degreesOf` would give it, found without their degrees) and the earlier
 * steps it reads, directly or through others. Empty for a step not written as a formula.
 */
export function stepInputs(trail: readonly TrailStep[]): ReadonlyMap<string, ReadonlySet<string>> {
	const steps = new Map<string, ReadonlySet<string>>();
	for (const step of trail) {
		const built = new Set<string>();
		for (const token of step.formula) {
			if (token.kind !== 'ref') continue;
			built.add(token.id);
			for (const key of steps.get(token.id) ?? []) built.add(key);
		}
		steps.set(step.id, built);
	}
	return steps;
}

/** The degrees of one formula, given those of the earlier steps; null when one is unknown. */
function formulaDegrees(
	tokens: readonly FormulaToken[],
	steps: ReadonlyMap<string, Degrees | null>
): Degrees | null {
	let at = 0;
	let unknown = false;
	const peek = () => tokens[at];
	const isOp = (text: string) => {
		const token = peek();
		return token?.kind === 'op' && token.text === text;
	};

	// sum := product (('+' | '−') product)*, a leading '−' read as 0 − product
	const sum = (): Degrees => {
		let degrees = isOp('−') ? NONE : product();
		while (isOp('+') || isOp('−')) {
			at++;
			degrees = combine(degrees, product(), Math.max);
		}
		return degrees;
	};
	// product := power (('×' | '÷') power)*
	const product = (): Degrees => {
		let degrees = power();
		while (isOp('×') || isOp('÷')) {
			const divides = isOp('÷');
			at++;
			const operand = power();
			degrees = divides
				? combine(degrees, raised(operand), Math.max)
				: combine(degrees, operand, (a, b) => Math.min(a + b, NOT_AFFINE));
		}
		return degrees;
	};
	// power := atom ('^' atom)?
	const power = (): Degrees => {
		const base = atom();
		if (!isOp('^')) return base;
		at++;
		return raised(combine(base, atom(), Math.max));
	};
	const atom = (): Degrees => {
		const token = tokens[at++];
		if (token === undefined) return NONE;
		if (token.kind === 'num') return NONE;
		if (token.kind === 'op') {
			if (token.text !== '(') return NONE;
			const inner = sum();
			if (isOp(')')) at++;
			return inner;
		}
		if (!steps.has(token.id)) return new Map([[token.id, 1]]);
		const earlier = steps.get(token.id);
		if (earlier === null || earlier === undefined) unknown = true;
		return earlier ?? NONE;
	};

	const degrees = sum();
	return unknown ? null : degrees;
}

/** Every input of `degrees` at NOT_AFFINE: a divisor, a base or an exponent. */
function raised(degrees: Degrees): Degrees {
	return new Map([...degrees.keys()].map((key) => [key, NOT_AFFINE]));
}

function combine(a: Degrees, b: Degrees, join: (x: number, y: number) => number): Degrees {
	if (b.size === 0) return a;
	if (a.size === 0 && join(0, 1) === 1) return b;
	const joined = new Map(a);
	for (const [key, degree] of b) joined.set(key, join(a.get(key) ?? 0, degree));
	return joined;
}
