/**
 * The currencies a scenario can be shown in (DESIGN.md §2, URL key `cur`). Framework-free.
 */

export const CURRENCIES = ['NOK', 'DKK', 'SEK', 'EUR', 'USD', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** True when `x` is one of the supported ISO 4217 codes. */
export function isCurrency(x: unknown): x is Currency {
	return typeof x === 'string' && (CURRENCIES as readonly string[]).includes(x);
}
