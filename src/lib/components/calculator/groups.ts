/**
 * The calculator's inputs grouped as a person thinks of them. Folded groups open by themselves
 * when they hold anything but defaults.
 */
import type { Currency } from '$lib/format/currency';
import { groupKeys, type InputGroup } from '$lib/model/parameters';
import type { ReferenceValue } from '$lib/scenario/preset-types';
import { NORWAY_REFERENCE_SOURCES } from '$lib/scenario/facts';

export interface FieldGroup {
	/** Message key of the group's legend. */
	legend: string;
	/** The group's inputs, in the parameter table's order. */
	keys: readonly string[];
}

function fieldGroup(group: InputGroup): FieldGroup {
	return { legend: `calc.group_${group}`, keys: groupKeys(group) };
}

/** Benefits, wages, taxes and health: always open. */
export const MONEY_GROUP = fieldGroup('money');

/** Folded (a `<details>`) while every key holds its default. */
export const FOLDABLE_GROUPS: readonly FieldGroup[] = (
	['programme', 'adjust', 'time'] as const
).map(fieldGroup);

/** The numeric inputs of the perspective (the cost of public funds), under its choice. */
export const PERSPECTIVE_GROUP = fieldGroup('perspective');

/** Typical values with their sources, from the "Norway, sourced reference values" preset. */
export const TYPICAL: Partial<Record<string, ReferenceValue>> = NORWAY_REFERENCE_SOURCES;

/** The currency of the typical amounts: Norwegian kroner. */
export const TYPICAL_CURRENCY: Currency = 'NOK';
