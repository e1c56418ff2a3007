/**
 * The work one request may spend on implied assumptions. Framework-free.
 *
 * The search re-runs the model once per probe, and each run is charged what it costs
 * (`runCost`). The count is deterministic, so a URL gets the same answer on the server, in the
 * browser and in the CLI, and any cache may keep it. An optional deadline (a clock passed in by
 * the caller: this layer reads no clock itself) is a last guard for a machine so loaded that even
 * a bounded search is slow; an answer cut short by it is not deterministic, and says so
 * (`timedOut`).
 */
import type { ModelInput } from '../model/types';

/**
 * Units one request may spend on implied assumptions: every entry of the permalink corpus fits
 * (the costliest, a payback year searched numerically over 3 years, takes 5 070), and on this
 * project's machines it is about 30 ms of CPU.
 */
export const IMPLIED_WORK_UNITS = 6000;

/**
 * What one run of the model without trail costs, in units of about 5 µs on this project's
 * machines (measured for horizons of 1 to 50 years, with and without each adjustment): a fixed
 * part, a little per year, and a year's worth more for each of drop-off and discounting, which
 * make every later year a computation of its own (without them a later year reuses year 1's).
 */
export function runCost(input: ModelInput): number {
	const yearly = (input.drop === '0' ? 0 : 1) + (input.disc === '0' ? 0 : 1);
	return 5 + Math.ceil(input.years / 8) + input.years * yearly;
}

/** A deadline: a clock in milliseconds and the time on it after which the search stops. */
export interface Deadline {
	now: () => number;
	until: number;
}

/** Thrown by `spend` when the budget or the deadline has run out; caught by the search. */
export class OutOfBudget extends Error {
	constructor() {
		super('implied-assumption search: out of budget');
	}
}

export class WorkBudget {
	#left: number;
	#spent = 0;
	#runs = 0;
	readonly #deadline: Deadline | undefined;
	#timedOut = false;

	constructor(units: number = IMPLIED_WORK_UNITS, deadline?: Deadline) {
		this.#left = units;
		this.#deadline = deadline;
	}

	/** Units spent so far. */
	get spent(): number {
		return this.#spent;
	}

	/** Model runs paid for so far. */
	get runs(): number {
		return this.#runs;
	}

	/** Whether nothing more may be spent. */
	get exhausted(): boolean {
		return this.#left <= 0 || this.#timedOut;
	}

	/** Whether the deadline (not the count) stopped the search: the answer is not reproducible. */
	get timedOut(): boolean {
		return this.#timedOut;
	}

	/** Spends `units` before a run (`runCost`), or throws `OutOfBudget` when there are not enough. */
	spend(units: number): void {
		if (this.#deadline !== undefined && this.#deadline.now() > this.#deadline.until) {
			this.#timedOut = true;
		}
		if (this.exhausted || units > this.#left) {
			this.#left = 0;
			throw new OutOfBudget();
		}
		this.#left -= units;
		this.#spent += units;
		this.#runs += 1;
	}
}
