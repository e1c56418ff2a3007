/**
 * URL migrations: how a link made by an older scenario format keeps giving the same numbers
 * (DESIGN.md §6). Each migration is a pure function from the decoded parameters of version
 * `from` to those of version `to`, with the date it shipped and why (as OWID's `urlMigrations`
 * do). `decode` runs them before parsing. Framework-free: no Svelte, no DOM, no Node APIs.
 */
import type { Issue } from './issues';

/** The scenario format this code writes and reads natively. */
export const CURRENT_VERSION = 1;

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
 * Every migration ever shipped, oldest first. Empty: v1 is the first format. When v2 comes,
 * add `{ from: 1, to: 2, … }` here and never edit or remove an entry.
 */
export const MIGRATIONS: readonly Migration[] = [];

const VERSION_PATTERN = /^\d{1,6}$/;

/** Versions a query may carry: the current one and every version a migration starts from. */
export function supportedVersions(migrations: readonly Migration[]): number[] {
	const versions = new Set([CURRENT_VERSION, ...migrations.map((m) => m.from)]);
	return [...versions].sort((a, b) => a - b);
}

/**
 * Brings decoded parameters to `CURRENT_VERSION`. An absent `v` means 1. Returns the migrated
 * parameters (with `v` set to the current version when it was given), or an
 * `unsupported_version` issue on `v` when no chain of migrations leads from it to the current
 * version (a link from a newer Overslag, or not a version at all).
 */
export function runMigrations(
	params: ReadonlyMap<string, string>,
	migrations: readonly Migration[] = MIGRATIONS
): { params: Map<string, string> } | { issue: Issue } {
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
	let version = written === undefined ? 1 : Number(written);
	let current = new Map(params);
	// Each step must move forward, so a chain visits at most `migrations.length` steps.
	for (let step = 0; version !== CURRENT_VERSION && step <= migrations.length; step++) {
		const migration = migrations.find((m) => m.from === version && m.to > m.from);
		if (!migration) return unsupported();
		current = migration.migrate(new Map(current));
		version = migration.to;
	}
	if (version !== CURRENT_VERSION) return unsupported();
	// `v` says which version the parameters now are; as written when nothing had to change.
	if (written !== undefined && Number(written) !== CURRENT_VERSION) {
		current.set('v', String(CURRENT_VERSION));
	}
	return { params: current };
}
