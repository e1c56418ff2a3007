/**
 * The simulation of ranges on the server, off the event loop (server only). The costliest valid
 * URL takes about half a second of CPU to simulate; run where requests are read, it held every
 * other page, a seed page included, for as long. Here it runs in worker threads, so the event
 * loop goes on answering while a worker simulates: the answers are the same, computed by the
 * same `uncertaintyOfQuery` as the calculator's web worker.
 *
 * A worker runs this very module, as built (`import.meta.url`): SvelteKit has no entry of its own
 * for a worker thread. Where the module is not built JavaScript (the dev server, the unit tests),
 * or a worker fails, the simulation runs here, as before.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Locale } from '$lib/format';
// A worker words a range no distribution fits in any language, as the server does.
import '$lib/i18n/all-locales';
import { calculate, type Outcome } from '$lib/report/calculate';
import type { Report, ReportOptions } from '$lib/report';
import { uncertaintyOfQuery, type Uncertainty } from '$lib/report/uncertainty';
import type { Scenario } from '$lib/scenario';

/** What a worker is started with, so that the module knows it is one. */
const WORKER_ROLE = 'overslag:simulation';

interface Job {
	id: number;
	query: string;
	locale: Locale;
}

interface Done {
	id: number;
	uncertainty: Uncertainty | null;
}

if (!isMainThread && workerData === WORKER_ROLE && parentPort) {
	const port = parentPort;
	port.on('message', ({ id, query, locale }: Job) => {
		port.postMessage({ id, uncertainty: uncertaintyOfQuery(query, locale) } satisfies Done);
	});
}

/** A worker can run only the built module, not its TypeScript source. */
const RUNS_IN_WORKERS = import.meta.url.endsWith('.js');

/** One core is left to the event loop, which renders the pages. */
const WORKERS = Math.max(1, availableParallelism() - 1);

interface Thread {
	worker: Worker;
	pending: Map<number, { resolve: (done: Uncertainty | null) => void; reject: (e: Error) => void }>;
}

const threads: Thread[] = [];
let nextId = 0;

/** A worker thread of this module; on failure, its jobs fail and a new one takes its place. */
function startThread(): Thread {
	const worker = new Worker(new URL(import.meta.url), { workerData: WORKER_ROLE });
	// An idle worker does not keep the server from exiting.
	worker.unref();
	const thread: Thread = { worker, pending: new Map() };
	worker.on('message', ({ id, uncertainty }: Done) => {
		thread.pending.get(id)?.resolve(uncertainty);
		thread.pending.delete(id);
	});
	const fail = (error: Error) => {
		threads.splice(threads.indexOf(thread), 1);
		for (const job of thread.pending.values()) job.reject(error);
		thread.pending.clear();
	};
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`simulation worker exited with code ${code}`)));
	threads.push(thread);
	return thread;
}

/** The thread with the fewest jobs waiting, started if there are fewer than `WORKERS`. */
function leastBusyThread(): Thread {
	if (threads.length < WORKERS) return startThread();
	return threads.reduce((least, thread) =>
		thread.pending.size < least.pending.size ? thread : least
	);
}

function inWorker(query: string, locale: Locale): Promise<Uncertainty | null> {
	const thread = leastBusyThread();
	const id = nextId++;
	return new Promise((resolve, reject) => {
		thread.pending.set(id, { resolve, reject });
		thread.worker.postMessage({ id, query, locale } satisfies Job);
	});
}

/** The uncertainty of the canonical `query` (null without ranges), computed in a worker. */
export async function uncertaintyOffThread(
	query: string,
	locale: Locale
): Promise<Uncertainty | null> {
	if (!RUNS_IN_WORKERS) return uncertaintyOfQuery(query, locale);
	try {
		return await inWorker(query, locale);
	} catch (error) {
		console.error(error);
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
