/**
 * URL migrations: how a link made by an older scenario format keeps giving the same numbers
 * (DESIGN.md §6). Each migration is a pure function from the decoded parameters of version
 * `from` to those of version `to`, with the date it shipped and why (as OWID's `urlMigrations`
 * do). `decode` runs them before parsing. Framework-free: no Svelte, no DOM, no Node APIs.
 *
 * A version can change two things: how a scenario is written (its keys), which a migration
 * rewrites, and the rules it is computed by, which no rewrite can carry. So a link keeps the
 * version it was made with as its rules (`RulesVersion`): its parameters are brought to the
 * current format, its figures are computed by its own version's rules, and it is written back
 * with its own `v`. A later version that renames keys must therefore also write a scenario of an
 * older version in that version's keys.
 */
import type { RulesVersion } from '../model/types';
import type { Issue } from './issues';

/** The scenario format this code writes for a new scenario. */
export const CURRENT_VERSION = 3;

/** The first version; an absent `v` means this one (links from before `v` existed). */
export const FIRST_VERSION = 1;

export interface Migration {
	from: number;
	to: number;
	/** ISO date the migration shipped. */
	date: string;
	/** Why the format changed, for the reader of an old link and of this file. */
	reason: string;
	/** Pure: returns the parameters as version `to` has them; must not change its argument. */
	migrate(params: ReadonlyMap<string, string>): Map<string, string>;
}

/**
 * Every migration ever shipped, oldest first; never edit or remove an entry.
 */
export const MIGRATIONS: readonly Migration[] = [
	{
		from: 1,
		to: 2,
		date: '2026-12-03',
		reason:
			'Two rules changed, no key: an approx claim holds within half a unit of its last ' +
			'significant digit either side (v1 rounded both figures, so «about 1 milliard» held at ' +
			'+49 % but not at −6 %), and there is no payback year when there is nothing to pay back ' +
			'(v1 said year 1). The keys stay as they were; a v1 link keeps v1 rules.',
		migrate: (params) => new Map(params)
	},
	{
		from: 2,
		to: 3,
		date: '2026-12-04',
		reason:
			'One rule changed, no key: a funnel with a step of kind response or remission and none ' +
			'of kind rtw counts nobody in work, so no benefit, tax or production is claimed from a ' +
			'response to treatment (v2 counted everyone through it as back in work, and warned). ' +
			'A v2 link keeps v2 rules.',
		migrate: (params) => new Map(params)
	}
];

const VERSION_PATTERN = /^\d{1,6}$/;

/** Versions a query may carry: the current one and every version a migration starts from. */
export function supportedVersions(migrations: readonly Migration[]): number[] {
	const versions = new Set([CURRENT_VERSION, ...migrations.map((m) => m.from)]);
	return [...versions].sort((a, b) => a - b);
}

/**
 * Brings decoded parameters to `CURRENT_VERSION`'s format. An absent `v` means 1. Returns the
 * migrated parameters and the version whose rules apply, the one the link was made with (`v` is
 * set to it when it was given); or an `unsupported_version` issue on `v`
 * when no chain of migrations leads from it to the current version (a link from a newer
 * Overslag, or not a version at all).
 */
export function runMigrations(
	params: ReadonlyMap<string, string>,
	migrations: readonly Migration[] = MIGRATIONS
): { params: Map<string, string>; rules: RulesVersion } | { issue: Issue } {
	const written = params.get('v');
	const unsupported = (): { issue: Issue } => ({
		issue: {
			key: 'v',
			value: written ?? '',
			code: 'unsupported_version',
			params: { supported: supportedVersions(migrations).join(', ') }
		}
	});
	if (written !== undefined && !VERSION_PATTERN.test(written)) return unsupported();
	let version = written === undefined ? FIRST_VERSION : Number(written);
	// A version before the first rules (a test's fictional v0) is read by the first rules.
	const rules = Math.min(Math.max(version, FIRST_VERSION), CURRENT_VERSION) as RulesVersion;
	let current = new Map(params);
	// Each step must move forward, so a chain visits at most `migrations.length` steps.
	for (let step = 0; version !== CURRENT_VERSION && step <= migrations.length; step++) {
		const migration = migrations.find((m) => m.from === version && m.to > m.from);
		if (!migration) return unsupported();
		current = migration.migrate(new Map(current));
		version = migration.to;
	}
	if (version !== CURRENT_VERSION) return unsupported();
	// `v` says which rules apply; as written when that is the version written.
	if (written !== undefined && Number(written) !== rules) current.set('v', String(rules));
	return { params: current, rules };
}
