/**
 * Writes the formula table of docs/model.md from the results' declarations
 * (src/lib/model/results.ts), between the `formulas:start` and `formulas:end` markers, and lets
 * Prettier align it. `npm run docs`; tests/unit/docs/model-formulas.test.ts fails until it has run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { formulaTable } from '../src/lib/report/formula-lines';

const FILE = 'docs/model.md';
const START = '<!-- formulas:start -->';
const END = '<!-- formulas:end -->';

const text = readFileSync(FILE, 'utf8');
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from === -1 || to < from) throw new Error(`${FILE}: no ${START} … ${END} section`);
const [header, ...rows] = formulaTable();
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = [row(header!), row(header!.map(() => '---')), ...rows.map(row)].join('\n');
writeFileSync(FILE, `${text.slice(0, from)}${START}\n\n${table}\n\n${text.slice(to)}`);
execFileSync('npx', ['prettier', '--write', FILE], { stdio: 'inherit' });
