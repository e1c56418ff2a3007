/**
 * The canonical strings of one run's figures, each worked out once. Framework-free.
 *
 * The same figure appears in the results, in its by-year row, as its trail step's value and in
 * every formula that refers to it, and `toCanonical` is among the costliest operations of a run.
 * Figures are keyed by object: a `D` never changes, so one object always has one text.
 */
import { toCanonical, type D } from './decimal';

export class CanonicalTexts {
	readonly #byFigure = new Map<D, string>();

	/** `toCanonical(value)`, computed on the first request for this object only. */
	of(value: D): string {
		let text = this.#byFigure.get(value);
		if (text === undefined) {
			text = toCanonical(value);
			this.#byFigure.set(value, text);
		}
		return text;
	}
}
