/**
 * The calculator's state: the text of every field exactly as the user typed it, and everything
 * else derived from it — the reading of the form (errors, scenario, report) and the address to
 * keep in the URL. Nothing the user typed is ever replaced: a field that cannot be read keeps its
 * text next to its message.
 *
 * The page opens with the reading the server computed for the URL; the calculation engine
 * (`./engine`: parser, schema, model, claims — all of decimal.js) loads when the reader first
 * touches the form (`load`), and from then on every keystroke recomputes in the browser.
 */
import { CLAIM_KEYS, type ClaimKey } from '$lib/claims/types';
import type { Locale } from '$lib/format/locale';
import type { ResultId } from '$lib/model/types';
import type { FormReading } from '$lib/report/form';
import { FUNNEL_KEYS } from '$lib/model/types';

export const MAX_STEPS = FUNNEL_KEYS.length;

export type ClaimAddResult = { ok: true } | { ok: false; code: string };

type Engine = typeof import('./engine');

export class CalculatorState {
	#fields: Record<string, string> = $state({});
	#steps = $state(1);
	#engine = $state.raw<Engine | null>(null);
	#loading: Promise<Engine> | null = null;
	#failed = $state(false);
	readonly lang: Locale;

	/** The form read without the claims' implied assumptions: what a keystroke waits for. */
	readonly #quick: FormReading | null;
	/** The latest reading with implied assumptions, and the quick reading it completes. */
	#complete = $state.raw<{ quick: FormReading; full: FormReading } | null>(null);

	/**
	 * The form read in the page's language; recomputed on every keystroke once loaded. A failing
	 * claim's implied assumptions follow in the next task (the search runs the model a few
	 * hundred times); until then it shows the ones worked out before, if the claim is unchanged.
	 */
	readonly reading: FormReading;

	/**
	 * @param fields URL key → text as shown in the form (locale-formatted numbers)
	 * @param lang the page's language
	 * @param initial the server's reading of exactly these fields
	 */
	constructor(fields: Record<string, string>, lang: Locale, initial: FormReading) {
		this.#fields = { ...fields };
		this.lang = lang;
		this.#quick = $derived(
			this.#engine ? this.#engine.readForm(this.#fields, lang, { implied: false }) : null
		);
		this.reading = $derived.by(() => {
			const quick = this.#quick;
			if (quick === null) return initial;
			const complete = this.#complete;
			if (complete?.quick === quick) return complete.full;
			return withEarlierImplied(quick, complete?.full ?? initial);
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
		const lastStep = FUNNEL_KEYS.findLastIndex((key) => (fields[key] ?? '') !== '');
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

	/** Whether loading the engine failed: the results may be out of date. */
	get failed(): boolean {
		return this.#failed;
	}

	/** The text of a field ('' when empty). */
	text(key: string): string {
		return this.#fields[key] ?? '';
	}

	/** Sets a field's text as typed; an emptied field is left out of the scenario. */
	set(key: string, text: string): void {
		if (text === '') delete this.#fields[key];
		else this.#fields[key] = text;
		this.load().catch(() => undefined);
	}

	/** How many funnel steps the form shows. */
	get steps(): number {
		return this.#steps;
	}

	addStep(): void {
		if (this.#steps < MAX_STEPS) this.#steps += 1;
	}

	/** Removes step `n` (1-based) and moves the later steps and their labels up. */
	removeStep(n: number): void {
		if (this.#steps <= 1) return;
		for (let step = n; step < this.#steps; step++) {
			this.set(`s${step}`, this.text(`s${step + 1}`));
			this.set(`l${step}`, this.text(`l${step + 1}`));
		}
		this.set(`s${this.#steps}`, '');
		this.set(`l${this.#steps}`, '');
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
		const parsed = engine.parseClaimText(text, this.lang);
		if (!parsed.ok) return { ok: false, code: parsed.code };
		const sig = parsed.op === 'approx' ? `:${parsed.sig}` : '';
		this.set(free, `${metric}:${parsed.op}:${parsed.value}${sig}`);
		return { ok: true };
	}

	/** Removes a claim and closes the gap, so the claims stay c1, c2, … */
	removeClaim(key: ClaimKey): void {
		const kept = this.claimKeys.filter((other) => other !== key).map((other) => this.text(other));
		for (const [index, claimKey] of CLAIM_KEYS.entries()) this.set(claimKey, kept[index] ?? '');
	}
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
