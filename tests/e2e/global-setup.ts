/**
 * Starts the production server (`src/server/index.js`, built by `npm test` just before) on a free port
 * for the browser tests, and stops it afterwards.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.js')) throw new Error('No build/ found: run `npm run build` first.');
	const { baseURL, server } = await startServer('/api/v1/calc?pop=1');
	project.provide('baseURL', baseURL);
	return () => {
		server.kill('SIGTERM');
	};
}
