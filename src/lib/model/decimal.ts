/**
 * The one Decimal constructor of Overslag: an isolated clone, so no `Decimal.set()` anywhere else
 * (a dependency's, or a test's) can change how a figure is computed. Framework-free.
 *
 * 40 significant digits, half-even. The seed figures and ordinary scenarios are exact; what can
 * round at the 40th digit is a division (÷ success, ÷ (1 + disc)^(t − 1), bcr, break-even), a
 * power of a long fraction, or a product of many long inputs (docs/model.md, "Precision").
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({
	precision: 40,
	rounding: Decimal.ROUND_HALF_EVEN,
	toExpNeg: -9e15,
	toExpPos: 9e15
});
export type D = InstanceType<typeof D>;

/** A canonical decimal string: no exponent, no trailing zeros, never `-0`. */
export function toCanonical(value: D): string {
	if (value.isZero()) return '0';
	return value.toFixed();
}
