/**
 * The page formats figures before it loads decimal.js, so `format-number.ts` must not reach it;
 * and the boundaries where rounding decides what a reader sees. (Its output is held to the
 * Intl-based version by the property tests of format-number-intl.test.ts.) Expected strings are
 * worked out by hand: \u00a0 NO-BREAK SPACE, \u2212 MINUS SIGN.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	formatCompact,
	formatMoney,
	formatShare,
	type Currency,
	type Locale
} from '../../../src/lib/format';

const SRC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/lib');

/** The module specifiers of a file's static imports and re-exports (type-only ones included). */
function specifiers(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const found = [
		...source.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g),
		...source.matchAll(/\bimport\s*\(?\s*['"]([^'"]+)['"]/g)
	];
	return found.map((match) => match[1] ?? '');
}

/** Every file reached from `entry` through relative imports, and every package they import. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const queue = [join(SRC_DIR, entry)];
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (files.has(file)) continue;
		files.add(file);
		for (const spec of specifiers(file)) {
			if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec) + '.ts');
			else packages.add(spec);
		}
	}
	return {
		files: [...files].map((file) => file.slice(SRC_DIR.length + 1)),
		packages: [...packages]
	};
}

describe('what format-number.ts pulls in', () => {
	const graph = importGraph('format/format-number.ts');

	it('reaches neither model/decimal.ts nor any package (decimal.js included)', () => {
		expect(graph.files).toContain('format/locale.ts');
		expect(graph.files).not.toContain('model/decimal.ts');
		expect(graph.packages).toEqual([]);
	});
});

describe('hand-worked values at the boundaries', () => {
	it.each<[string, Locale, Currency, string]>([
		// 0.005 rounds half up to 0.01: not whole, so 2 digits
		['0.005', 'nb', 'NOK', '0,01\u00a0kr'],
		['-0.005', 'en', 'EUR', '-€0.01'],
		// 0.0049 rounds to 0.00: whole, so 0 digits, and no −0
		['-0.0049', 'nb', 'NOK', '0\u00a0kr'],
		// 999 999.995 rounds to 1 000 000.00: whole
		['999999.995', 'da', 'DKK', '1.000.000\u00a0kr.'],
		['999999.994999', 'nb', 'NOK', '999\u00a0999,99\u00a0kr']
	])('formatMoney(%s, %s, %s) → %j', (value, loc, cur, expected) => {
		expect(formatMoney(value, loc, cur)).toBe(expected);
	});

	it.each<[string, Locale, Currency | undefined, string]>([
		// 3 significant digits, half up, before the scale is chosen
		['999500000', 'nb', 'NOK', '1\u00a0mrd.\u00a0kr'],
		['999499999.99', 'nb', 'NOK', '999\u00a0mill.\u00a0kr'],
		['-999500000', 'en', 'EUR', '-€1\u00a0billion'],
		['9995000000', 'da', undefined, '10\u00a0mia.'],
		['1000000', 'en', 'DKK', 'DKK\u00a01\u00a0million'],
		['1004999.999', 'nb', undefined, '1\u00a0mill.'],
		['1005000', 'nb', undefined, '1,01\u00a0mill.'],
		// below 10^6 it is money, even when that rounds to 1 000 000
		['999999.995', 'nb', 'NOK', '1\u00a0000\u00a0000\u00a0kr'],
		// 10^29 × 9.995 → 1.00 × 10^30 = 10^21 milliards
		[
			'999500000000000000000000000000',
			'en',
			undefined,
			'1,000,000,000,000,000,000,000\u00a0billion'
		]
	])('formatCompact(%s, %s, %s) → %j', (value, loc, cur, expected) => {
		expect(formatCompact(value, loc, cur)).toBe(expected);
	});

	it.each<[string, Locale, string]>([
		// 0.00005 × 100 = 0.005 → 0.01
		['0.00005', 'nb', '0,01\u00a0%'],
		['-0.00005', 'en', '-0.01%'],
		['-0.0000499', 'da', '0\u00a0%'],
		// 0.99995 × 100 = 99.995 → 100.00, shown without fraction digits
		['0.99995', 'nb', '100\u00a0%'],
		['123456789012345678901234567890.5', 'en', '12,345,678,901,234,567,890,123,456,789,050%']
	])('formatShare(%s, %s) → %j', (value, loc, expected) => {
		expect(formatShare(value, loc)).toBe(expected);
	});

	it('keeps × 100 exact past 40 significant digits, where the decimal.js version rounded twice', () => {
		// 0.01234 and 37 nines (41 significant digits) × 100 = 1.234999…: 1.23 half-expand. The
		// decimal.js version first rounded the product to 40 digits (1.235), then to 2 decimals.
		const value = `0.01234${'9'.repeat(37)}`;
		expect(formatShare(value, 'en')).toBe('1.23%');
	});
});
