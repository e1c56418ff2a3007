/**
 * Starting the production server (`src/server/index.js` on the build) on a free port and waiting until it answers:
 * shared by the browser tests' global setup and `npm run bench:web`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
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

export async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
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

/** Starts the production server (`src/server/index.js`) on a free port of 127.0.0.1 and resolves once it answers `probePath`. */
export async function startServer(
	probePath = '/'
): Promise<{ baseURL: string; server: ChildProcess }> {
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['src/server/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseURL },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	await waitUntilUp(baseURL + probePath, server);
	return { baseURL, server };
}
