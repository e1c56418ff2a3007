// The words of the charts (title, table, text alternative) are rendered with the page; the
// drawing (chart.js and the configuration builders of `charts/draw/`, which need decimal.js)
// must arrive only in the chunk the chart attachment imports after first paint. This follows the
// static imports of the page's chart components through every module of the project they reach.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LIB = resolve(ROOT, 'src/lib');
const ENTRIES = [
	'src/lib/components/ResultCharts.svelte',
	'src/lib/components/UncertaintyFigures.svelte',
	'src/lib/components/ComparisonFigures.svelte',
	'src/lib/components/ChartFigure.svelte'
];

/** A static `import … from` / `export … from` / bare `import '…'` statement's module and kind. */
interface StaticImport {
	specifier: string;
	/** `import type` / `export type`: erased from the JavaScript, so never loaded. */
	typeOnly: boolean;
}

const STATIC_IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm;

/** The static imports of a module's source (of a component: of its scripts). */
function staticImports(source: string): StaticImport[] {
	return [...source.matchAll(STATIC_IMPORT)].map((match) => ({
		specifier: match[2] ?? '',
		typeOnly: match[1] !== undefined
	}));
}

/** The script blocks of a component, or the whole source of a module. */
function scriptOf(file: string): string {
	const source = readFileSync(file, 'utf8');
	if (!file.endsWith('.svelte')) return source;
	return [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/** The file a project specifier names (`./labels`, `../format`, `$lib/charts`); null for a package. */
function fileOf(specifier: string, from: string): string | null {
	let base: string;
	if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else if (specifier.startsWith('$lib/')) base = resolve(LIB, specifier.slice('$lib/'.length));
	else return null;
	const candidates = [base, `${base}.ts`, `${base}.js`, resolve(base, 'index.ts')];
	const file = candidates.find((candidate) =>
		statSync(candidate, { throwIfNoEntry: false })?.isFile()
	);
	if (!file) throw new Error(`cannot resolve ${specifier} from ${from}`);
	return file;
}

/** Every module the entries load statically, with the static imports of each. */
function eagerModules(): Map<string, StaticImport[]> {
	const modules = new Map<string, StaticImport[]>();
	const queue = ENTRIES.map((entry) => resolve(ROOT, entry));
	for (let file = queue.shift(); file; file = queue.shift()) {
		if (modules.has(file)) continue;
		const imports = staticImports(scriptOf(file));
		modules.set(file, imports);
		for (const { specifier, typeOnly } of imports) {
			const imported = typeOnly ? null : fileOf(specifier, file);
			if (imported) queue.push(imported);
		}
	}
	return modules;
}

/** Whether a specifier is decimal.js or the model's Decimal constructor. */
function isDecimal(specifier: string): boolean {
	return specifier === 'decimal.js' || /(^|\/)model\/decimal(\.ts)?$/.test(specifier);
}

/** Whether a specifier is chart.js or a module of the lazily loaded drawing. */
function isDrawing(specifier: string): boolean {
	return /^chart\.js(\/|$)/.test(specifier) || /(^|\/)(chart-runtime|draw)(\/|$)/.test(specifier);
}

describe('reading the imports', () => {
	it('tells loaded imports from erased type imports, over several lines too', () => {
		const source = [
			"import { D } from '../model/decimal';",
			"import type { Chart } from 'chart.js';",
			'import {',
			'\tgrossEffectWords,',
			'\ttype ChartWords',
			"} from '$lib/charts';",
			"export type { Range } from './draw/gross-effect';",
			"export { yearlyConfig } from './draw/yearly';",
			"import './app.css';",
			"const text = 'import { D } from decimal.js';"
		].join('\n');
		expect(staticImports(source)).toEqual([
			{ specifier: '../model/decimal', typeOnly: false },
			{ specifier: 'chart.js', typeOnly: true },
			{ specifier: '$lib/charts', typeOnly: false },
			{ specifier: './draw/gross-effect', typeOnly: true },
			{ specifier: './draw/yearly', typeOnly: false },
			{ specifier: './app.css', typeOnly: false }
		]);
	});

	it('knows decimal.js and the drawing by name', () => {
		expect(
			['decimal.js', '../model/decimal', '../../model/decimal', '$lib/model/decimal'].map(isDecimal)
		).toEqual([true, true, true, true]);
		expect(['../model/types', 'decimal', '../model/decimals'].map(isDecimal)).toEqual([
			false,
			false,
			false
		]);
		expect(
			['chart.js', 'chart.js/auto', './chart-runtime', './draw/options', '../draw'].map(isDrawing)
		).toEqual([true, true, true, true, true]);
		expect(['./chart-attachment.svelte', './drawing-board', '../format'].map(isDrawing)).toEqual([
			false,
			false,
			false
		]);
	});
});

describe('the chart modules the page loads before a chart is drawn', () => {
	const modules = eagerModules();

	it('are the words, the palette and the attachment, with the formatters and i18n', () => {
		const files = [...modules.keys()].map((file) => relative(ROOT, file)).sort();
		const ours = files.filter((file) => /^src\/lib\/(charts|components)\//.test(file));
		expect(ours).toEqual([
			'src/lib/charts/chart-attachment.svelte.ts',
			'src/lib/charts/comparison.ts',
			'src/lib/charts/gross-effect.ts',
			'src/lib/charts/index.ts',
			'src/lib/charts/labels.ts',
			'src/lib/charts/palette.ts',
			'src/lib/charts/tornado.ts',
			'src/lib/charts/types.ts',
			'src/lib/charts/yearly.ts',
			'src/lib/components/ChartFigure.svelte',
			'src/lib/components/ComparisonFigures.svelte',
			'src/lib/components/FigureTable.svelte',
			'src/lib/components/ReferenceValues.svelte',
			'src/lib/components/ResultCharts.svelte',
			'src/lib/components/UncertaintyFigures.svelte'
		]);
		expect(files).toContain('src/lib/format/format-number.ts');
		expect(files).toContain('src/lib/i18n/index.ts');
	});

	it('import neither decimal.js nor the model’s Decimal', () => {
		const decimal = [...modules].flatMap(([file, imports]) =>
			imports
				.filter((entry) => isDecimal(entry.specifier))
				.map((entry) => `${relative(ROOT, file)} → ${entry.specifier}`)
		);
		expect(decimal).toEqual([]);
	});

	it('load chart.js and the drawing only dynamically (type imports are erased)', () => {
		const drawing = [...modules].flatMap(([file, imports]) =>
			imports
				.filter((entry) => !entry.typeOnly && isDrawing(entry.specifier))
				.map((entry) => `${relative(ROOT, file)} → ${entry.specifier}`)
		);
		expect(drawing).toEqual([]);
	});

	it('leave the drawing to the chunk the attachment imports after first paint', () => {
		const attachment = scriptOf(resolve(LIB, 'charts/chart-attachment.svelte.ts'));
		expect(attachment).toContain("import('./chart-runtime')");
		const runtime = staticImports(scriptOf(resolve(LIB, 'charts/chart-runtime.ts')));
		expect(runtime.map((entry) => entry.specifier).sort()).toEqual([
			'./draw/comparison',
			'./draw/gross-effect',
			'./draw/tornado',
			'./draw/yearly',
			'chart.js'
		]);
	});
});
