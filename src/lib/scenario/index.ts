/**
 * The scenario layer's public API: schema v1, URL codec, migrations and presets.
 * Framework-free: no Svelte, no DOM, no Node APIs.
 */
export {
	CURRENCIES,
	DEFAULT_LOCALE,
	LABEL_KEYS,
	LOCALES,
	PERSPECTIVES,
	SCENARIO_KEYS,
	URL_KEYS,
	isUrlKey,
	type Currency,
	type LabelKey,
	type Locale,
	type ScenarioKey,
	type UrlKey
} from './keys';
export { CLAIM_FORMAT, RULES, ruleParams, type Rule } from './rules';
export { ISSUE_CODES, type Issue, type IssueCode } from './issues';
export { DECIMAL_PATTERN, SIGNED_DECIMAL_PATTERN, WHOLE_PATTERN } from './fields';
export {
	DEFAULTS,
	fieldSchemas,
	parseScenario,
	scenarioSchema,
	toModelInput,
	comparisonScenario,
	withDefaults,
	type Scenario
} from './schema';
export { MAX_QUERY_LENGTH } from './query';
export {
	CURRENT_VERSION,
	MIGRATIONS,
	runMigrations,
	supportedVersions,
	type Migration
} from './migrations';
export {
	decode,
	decodeParsed,
	encode,
	type DecodeOptions,
	type Decoded,
	type EncodeOptions
} from './codec';
export type {
	Preset,
	PresetExcerpt,
	PresetNote,
	ReferencePreset,
	ReferenceValue,
	SeedPreset
} from './preset-types';
export { NORWAY_REFERENCE } from './presets';
export {
	adjustedSources,
	honestAdjustments,
	type AdjustedKey,
	type Adjustment
} from './adjustments';
export { PRESETS, findPreset } from './presets';
