/**
 * Starts the production server (`node build`, built by `npm test` just before) on a free port
 * for the browser tests, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
		try {
			const response = await fetch(url);
			if (response.status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`server at ${url} did not start`);
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.js')) throw new Error('No build/ found: run `npm run build` first.');
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseURL },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	await waitUntilUp(baseURL + '/api/v1/calc?pop=1', server);
	project.provide('baseURL', baseURL);
	return () => {
		server.kill('SIGTERM');
	};
}
