// Adds (or replaces) messages in all three catalogues at once, keeping them in step:
//   node scripts/add-messages.mjs KEY 'English' 'Norsk' 'Dansk'
//   node scripts/add-messages.mjs --batch FILE.json     ({ "KEY": ["English", "Norsk", "Dansk"] })
// One read-modify-write of each file, so several people adding keys do not clobber each other.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
/** @type {Record<string, [string, string, string]>} */
let entries;
if (args[0] === '--batch') {
	entries = JSON.parse(readFileSync(args[1] ?? '', 'utf8'));
} else {
	const [key, en, nb, da] = args;
	if (!key || en === undefined || nb === undefined || da === undefined) {
		console.error("usage: node scripts/add-messages.mjs KEY 'English' 'Norsk' 'Dansk'");
		process.exit(2);
	}
	entries = { [key]: [en, nb, da] };
}
for (const [index, locale] of ['en', 'nb', 'da'].entries()) {
	const file = new URL(`../messages/${locale}.json`, import.meta.url);
	const messages = JSON.parse(readFileSync(file, 'utf8'));
	for (const [key, texts] of Object.entries(entries)) messages[key] = texts[index];
	writeFileSync(file, JSON.stringify(messages, null, '\t') + '\n');
}
console.log(`added ${Object.keys(entries).join(', ')}`);
