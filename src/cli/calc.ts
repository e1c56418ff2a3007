/**
 * `npm run calc -- '<query string or share URL>' [--json] [--lang nb|da|en]`
 *
 * Prints the scenario's canonical query, its headline (with its 90 % interval where ranges make
 * it vary) and its audit trail as an aligned table, then its warnings, claims and, for a
 * scenario with ranges, its uncertainty: each key figure's interval, the chance the net present
 * value is above 0 and each claim holds, and the tornado as a table (or, with `--json`, exactly
 * the JSON of `/api/v1/calc`). Bad input prints the same messages as the API and exits with status 1;
 * bad arguments exit with status 2.
 */
import { formatByUnit, isLocale, type Currency, type Locale } from '../lib/format';
import { t } from '../lib/i18n';
import '../lib/i18n/all-locales';
import type { Report } from '../lib/report';
import { answerOf, calculate } from '../lib/report/calculate';
import { tornadoWords } from '../lib/charts';
import {
	claimProbabilitySentences,
	claimStatement,
	comparisonRows,
	comparisonWarnings,
	differenceSentence,
	formatPeople,
	impliedSentences,
	intervalRows,
	overridesSentence,
	positiveSentence,
	reportHeadline,
	warningSentence
} from '../lib/report/sentences';
import { renderTable } from './table';
import { localQuery } from '../lib/scenario/local-href';

const USAGE = "usage: npm run calc -- '<query string or share URL>' [--json] [--lang nb|da|en]";

interface Options {
	query: string;
	json: boolean;
	lang?: Locale;
}

function parseArgs(args: string[]): Options | string {
	let query: string | undefined;
	let json = false;
	let lang: Locale | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '--json') json = true;
		else if (arg === '--lang' || arg.startsWith('--lang=')) {
			const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
			if (!isLocale(value)) return `--lang must be one of nb, da, en (got ${value ?? 'nothing'})`;
			lang = value;
		} else if (arg === '--help' || arg === '-h') return USAGE;
		else if (arg.startsWith('--')) return `unknown option ${arg}`;
		else if (query === undefined) query = arg;
		else return 'give one query string or URL';
	}
	if (query === undefined) return 'missing the query string or URL';
	return { query, json, lang };
}

/** The query of a share URL, or the argument itself (with or without its `?`). */
export function queryOf(argument: string, lang?: Locale): string {
	const questionMark = argument.indexOf('?');
	let query = questionMark === -1 ? argument : argument.slice(questionMark + 1);
	query = query.split('#')[0] ?? '';
	if (lang === undefined) return query;
	return localQuery(query, lang);
}

function trailTable(report: Report, lang: Locale, currency: Currency): string {
	const rows = report.trail.map((line) => [
		line.label,
		line.formula,
		line.substituted,
		formatByUnit(line.value, line.unit, lang, currency)
	]);
	const header = [
		'page.trail_step',
		'page.trail_formula',
		'page.trail_substituted',
		'page.trail_value'
	];
	return renderTable(
		header.map((key) => t(lang, key)),
		rows,
		[false, false, false, true]
	);
}

function claimLines(report: Report, lang: Locale, currency: Currency): string[] {
	return report.claims.flatMap((claim) => {
		const head = `${claim.id}: ${claimStatement(claim, report.warnings, lang, currency)} — ${t(lang, `verdict.${claim.verdict}`)}`;
		const difference = differenceSentence(claim, lang, currency);
		const implied = impliedSentences(claim, lang, currency).map((line) => `    ${line}`);
		return [head, ...(difference ? [`    ${difference}`] : []), ...implied];
	});
}

/** Scenario B beside A, as lines: none without `b_KEY` overrides. */
function comparisonLines(report: Report, lang: Locale, currency: Currency): string[] {
	const comparison = report.comparison;
	if (comparison === undefined) return [];
	const columns = ['result', 'a', 'b', 'difference'].map((column) =>
		t(lang, `comparison.column.${column}`)
	);
	const rows = comparisonRows(report, comparison, lang, currency).map((row) => [
		row.label,
		row.a,
		row.b,
		row.difference
	]);
	const warnings = comparisonWarnings(report, comparison, lang).map(({ text }) => `  ${text}`);
	return [
		'',
		t(lang, 'comparison.heading'),
		overridesSentence(comparison, lang, currency),
		renderTable(columns, rows, [false, true, true, true]),
		...(warnings.length > 0
			? ['', t(lang, 'comparison.warnings_heading'), ...warnings]
			: report.warnings.length > 0
				? ['', t(lang, 'comparison.no_warnings')]
				: [])
	];
}

/** The uncertainty of a scenario with ranges, as lines: none without ranges. */
function uncertaintyLines(report: Report, lang: Locale, currency: Currency): string[] {
	const uncertainty = report.uncertainty;
	if (uncertainty === undefined) return [];
	const heading = t(lang, 'uncertainty.heading');
	if ('error' in uncertainty) {
		return ['', heading, `${uncertainty.error.key}: ${uncertainty.error.message}`];
	}
	const method = t(lang, 'uncertainty.method', {
		n: formatPeople(String(uncertainty.n), lang),
		seed: uncertainty.seed
	});
	const columns = ['result', 'point', 'median', 'interval'].map((column) =>
		t(lang, `uncertainty.column.${column}`)
	);
	const rows = intervalRows(report, uncertainty, lang, currency).map((row) => [
		row.label,
		row.point,
		row.median,
		row.interval
	]);
	const lines = [
		'',
		heading,
		method,
		'',
		renderTable(columns, rows, [false, true, true, true]),
		'',
		positiveSentence(uncertainty, lang),
		...claimProbabilitySentences(report, uncertainty, lang, currency).map((claim) => claim.text)
	];
	const { metric, bars } = uncertainty.tornado;
	const tornado = tornadoWords(report, metric, bars, lang, currency);
	if (tornado) {
		const { columns: tornadoColumns, rows: tornadoRows } = tornado.table;
		lines.push(
			'',
			tornado.title,
			renderTable(tornadoColumns, tornadoRows, [false, true, true, true])
		);
	}
	return lines;
}

export function run(args: string[]): { code: number; stdout: string; stderr: string } {
	const options = parseArgs(args);
	if (typeof options === 'string') return { code: 2, stdout: '', stderr: `${options}\n${USAGE}\n` };
	const outcome = calculate(queryOf(options.query, options.lang));
	if (!outcome.ok) {
		if (options.json) {
			return {
				code: 1,
				stdout: JSON.stringify({ errors: outcome.errors }, null, 2) + '\n',
				stderr: ''
			};
		}
		const lines = outcome.errors.map((error) => `${error.key}: ${error.message}`);
		return { code: 1, stdout: '', stderr: lines.join('\n') + '\n' };
	}
	const { report, lang } = outcome;
	const currency = outcome.scenario.cur;
	if (options.json) {
		return { code: 0, stdout: JSON.stringify(answerOf(outcome), null, 2) + '\n', stderr: '' };
	}
	const parts = [
		report.canonical,
		reportHeadline(report, lang, currency),
		'',
		trailTable(report, lang, currency)
	];
	if (report.warnings.length > 0) {
		const warnings = report.warnings.map(
			(warning) => `  ${warningSentence(warning, report, lang)}`
		);
		parts.push('', t(lang, 'page.warnings_heading'), ...warnings);
	}
	if (report.claims.length > 0) parts.push('', ...claimLines(report, lang, currency));
	parts.push(...comparisonLines(report, lang, currency));
	parts.push(...uncertaintyLines(report, lang, currency));
	return { code: 0, stdout: parts.join('\n') + '\n', stderr: '' };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const result = run(process.argv.slice(2));
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
}
