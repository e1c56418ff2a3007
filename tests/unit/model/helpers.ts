/**
 * Test helpers for the model: a full input with DESIGN's defaults, a pocket-calculator evaluator
 * for trail formulas, and a one-line rendering of a formula for readable expectations.
 */
import { D } from '../../../src/lib/model/decimal';
import type { FormulaToken, ModelInput } from '../../../src/lib/model';

/**
 * DESIGN §2 defaults (the scenario schema owns them; repeated here so tests stand alone), by the
 * current version's rules.
 */
export function modelInput(overrides: Partial<ModelInput> & { pop: string }): ModelInput {
	return {
		s1: '1',
		ben: '0',
		btax: '0',
		wage: '0',
		wtax: '0',
		emp: '0',
		work: '1',
		health: '0',
		cost: '0',
		success: '1',
		dead: '0',
		disp: '0',
		drop: '0',
		years: 1,
		disc: '0',
		persp: 'fiscal',
		version: 2,
		...overrides
	};
}

/**
 * The five-year case worked out by hand in five-years.test.ts (its comment has the working):
 * attributable 120, drop-off 0.5, discount rate 0.25, fiscal pv_net 7 662 080.
 */
export const FIVE_YEARS: ModelInput = modelInput({
	pop: '1000',
	s1: '0.5',
	s2: '0.4',
	ben: '200000',
	btax: '0.25',
	wage: '400000',
	wtax: '0.25',
	emp: '0.15',
	work: '0.5',
	health: '10000',
	cost: '100000',
	success: '0.8',
	dead: '0.25',
	disp: '0.2',
	drop: '0.5',
	years: 5,
	disc: '0.25'
});

/** A formula as one line: refs as `id=value`, numbers and operators as written. */
export function show(formula: readonly FormulaToken[]): string {
	return formula
		.map((token) =>
			token.kind === 'op'
				? token.text
				: token.kind === 'ref'
					? `${token.id}=${token.value}`
					: token.value
		)
		.join(' ');
}

const PRECEDENCE: Record<string, number> = { '+': 1, '−': 1, '×': 2, '÷': 2, '^': 3 };

function apply(operator: string, left: D, right: D): D {
	switch (operator) {
		case '+':
			return left.plus(right);
		case '−':
			return left.minus(right);
		case '×':
			return left.times(right);
		case '÷':
			return left.div(right);
		default:
			return left.pow(right);
	}
}

/**
 * Evaluates a formula the way a reader with a calculator would: brackets first, then `^`, then
 * `×` `÷`, then `+` `−`, each level left to right (shunting-yard over the token values).
 */
export function evaluate(formula: readonly FormulaToken[]): D {
	const values: D[] = [];
	const operators: string[] = [];
	const reduce = () => {
		const right = values.pop()!;
		const left = values.pop()!;
		values.push(apply(operators.pop()!, left, right));
	};
	for (const token of formula) {
		if (token.kind !== 'op') values.push(new D(token.value));
		else if (token.text === '(') operators.push('(');
		else if (token.text === ')') {
			while (operators.at(-1) !== '(') reduce();
			operators.pop();
		} else {
			const precedence = PRECEDENCE[token.text]!;
			// `^` is right-associative; the others associate to the left.
			while (operators.length > 0 && operators.at(-1) !== '(') {
				const top = PRECEDENCE[operators.at(-1)!]!;
				if (top > precedence || (top === precedence && token.text !== '^')) reduce();
				else break;
			}
			operators.push(token.text);
		}
	}
	while (operators.length > 0) reduce();
	return values[0]!;
}

/** |a − b| ≤ relative × max(|a|, |b|), on canonical decimal strings. */
export function isNear(a: string, b: string, relative: string): boolean {
	const x = new D(a);
	const y = new D(b);
	return x.minus(y).abs().lte(D.max(x.abs(), y.abs()).times(relative));
}
