/**
 * The formulas of the cost model in symbols, numbered in the order of the audit trail, as the
 * method page lists them and docs/model.md tabulates them: written from the results' declarations
 * (`model/results.ts`), so they say what the trail computes. Symbols are the URL keys and result
 * ids, the same in every language. Framework-free.
 */
import { formulaSymbols } from '../format/formula';
import type { FormulaPart } from '../model/ledger';
import { RESULTS, type ResultDeclaration } from '../model/results';
import { RESULT_IDS, type FormulaToken, type Perspective, type ResultId } from '../model/types';

export interface FormulaLine {
	/** The formula in symbols. */
	symbols: string;
	/** The perspective the line applies to, when it differs by perspective. */
	persp?: Perspective;
	/** True for the line of a run that counts the cost of public funds (society, `mcpf` given). */
	publicFunds?: true;
}

export interface ResultFormula {
	id: ResultId;
	lines: FormulaLine[];
}

const OPERATORS: readonly string[] = ['×', '÷', '+', '−', '(', ')', '^'];

/**
 * A per-year figure is written with its year, `benefit_saving(t)`, wherever it appears: the
 * line is about year t, not only about the year-1 value the results report.
 */
function symbolOf(id: string): string {
	return id in RESULTS && RESULTS[id as ResultId].span === 'year' ? `${id}(t)` : id;
}

/** `parts` as `formulaSymbols` writes tokens: `active(t) × ben × work`. */
function symbols(parts: readonly FormulaPart[]): string {
	const tokens = parts.map((part): FormulaToken => {
		if (typeof part !== 'string') return part;
		if (OPERATORS.includes(part)) return { kind: 'op', text: part as '×' };
		return { kind: 'ref', id: symbolOf(part), value: '0', unit: 'share' };
	});
	return formulaSymbols(tokens);
}

function linesOf(id: ResultId, declaration: ResultDeclaration): FormulaLine[] {
	const { formula, general, publicFunds } = declaration;
	if (general !== undefined) return general.map((line) => ({ symbols: line }));
	if (formula === undefined) return [];
	const left = symbolOf(id);
	const funded: FormulaLine[] =
		publicFunds === undefined
			? []
			: [{ symbols: `${left} = ${symbols(publicFunds)}`, persp: 'society', publicFunds: true }];
	if ('fiscal' in formula) {
		return (['fiscal', 'society'] as const).map((persp) => ({
			symbols: `${left} = ${symbols(formula[persp])}`,
			persp
		}));
	}
	return [{ symbols: `${left} = ${symbols(formula)}` }, ...funded];
}

/** Every result with its formula lines, in trail order (1 = `helped` … 20 = `payback_year`). */
export const FORMULA_LIST: readonly ResultFormula[] = RESULT_IDS.map((id) => ({
	id,
	lines: linesOf(id, RESULTS[id])
}));

/** `society, with mcpf: ` before a line that applies only so, as docs/model.md writes it. */
function lineCondition(line: FormulaLine): string {
	if (line.persp === undefined) return '';
	return line.publicFunds ? `${line.persp}, with mcpf: ` : `${line.persp}: `;
}

/** What docs/model.md adds to a unit: whether the figure is one of every year or of the horizon. */
const SPAN_WORDS = { funnel: '', year: ', per year', horizon: ', whole horizon' } as const;

/**
 * The formula table of docs/model.md (between its `formulas` markers) as cells, header first:
 * number, id, the formula lines (by perspective where they differ) and the unit.
 */
export function formulaTable(): string[][] {
	const rows = FORMULA_LIST.map(({ id, lines }, index) => {
		const { unit, span } = RESULTS[id];
		const formula = lines.map((line) => `${lineCondition(line)}\`${line.symbols}\``).join('<br>');
		return [String(index + 1), `\`${id}\``, formula, unit + SPAN_WORDS[span]];
	});
	return [['#', 'id', 'formula', 'unit'], ...rows];
}
