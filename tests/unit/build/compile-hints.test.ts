import { describe, expect, it } from 'vitest';
import { eagerChunks, type ChunkInfo } from '../../../scripts/compile-hints.js';

const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null) =>
	({ fileName, imports, facadeModuleId }) satisfies ChunkInfo;

describe('eagerChunks', () => {
	const bundle = [
		chunk('_app/immutable/entry/start.A.js', ['_app/immutable/chunks/kit.js']),
		chunk('_app/immutable/entry/app.B.js', ['_app/immutable/chunks/svelte.js']),
		chunk('_app/immutable/nodes/2.C.js', ['_app/immutable/chunks/format.js']),
		chunk('_app/immutable/chunks/kit.js', ['_app/immutable/chunks/svelte.js']),
		chunk('_app/immutable/chunks/svelte.js'),
		chunk('_app/immutable/chunks/format.js', ['_app/immutable/chunks/locale.js']),
		chunk('_app/immutable/chunks/locale.js'),
		chunk('_app/immutable/chunks/nb.js', [], '/repo/src/lib/paraglide/messages/nb.js'),
		chunk('_app/immutable/chunks/engine.js', ['_app/immutable/chunks/decimal.js'], '/repo/src/lib/state/engine.ts'),
		chunk('_app/immutable/chunks/decimal.js'),
		chunk('_app/immutable/chunks/charts.js', ['_app/immutable/chunks/chartjs.js'], '/repo/src/lib/charts/draw/index.ts'),
		chunk('_app/immutable/chunks/chartjs.js')
	];

	it('marks the entries, the route nodes and everything they import, however deep', () => {
		const eager = eagerChunks(bundle);
		for (const name of ['entry/start.A.js', 'entry/app.B.js', 'nodes/2.C.js', 'chunks/kit.js', 'chunks/svelte.js', 'chunks/format.js', 'chunks/locale.js']) {
			expect(eager.has(`_app/immutable/${name}`), name).toBe(true);
		}
	});

	it('marks the messages and the engine with its imports, which run as soon as they load', () => {
		const eager = eagerChunks(bundle);
		expect(eager.has('_app/immutable/chunks/nb.js')).toBe(true);
		expect(eager.has('_app/immutable/chunks/engine.js')).toBe(true);
		expect(eager.has('_app/immutable/chunks/decimal.js')).toBe(true);
	});

	it('leaves the charts, most of which a page never calls, to compile lazily', () => {
		const eager = eagerChunks(bundle);
		expect(eager.has('_app/immutable/chunks/charts.js')).toBe(false);
		expect(eager.has('_app/immutable/chunks/chartjs.js')).toBe(false);
		expect(eager.size).toBe(10);
	});

	it('marks a chunk shared by the charts and the page once, as the page’s', () => {
		const shared = [
			chunk('_app/immutable/nodes/0.A.js', ['_app/immutable/chunks/shared.js']),
			chunk('_app/immutable/chunks/charts.js', ['_app/immutable/chunks/shared.js'], '/repo/src/lib/charts/draw/index.ts'),
			chunk('_app/immutable/chunks/shared.js', ['_app/immutable/chunks/shared.js'])
		];
		expect([...eagerChunks(shared)].sort()).toEqual(['_app/immutable/chunks/shared.js', '_app/immutable/nodes/0.A.js']);
	});
});
