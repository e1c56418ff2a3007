// Sums vitest JSON reports into the one plain line CI reads: `N passed, N failed`.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
	let report;
	try {
		report = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		continue;
	}
	passed += report.numPassedTests ?? 0;
	failed += report.numFailedTests ?? 0;
	// A file that failed without a failing test (it did not load) counts once.
	for (const file of report.testResults ?? []) {
		const tests = file.assertionResults ?? [];
		if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) failed += 1;
	}
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
