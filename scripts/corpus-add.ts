/**
 * Stores canonical scenario URLs with their current answers in tests/corpus/ (see its README).
 * Usage: npx tsx scripts/corpus-add.ts '<query>' ['<query>' …]   (or --list FILE, one per line)
 * Refuses a query that is not canonical, that fails, or whose file already exists.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import '../src/lib/i18n/all-locales';
import { corpusEntry } from '../tests/unit/corpus-entry';

const args = process.argv.slice(2);
const queries =
	args[0] === '--list'
		? readFileSync(args[1] ?? '', 'utf8')
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line !== '' && !line.startsWith('#'))
		: args;

let failed = false;
for (const query of queries) {
	const entry = corpusEntry(query);
	if (typeof entry === 'string') {
		console.error(`skipped ${query}: ${entry}`);
		failed = true;
		continue;
	}
	const name = createHash('sha256').update(query).digest('hex').slice(0, 16);
	const file = `tests/corpus/${name}.json`;
	if (existsSync(file)) {
		console.log(`exists  ${file}  ${query}`);
		continue;
	}
	writeFileSync(file, JSON.stringify(entry, null, '\t') + '\n');
	console.log(`stored  ${file}  ${query}`);
}
process.exitCode = failed ? 1 : 0;
