// `#island` (package.json "imports") must give the browser the copy that hydrates later and the
// server the copy that renders: swapped or missing, the page would hydrate in one long task
// again, or the server would render empty islands.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('#island', () => {
	it('resolves to the browser copy in the browser and to the server copy elsewhere', () => {
		expect(manifest.imports['#island']).toEqual({
			browser: './src/lib/components/island/Island.client.svelte',
			default: './src/lib/components/island/Island.server.svelte'
		});
	});

	it('names files that exist, the browser copy hydrating and the server copy rendering', () => {
		const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
		const { browser, default: server } = manifest.imports['#island'];
		expect(existsSync(new URL(`../../../${browser}`, import.meta.url))).toBe(true);
		expect(read(browser)).toContain('hydrate(component');
		expect(read(server)).toContain('<Inner {...props} />');
	});
});
