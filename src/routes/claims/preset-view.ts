/**
 * Small helpers for the claims pages: a date as the language writes it. Framework-free: no Svelte, no DOM, no Node APIs.
 */
import { formatLongDate } from '../../lib/format/format-date';
import type { Locale } from '../../lib/format/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO calendar date (`2025-07-08`) written out as the language writes it: `8. juli 2025`
 * (nb, da), `8 July 2025` (en). The date is read and written in UTC, so the server's time zone
 * cannot move it by a day. Anything that is not a valid ISO date is returned as it is.
 */
export function formatIsoDate(iso: string, lang: Locale): string {
	const match = ISO_DATE.exec(iso);
	if (!match) return iso;
	const date = new Date(`${iso}T00:00:00Z`);
	// Date rolls 2025-02-30 over to 2 March; such a date is not a date.
	if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return iso;
	return formatLongDate(Number(match[1]), Number(match[2]), Number(match[3]), lang);
}
