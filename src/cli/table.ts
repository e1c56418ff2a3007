/**
 * A plain-text table with columns padded to their widest cell (counted in code points, so
 * `æøå` and no-break spaces line up), numbers right-aligned.
 */
function width(text: string): number {
	return Array.from(text).length;
}

function pad(text: string, size: number, right: boolean): string {
	const fill = ' '.repeat(Math.max(0, size - width(text)));
	return right ? fill + text : text + fill;
}

/** `alignRight[i]` right-aligns column i. Columns are separated by two spaces. */
export function renderTable(header: string[], rows: string[][], alignRight: boolean[]): string {
	const all = [header, ...rows];
	const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ''))));
	const line = (row: string[]) =>
		row
			.map((cell, column) => pad(cell, widths[column] ?? 0, alignRight[column] ?? false))
			.join('  ')
			.trimEnd();
	const rule = widths.map((size) => '─'.repeat(size)).join('  ');
	return [line(header), rule, ...rows.map(line)].join('\n');
}
