/**
 * The worker threads the server simulates in: jobs answered in order, a failing job failing
 * alone, a dying worker replaced, and a pool whose workers keep dying refusing jobs at once.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { serveJobs, WorkerPool, type AnswerMessage } from '../../../src/lib/server/worker-pool';

const WORKER = new URL('./fixtures/jobs-worker.mjs', import.meta.url);

type Job = { double?: number; busyMs?: number; fail?: string; exit?: number; crash?: string };

describe('WorkerPool', () => {
	it('answers each job from a worker, however many wait', async () => {
		const pool = new WorkerPool<Job, number>(WORKER, null, 2);
		const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run({ double: n })));
		expect(results).toEqual([2, 4, 6, 8, 10]);
		expect(pool.threads).toBe(2);
	});

	it('fails a job that fails, and the worker goes on with the next', async () => {
		const pool = new WorkerPool<Job, number>(WORKER, null, 1);
		await expect(pool.run({ fail: 'no distribution fits' })).rejects.toThrow(
			'no distribution fits'
		);
		expect(await pool.run({ double: 21 })).toBe(42);
		expect([pool.threads, pool.broken]).toEqual([1, false]);
	});

	it('fails the jobs of a worker that dies, and only that worker is replaced', async () => {
		const pool = new WorkerPool<Job, number>(WORKER, null, 2);
		const busy = pool.run({ double: 1, busyMs: 300 });
		// The least busy worker is the second, which dies with the job.
		await expect(pool.run({ exit: 3 })).rejects.toThrow('worker exited with code 3');
		expect(pool.threads).toBe(1);
		expect(await busy).toBe(2);
		expect(await pool.run({ double: 5 })).toBe(10);
		expect([pool.threads, pool.broken]).toEqual([2, false]);
	});

	it('counts a worker that throws as one death, though it is told of both error and exit', async () => {
		const pool = new WorkerPool<Job, number>(WORKER, null, 2, 2);
		const busy = pool.run({ double: 2, busyMs: 300 });
		await expect(pool.run({ crash: 'out of memory' })).rejects.toThrow('out of memory');
		// Its exit comes just after its error.
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect([pool.threads, pool.broken]).toEqual([1, false]);
		expect(await busy).toBe(4);
	});

	it('refuses every job at once after its workers died `maxFailures` times', async () => {
		const pool = new WorkerPool<Job, number>(WORKER, null, 1, 2);
		await expect(pool.run({ exit: 1 })).rejects.toThrow('worker exited with code 1');
		await expect(pool.run({ exit: 1 })).rejects.toThrow('worker exited with code 1');
		expect(pool.broken).toBe(true);
		await expect(pool.run({ double: 1 })).rejects.toThrow('too many workers died');
		expect(pool.threads).toBe(0);
	});
});

describe('serveJobs', () => {
	/** The answers `handle` gives to `jobs`, through a port as a worker's. */
	async function answers(handle: (job: number) => number, jobs: number[]) {
		const { port1, port2 } = new MessageChannel();
		serveJobs(handle, port1 as MessagePort);
		const received: AnswerMessage<number>[] = [];
		const all = new Promise<void>((resolve) =>
			port2.on('message', (answer: AnswerMessage<number>) => {
				received.push(answer);
				if (received.length === jobs.length) resolve();
			})
		);
		jobs.forEach((job, id) => port2.postMessage({ id, job }));
		await all;
		port1.close();
		return received;
	}

	it('answers each job with its result, or with the message of what it threw', async () => {
		const half = (n: number) => {
			if (n % 2 === 1) throw new Error(`${n} is odd`);
			return n / 2;
		};
		expect(await answers(half, [4, 3, 10])).toEqual([
			{ id: 0, ok: true, result: 2 },
			{ id: 1, ok: false, error: '3 is odd' },
			{ id: 2, ok: true, result: 5 }
		]);
	});

	it('refuses to run outside a worker thread without a port', () => {
		expect(() => serveJobs(() => 0)).toThrow('serveJobs runs in a worker thread');
	});
});
