/**
 * The calculator's state: the text of every field exactly as the user typed it, and everything
 * else derived from it — the reading of the form (errors, scenario, report) and the address to
 * keep in the URL. Nothing the user typed is ever replaced: a field that cannot be read keeps its
 * text next to its message.
 *
 * The page opens with the reading the server computed for the URL; the calculation engine
 * (`./engine`: parser, schema, model, claims — all of decimal.js) loads when the reader first
 * touches the form (`load`), and from then on every keystroke recomputes in the browser. A
 * scenario with ranges is simulated in a web worker (`./simulation.worker`) just after: until it
 * answers, the figures show without intervals.
 */
import { CLAIM_KEYS, type ClaimKey } from '$lib/claims/types';
import type { Locale } from '$lib/format/locale';
import type { ResultId } from '$lib/model/types';
import type { FormReading } from '$lib/form';
import { resultUnit } from '$lib/report/units';
import { FUNNEL_KEYS } from '$lib/model/types';
import type { SimulationAnswer, SimulationRequest } from './simulation.worker';

export const MAX_STEPS = FUNNEL_KEYS.length;
/** The keys of a funnel step, by prefix: its share `sN`, label `lN` and kind `kN`. */
const STEP_PARTS = ['s', 'l', 'k'] as const;

export type ClaimAddResult = { ok: true } | { ok: false; code: string };

type Engine = typeof import('./engine');

export class CalculatorState {
	#fields: Record<string, string> = $state({});
	/** Keys the reader has edited: a blank field they have not touched shows no error yet. */
	#touched: Record<string, true> = $state({});
	/** Keys the page opened with (from its address, or shown with their default). */
	readonly #initialKeys: ReadonlySet<string>;
	#steps = $state(1);
	#engine = $state.raw<Engine | null>(null);
	#loading: Promise<Engine> | null = null;
	#failed = $state(false);
	readonly lang: Locale;
	/** The text each field with a default shows for it (`work` → `100 %`). */
	readonly #defaults: Readonly<Record<string, string>>;
	/** Keys shown but not editable (an embed's `lock`). */
	readonly #locked: ReadonlySet<string>;
	/** The embed's compact form: no help lines, typical values or sources under the fields. */
	readonly compact: boolean;

	/** The form read without the claims' implied assumptions: what a keystroke waits for. */
	readonly #quick: FormReading | null;
	/** The latest reading with implied assumptions, and the quick reading it completes. */
	#complete = $state.raw<{ quick: FormReading; full: FormReading } | null>(null);
	/** The latest simulation the worker answered with, and the canonical query it is of. */
	#simulated = $state.raw<SimulationAnswer | null>(null);
	/** Whether the simulation worker could not be started or failed. */
	#simulationFailed = $state(false);
	#worker: Worker | null = null;
	/** The query last sent to the worker: an answer for any other is out of date. */
	#requested: string | null = null;

	/**
	 * The form read in the page's language; recomputed on every keystroke once loaded. A failing
	 * claim's implied assumptions follow in the next task (the search runs the model a few
	 * hundred times); until then it shows the ones worked out before, if the claim is unchanged.
	 */
	readonly reading: FormReading;

	/**
	 * The reading whose figures are on screen: the current one, or while the form cannot be
	 * computed, the last one that could (with `stale` true), so a field being retyped does not
	 * blank the page — and never a figure from a value the reader did not type.
	 */
	readonly shown: FormReading;

	/**
	 * @param fields URL key → text as shown in the form (locale-formatted numbers)
	 * @param lang the page's language
	 * @param initial the server's reading of exactly these fields
	 * @param options `defaults`: the text each field with a default shows for it; `locked`: keys
	 *   shown but not editable
	 */
	constructor(
		fields: Record<string, string>,
		lang: Locale,
		initial: FormReading,
		options: {
			defaults?: Readonly<Record<string, string>>;
			locked?: readonly string[];
			compact?: boolean;
		} = {}
	) {
		this.compact = options.compact ?? false;
		this.#defaults = options.defaults ?? {};
		// Read only, never changed: a plain Set (svelte/prefer-svelte-reactivity flags it wrongly).
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#locked = new Set(options.locked ?? []);
		this.#fields = { ...fields };
		// Read only, never changed: a plain Set (svelte/prefer-svelte-reactivity flags it wrongly).
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#initialKeys = new Set(Object.keys(fields));
		this.lang = lang;
		const { uncertainty } = initial.report ?? {};
		if (uncertainty) this.#simulated = { query: initial.report!.canonical, uncertainty };
		this.#quick = $derived(
			this.#engine ? this.#engine.readForm(this.#fields, lang, { implied: false }) : null
		);
		this.reading = $derived.by(() => {
			const quick = this.#quick;
			if (quick === null) return initial;
			const complete = this.#complete;
			const computed =
				complete?.quick === quick
					? complete.full
					: withEarlierImplied(quick, complete?.full ?? initial);
			return withSimulation(computed, this.#simulated);
		});
		let lastComputed: FormReading | null = initial.report === null ? null : initial;
		this.shown = $derived.by(() => {
			const reading = this.reading;
			if (reading.report !== null) lastComputed = reading;
			return reading.report === null && lastComputed !== null ? lastComputed : reading;
		});
		$effect(() => {
			const quick = this.#quick;
			const engine = this.#engine;
			if (quick === null || engine === null || !hasFailingClaim(quick)) return;
			const fields = $state.snapshot(this.#fields);
			const timer = setTimeout(() => {
				this.#complete = { quick, full: engine.readForm(fields, lang) };
			});
			return () => clearTimeout(timer);
		});
		$effect(() => {
			const query = this.#quick?.scenario?.ranges ? this.#quick.report?.canonical : undefined;
			if (query === undefined || this.#simulated?.query === query) return;
			// A pause in typing, so that a burst of keystrokes is simulated once.
			const timer = setTimeout(() => this.#simulate(query), SIMULATION_PAUSE_MS);
			return () => clearTimeout(timer);
		});
		// A step the address holds, even blank, is shown: a blank one needs a value.
		const lastStep = FUNNEL_KEYS.findLastIndex((key) => fields[key] !== undefined);
		this.#steps = Math.max(1, lastStep + 1);
	}

	/**
	 * Loads the calculation engine, once; called when the reader first focuses or presses
	 * anything in the calculator, and by every edit. A failed load (offline) is retried on the
	 * next edit; meanwhile `failed` is true and the form still submits to the server.
	 */
	load(): Promise<Engine> {
		this.#loading ??= import('./engine').then(
			(engine) => {
				this.#failed = false;
				this.#engine = engine;
				return engine;
			},
			(error: unknown) => {
				this.#loading = null;
				this.#failed = true;
				throw error;
			}
		);
		return this.#loading;
	}

	/** Whether the implied assumptions of a failing claim are still being worked out. */
	get impliedPending(): boolean {
		const quick = this.#quick;
		return quick !== null && hasFailingClaim(quick) && this.#complete?.quick !== quick;
	}

	/** Sends `query` to the simulation worker, started on first use. */
	#simulate(query: string): void {
		try {
			this.#worker ??= this.#startWorker();
		} catch {
			this.#simulationFailed = true;
			return;
		}
		this.#requested = query;
		const request: SimulationRequest = { query, lang: this.lang };
		this.#worker.postMessage(request);
	}

	#startWorker(): Worker {
		// Vite's pattern for a worker it bundles; the URL is never changed (the rule misfires here).
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.addEventListener('message', (event: MessageEvent<SimulationAnswer>) => {
			if (event.data.query !== this.#requested) return;
			this.#simulationFailed = false;
			this.#simulated = event.data;
		});
		worker.addEventListener('error', () => (this.#simulationFailed = true));
		return worker;
	}

	/** Whether the simulation worker could not run in this browser. */
	get simulationFailed(): boolean {
		return this.#simulationFailed;
	}

	/** Whether loading the engine failed: the results may be out of date. */
	get failed(): boolean {
		return this.#failed;
	}

	/** Whether the figures on screen are from an earlier reading than the form as it stands. */
	get stale(): boolean {
		return this.shown !== this.reading;
	}

	/** Whether field `key` is shown but may not be changed (an embed's `lock`). */
	isLocked(key: string): boolean {
		return this.#locked.has(key);
	}

	/** Whether field `key` holds its default, as the field writes it (or, with none, nothing). */
	isDefault(key: string): boolean {
		return this.text(key) === (this.#defaults[key] ?? '');
	}

	/** Whether the form has field `key` at all, even blank (a step or an input of B it holds). */
	has(key: string): boolean {
		return key in this.#fields;
	}

	/** The text of a field ('' when empty). */
	text(key: string): string {
		return this.#fields[key] ?? '';
	}

	/**
	 * Why field `key` cannot be used, if it cannot. A blank field the page did not open with and
	 * the reader has not touched (the population on an empty calculator) says nothing yet.
	 */
	errorFor(key: string): string | undefined {
		const error = this.reading.errors.find((entry) => entry.key === key);
		if (error === undefined) return undefined;
		const untouched = !this.#touched[key] && !this.#initialKeys.has(key);
		return untouched && this.text(key).trim() === '' ? undefined : error.message;
	}

	/**
	 * Sets a field's text as typed. A field emptied stays in the form, blank: it needs a value,
	 * it never silently means its default.
	 */
	set(key: string, text: string): void {
		if (this.#locked.has(key)) return;
		this.#fields[key] = text;
		this.#touched[key] = true;
		this.load().catch(() => undefined);
	}

	/** Takes a field out of the form altogether (a funnel step or claim that is removed). */
	unset(key: string): void {
		delete this.#fields[key];
		this.load().catch(() => undefined);
	}

	/** How many funnel steps the form shows. */
	get steps(): number {
		return this.#steps;
	}

	/** Adds a funnel step, blank: it needs a value before the figures take it in. */
	addStep(): void {
		if (this.#steps >= MAX_STEPS) return;
		this.#steps += 1;
		this.#fields[`s${this.#steps}`] ??= '';
	}

	/** Removes step `n` (1-based) and moves the later steps, their labels and kinds up. */
	removeStep(n: number): void {
		if (this.#steps <= 1) return;
		for (let step = n; step < this.#steps; step++) {
			for (const prefix of STEP_PARTS)
				this.set(`${prefix}${step}`, this.text(`${prefix}${step + 1}`));
		}
		for (const prefix of STEP_PARTS) this.unset(`${prefix}${this.#steps}`);
		this.#steps -= 1;
	}

	/** The claims of the form, as their URL values, in c1 … c4 order (read several times a render). */
	#claimKeys = $derived(CLAIM_KEYS.filter((key) => this.text(key) !== ''));
	get claimKeys(): ClaimKey[] {
		return this.#claimKeys;
	}

	/** Adds a claim typed as published ("over 4 milliarder") about `metric`. */
	async addClaim(metric: ResultId, text: string): Promise<ClaimAddResult> {
		const free = CLAIM_KEYS.find((key) => this.text(key) === '');
		if (!free) return { ok: false, code: 'full' };
		let engine: Engine;
		try {
			engine = await this.load();
		} catch {
			return { ok: false, code: 'engine_failed' };
		}
		const parsed = engine.parseClaimText(text, this.lang, resultUnit(metric));
		if (!parsed.ok) return { ok: false, code: parsed.code };
		this.set(free, engine.claimField(metric, parsed));
		return { ok: true };
	}

	/** Removes a claim and closes the gap, so the claims stay c1, c2, … */
	removeClaim(key: ClaimKey): void {
		const kept = this.claimKeys.filter((other) => other !== key).map((other) => this.text(other));
		for (const [index, claimKey] of CLAIM_KEYS.entries()) {
			const text = kept[index];
			if (text === undefined) this.unset(claimKey);
			else this.set(claimKey, text);
		}
	}
}

/** How long typing must pause before a scenario with ranges is simulated, in milliseconds. */
const SIMULATION_PAUSE_MS = 150;

/** `reading` with the simulation `simulated`, if that is of its scenario. */
function withSimulation(reading: FormReading, simulated: SimulationAnswer | null): FormReading {
	const report = reading.report;
	if (report === null || report.uncertainty !== undefined) return reading;
	if (simulated?.query !== report.canonical || simulated.uncertainty === null) return reading;
	return { ...reading, report: { ...report, uncertainty: simulated.uncertainty } };
}

function hasFailingClaim(reading: FormReading): boolean {
	return reading.report?.claims.some((claim) => claim.verdict === 'does_not_hold') ?? false;
}

/**
 * `quick` with each failing claim's implied assumptions taken from `earlier` where the same
 * claim (same key, metric, operator and figure) failed there too: shown until this reading's
 * own are worked out, so the page does not jump on every keystroke.
 */
function withEarlierImplied(quick: FormReading, earlier: FormReading): FormReading {
	const report = quick.report;
	const before = earlier.report?.claims ?? [];
	if (report === null || before.length === 0) return quick;
	const claims = report.claims.map((claim) => {
		if (claim.verdict !== 'does_not_hold') return claim;
		const same = before.find(
			(other) =>
				other.id === claim.id &&
				other.metric === claim.metric &&
				other.op === claim.op &&
				other.value === claim.value &&
				other.sig === claim.sig &&
				other.verdict === 'does_not_hold'
		);
		return same ? { ...claim, implied: same.implied } : claim;
	});
	return { ...quick, report: { ...report, claims } };
}
