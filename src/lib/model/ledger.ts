/**
 * The audit-trail recorder. Framework-free.
 *
 * Every figure the model reports is recorded here exactly once, with its formula as tokens, its
 * exact value and its unit (the way OpenFisca's tracer lets a reader walk a result back to its
 * inputs). A formula is written as a list of parts: an operator (`'×'`), an id (`'pop'`,
 * `'helped'`, `'active@3'`) that the ledger resolves to a `ref` token carrying that input's or
 * earlier step's exact value and unit, or a ready token such as `num('1', 'share')`.
 */
import type { D } from './decimal';
import type { CanonicalTexts } from './texts';
import type { FormulaToken, ResultId, TrailStep, Unit } from './types';

type OpText = Extract<FormulaToken, { kind: 'op' }>['text'];
const OPERATORS: readonly OpText[] = ['×', '÷', '+', '−', '(', ')', '^'];

/** One part of a formula: an operator, an input or step id, or a ready token. */
export type FormulaPart = string | FormulaToken;

/** An input the ledger can refer to, with its unit. */
export interface Known {
	value: D;
	unit: Unit;
}

/** A literal number written in a formula (the `1` of `1 − dead`, an exponent). */
export function num(value: string, unit: Unit): FormulaToken {
	return { kind: 'num', value, unit };
}

/** The step id of a per-year figure: the bare result id in year 1, `<result>@<t>` after. */
export function yearId(result: ResultId, t: number): string {
	return t === 1 ? result : `${result}@${t}`;
}

export class Ledger {
	readonly trail: TrailStep[] = [];
	/**
	 * The token of every operator, input and step recorded so far, by its text or id. A formula
	 * that names one gets this token itself: the run's formulas share their tokens, which nothing
	 * modifies.
	 */
	readonly #tokens = new Map<string, FormulaToken>();
	readonly #texts: CanonicalTexts;
	/** Whether this run keeps a trail; without one, the recorders need not build formulas. */
	readonly recording: boolean;

	/**
	 * @param inputs the model's inputs by key, each with its unit
	 * @param texts the run's canonical strings, shared with the results and by-year rows
	 * @param recording false for a run that only needs the results (the implied-assumption
	 *   search runs the model hundreds of times): then nothing is recorded and no text is made
	 */
	constructor(inputs: ReadonlyMap<string, Known>, texts: CanonicalTexts, recording = true) {
		this.#texts = texts;
		this.recording = recording;
		if (!recording) return;
		for (const text of OPERATORS) this.#tokens.set(text, { kind: 'op', text });
		for (const [id, { value, unit }] of inputs)
			this.#tokens.set(id, { kind: 'ref', id, value: texts.of(value), unit });
	}

	/**
	 * Records step `id` (a result id, or `<result id>@<t>` for year t) and returns `value`
	 * unchanged, so a formula reads `const helped = ledger.step('helped', pop.times(s1), …)`.
	 * `null` records a figure that does not exist.
	 */
	step<V extends D | null>(id: string, value: V, unit: Unit, formula: readonly FormulaPart[]): V {
		if (!this.recording) return value;
		return this.record(
			id,
			value,
			unit,
			formula.map((part) => this.#token(part))
		);
	}

	/** `step` for a formula already in tokens (`resolve`, `template`): the step keeps the list. */
	record<V extends D | null>(id: string, value: V, unit: Unit, formula: FormulaToken[]): V {
		if (!this.recording) return value;
		const text = value === null ? null : this.#texts.of(value);
		const at = id.indexOf('@');
		if (at === -1) {
			this.trail.push({ id, result: id as ResultId, formula, value: text, unit });
		} else {
			const result = id.slice(0, at) as ResultId;
			const year = Number(id.slice(at + 1));
			this.trail.push({ id, result, year, formula, value: text, unit });
		}
		if (text !== null) this.#tokens.set(id, { kind: 'ref', id, value: text, unit });
		return value;
	}

	/** The `ref` token of an input or an earlier step, or the token of an operator. */
	token(part: string): FormulaToken {
		return this.#token(part);
	}

	/** `parts` as tokens, for parts that many formulas repeat: resolved once, shared by all. */
	resolve(parts: readonly FormulaPart[]): FormulaToken[] {
		if (!this.recording) return [];
		return parts.map((part) => this.#token(part));
	}

	/**
	 * A formula written the same way every year, its parts resolved into tokens once: the
	 * function returned puts that year's step `id` wherever the parts have `slot`.
	 */
	template(parts: readonly FormulaPart[], slot: string): (id: string) => FormulaToken[] {
		if (!this.recording) return () => [];
		const tokens = parts.map((part) => (part === slot ? null : this.#token(part)));
		return (id) => {
			const filled = this.#token(id);
			return tokens.map((token) => token ?? filled);
		};
	}

	#token(part: FormulaPart): FormulaToken {
		if (typeof part !== 'string') return part;
		const token = this.#tokens.get(part);
		// A programming error in a formula, never a consequence of user input.
		if (token === undefined) throw new Error(`ledger: no input or earlier step named ${part}`);
		return token;
	}
}
