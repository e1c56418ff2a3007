/**
 * The simulation of ranges on the server, off the event loop (server only). The costliest valid
 * URL takes about half a second of CPU to simulate; run where requests are read, it held every
 * other page, a seed page included, for as long. Here it runs in worker threads, so the event
 * loop goes on answering while a worker simulates: the answers are the same, computed by the
 * same `uncertaintyOfQuery` as the calculator's web worker.
 *
 * A worker runs this very module, as built (`import.meta.url`): SvelteKit has no entry of its own
 * for a worker thread. Where the module is not built JavaScript (the dev server, the unit tests),
 * or a worker fails (`./worker-pool`), the simulation runs here, as before.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import type { Locale } from '$lib/format';
// A worker words a range no distribution fits in any language, as the server does.
import '$lib/i18n/all-locales';
import { calculate, type Outcome } from '$lib/report/calculate';
import type { Report, ReportOptions } from '$lib/report';
import { uncertaintyOfQuery, type Uncertainty } from '$lib/report/uncertainty';
import type { Scenario } from '$lib/scenario';
import { serveJobs, WorkerPool } from './worker-pool';

/** What a worker is started with, so that the module knows it is one. */
const WORKER_ROLE = 'overslag:simulation';

interface Job {
	query: string;
	locale: Locale;
}

if (!isMainThread && workerData === WORKER_ROLE) {
	serveJobs(({ query, locale }: Job) => uncertaintyOfQuery(query, locale));
}

/**
 * The workers, one core being left to the event loop, which renders the pages; none where this
 * module is not built JavaScript, which a worker cannot run.
 */
const pool = import.meta.url.endsWith('.js')
	? new WorkerPool<Job, Uncertainty | null>(
			new URL(import.meta.url),
			WORKER_ROLE,
			Math.max(1, availableParallelism() - 1)
		)
	: null;

/** The uncertainty of the canonical `query` (null without ranges), computed in a worker. */
export async function uncertaintyOffThread(
	query: string,
	locale: Locale
): Promise<Uncertainty | null> {
	if (pool === null || pool.broken) return uncertaintyOfQuery(query, locale);
	try {
		return await pool.run({ query, locale });
	} catch (error) {
		console.error('simulation in a worker failed; simulating here:', error);
		return uncertaintyOfQuery(query, locale);
	}
}

/** `report` of `scenario` with its uncertainty, where it has ranges, computed in a worker. */
export async function withUncertainty(
	report: Report,
	scenario: Scenario,
	locale: Locale
): Promise<Report> {
	if (scenario.ranges === undefined) return report;
	const uncertainty = await uncertaintyOffThread(report.canonical, locale);
	return uncertainty === null ? report : { ...report, uncertainty };
}

/** `calculate`, with the simulation of ranges computed in a worker. */
export async function calculateOffThread(
	query: string,
	options: Omit<ReportOptions, 'simulate'> = {}
): Promise<Outcome> {
	const outcome = calculate(query, { ...options, simulate: undefined });
	if (!outcome.ok) return outcome;
	const report = await withUncertainty(outcome.report, outcome.scenario, outcome.lang);
	return { ...outcome, report };
}
