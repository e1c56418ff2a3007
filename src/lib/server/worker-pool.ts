/**
 * A few worker threads running one module, for CPU-bound jobs the event loop should not wait on
 * (server only). Each worker takes its jobs one at a time, in order; a job goes to the worker with
 * the fewest waiting. A job that throws fails alone. A worker that dies fails the jobs it held
 * and another takes its place, up to `maxFailures` deaths: after that the pool refuses every job
 * at once, so the caller does the work itself rather than start worker after worker.
 */
import { isMainThread, parentPort, Worker, type MessagePort } from 'node:worker_threads';

/** What the pool sends a worker. */
export interface JobMessage<Job> {
	id: number;
	job: Job;
}

/** What a worker answers, for each job in turn. */
export type AnswerMessage<Result> =
	{ id: number; ok: true; result: Result } | { id: number; ok: false; error: string };

/**
 * In the worker: answers every job with `handle`'s result, or with the message of what it threw.
 * `port` is the worker's own by default.
 */
export function serveJobs<Job, Result>(
	handle: (job: Job) => Result,
	port: MessagePort | null = isMainThread ? null : parentPort
): void {
	if (port === null) throw new Error('serveJobs runs in a worker thread');
	port.on('message', ({ id, job }: JobMessage<Job>) => {
		let answer: AnswerMessage<Result>;
		try {
			answer = { id, ok: true, result: handle(job) };
		} catch (error) {
			answer = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
		}
		port.postMessage(answer);
	});
}

interface Waiting<Result> {
	resolve: (result: Result) => void;
	reject: (error: Error) => void;
}

interface Thread<Result> {
	worker: Worker;
	waiting: Map<number, Waiting<Result>>;
	dead: boolean;
}

export class WorkerPool<Job, Result> {
	readonly #threads: Thread<Result>[] = [];
	#nextId = 0;
	#failures = 0;

	/**
	 * @param module The worker's module, built JavaScript; it calls `serveJobs`.
	 * @param workerData What each worker is started with.
	 * @param size The most workers at once.
	 * @param maxFailures The worker deaths after which the pool refuses every job.
	 */
	constructor(
		private readonly module: URL,
		private readonly workerData: unknown,
		private readonly size: number,
		private readonly maxFailures = 3
	) {}

	/** Workers alive now. */
	get threads(): number {
		return this.#threads.length;
	}

	/** Whether so many workers died that the pool refuses jobs. */
	get broken(): boolean {
		return this.#failures >= this.maxFailures;
	}

	/** `job`'s result from a worker; rejects if the job throws, its worker dies or the pool is broken. */
	run(job: Job): Promise<Result> {
		if (this.broken) return Promise.reject(new Error('worker pool: too many workers died'));
		const thread = this.#leastBusy();
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			// A worker with jobs keeps the process alive; an idle one does not.
			if (thread.waiting.size === 0) thread.worker.ref();
			thread.waiting.set(id, { resolve, reject });
			thread.worker.postMessage({ id, job } satisfies JobMessage<Job>);
		});
	}

	#leastBusy(): Thread<Result> {
		if (this.#threads.length < this.size) return this.#start();
		return this.#threads.reduce((least, thread) =>
			thread.waiting.size < least.waiting.size ? thread : least
		);
	}

	#start(): Thread<Result> {
		const worker = new Worker(this.module, { workerData: this.workerData });
		worker.unref();
		const thread: Thread<Result> = { worker, waiting: new Map(), dead: false };
		worker.on('message', (answer: AnswerMessage<Result>) => {
			const waiting = thread.waiting.get(answer.id);
			thread.waiting.delete(answer.id);
			if (thread.waiting.size === 0) worker.unref();
			if (answer.ok) waiting?.resolve(answer.result);
			else waiting?.reject(new Error(answer.error));
		});
		// Node reports a thrown error and then the exit: the thread dies once.
		const die = (error: Error) => {
			if (thread.dead) return;
			thread.dead = true;
			this.#failures++;
			this.#threads.splice(this.#threads.indexOf(thread), 1);
			for (const waiting of thread.waiting.values()) waiting.reject(error);
			thread.waiting.clear();
		};
		worker.on('error', die);
		worker.on('exit', (code) => die(new Error(`worker exited with code ${code}`)));
		this.#threads.push(thread);
		return thread;
	}
}
