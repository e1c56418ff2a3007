/**
 * The audit trail as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF), with the
 * exact values, so a spreadsheet can redo every step. Framework-free.
 */
import type { Report } from './index';

function field(text: string): string {
	// A leading = + - @ would make a spreadsheet run the cell as a formula.
	const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `heading(key)` words the column headings (`page.trail_step`, …). */
export function trailCsv(report: Report, heading: (key: string) => string): string {
	const header = [
		'id',
		heading('page.trail_step'),
		heading('page.trail_formula'),
		heading('page.trail_substituted'),
		heading('page.trail_value'),
		'unit'
	];
	const rows = report.trail.map((line) => [
		line.id,
		line.label,
		line.formula,
		line.substituted,
		line.value ?? '',
		line.unit
	]);
	return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
