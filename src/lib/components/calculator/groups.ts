/**
 * The calculator's inputs grouped as a person thinks of them. Folded groups open by themselves
 * when they hold anything but defaults.
 */
import type { Currency } from '$lib/format/currency';
import type { ReferenceValue } from '$lib/scenario/preset-types';
import { NORWAY_REFERENCE_SOURCES } from '$lib/scenario/reference-values';

export interface FieldGroup {
	/** Message key of the group's legend. */
	legend: string;
	keys: readonly string[];
	/** Folded (a `<details>`) while every key holds its default. */
	foldable: boolean;
}

export const MONEY_GROUP: FieldGroup = {
	legend: 'calc.group_money',
	keys: ['ben', 'btax', 'wage', 'wtax', 'emp', 'work', 'health'],
	foldable: false
};

export const FOLDABLE_GROUPS: readonly FieldGroup[] = [
	{ legend: 'calc.group_programme', keys: ['cost', 'success'], foldable: true },
	{ legend: 'calc.group_adjust', keys: ['dead', 'disp', 'drop'], foldable: true },
	{ legend: 'calc.group_time', keys: ['years', 'disc'], foldable: true }
];

/** Typical values with their sources, from the "Norway, sourced reference values" preset. */
export const TYPICAL: Partial<Record<string, ReferenceValue>> = NORWAY_REFERENCE_SOURCES;

/** The currency of the typical amounts: Norwegian kroner. */
export const TYPICAL_CURRENCY: Currency = 'NOK';
