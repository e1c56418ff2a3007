/**
 * Zod field schemas, one per kind of URL value: each takes the raw string as written and returns
 * the typed, canonical value, or raises one issue saying what is allowed. Framework-free.
 *
 * Written with `zod/mini` (functions, not methods) so the browser can ship the form's checks:
 * classic zod's methods cannot be tree-shaken (about 24 KB gzip against mini's 5).
 *
 * Decimals are compared as `D`, never as JavaScript numbers (`z.coerce.number()` would turn `""`
 * into 0 and `1e9999` into Infinity).
 */
import * as z from 'zod/mini';
import { D, toCanonical } from '../model/decimal';
import {
	DISCOUNT_SCHEDULE_IDS,
	RESULT_IDS,
	type DecimalString,
	type DiscountSchedule,
	type ResultId,
	type RulesVersion
} from '../model/types';
import { CLAIM_OPS, type Claim, type ClaimKey, type ClaimOp } from '../claims/types';
import { withoutTrailingZeros } from '../format/format-number';
import { fail, type IssueCode } from './issues';
import {
	CLAIM_ALLOWED,
	MAX_DECIMALS,
	MAX_DIGITS,
	ruleParams,
	SIG_MAX,
	SIG_MIN,
	type Rule
} from './rules';

/** An unsigned plain decimal: digits, optionally a point and more digits. */
export const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;
/** A claim's value may be negative (a `pv_net` can be). */
export const SIGNED_DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
export const WHOLE_PATTERN = /^\d+$/;

type DecimalRule = Extract<Rule, { kind: 'decimal' }>;

/**
 * Significant digits of a plain decimal as written: leading zeros and the zeros that end its
 * fraction do not count (`0.0150` → 2, `150000` → 6, `007` → 1).
 */
export function significantDigits(text: string): number {
	const [whole = '', fraction = ''] = text.replace(/^-/, '').split('.');
	return (whole + withoutTrailingZeros(fraction)).replace(/^0+/, '').length;
}

/**
 * The issue with how many digits `raw` is written with, or null: more significant digits than
 * `MAX_DIGITS` (`too_many_digits`), or more decimal places than `MAX_DECIMALS`, the zeros that
 * end it not counted (`too_many_decimals`).
 */
function digitsIssue(raw: string): { code: IssueCode; params: Record<string, string> } | null {
	const digits = significantDigits(raw);
	if (digits > MAX_DIGITS) {
		return {
			code: 'too_many_digits',
			params: { digits: String(digits), maxDigits: String(MAX_DIGITS) }
		};
	}
	const decimals = withoutTrailingZeros(raw.split('.')[1] ?? '').length;
	if (decimals > MAX_DECIMALS) {
		return {
			code: 'too_many_decimals',
			params: { decimals: String(decimals), maxDecimals: String(MAX_DECIMALS) }
		};
	}
	return null;
}
type WholeRule = Extract<Rule, { kind: 'whole' }>;

/**
 * A string schema whose value goes through `check`, which returns the typed value or reports
 * with `fail` (mini's spelling of classic `z.string().transform(check)`).
 */
function fromRaw<T>(check: (raw: string, ctx: z.core.ParsePayload) => T) {
	return z.pipe(z.string(), z.transform(check));
}

/** Why `raw` is not a decimal in the rule's range, or its canonical string. */
function readDecimal(
	raw: string,
	rule: DecimalRule
): { value: DecimalString } | { code: IssueCode; params?: Record<string, string> } {
	if (raw === '') return { code: 'empty' };
	if (!DECIMAL_PATTERN.test(raw)) return { code: 'not_decimal' };
	const excess = digitsIssue(raw);
	if (excess) return excess;
	const value = new D(raw);
	const belowMin = rule.minExclusive ? value.lte(rule.min) : value.lt(rule.min);
	if (belowMin || value.gt(rule.max)) {
		return { code: rule.minExclusive ? 'out_of_range_exclusive_min' : 'out_of_range' };
	}
	return { value: toCanonical(value) };
}

/** A decimal in the rule's range → its canonical string (`0.10` → `0.1`, `0150000` → `150000`). */
export function decimalField(rule: DecimalRule) {
	const params = ruleParams(rule);
	return fromRaw((raw, ctx): DecimalString => {
		const read = readDecimal(raw, rule);
		if ('value' in read) return read.value;
		return fail(ctx, raw, read.code, { ...params, ...read.params });
	});
}

/** An input given as a range: its point estimate and the 5th and 95th percentiles around it. */
export interface Ranged {
	base: DecimalString;
	low: DecimalString;
	high: DecimalString;
}

/**
 * A decimal as `decimalField` reads it, or a range `BASE:LOW:HIGH` of three (`0.1:0.05:0.15`),
 * each in the rule's range, with LOW ≤ BASE ≤ HIGH. A range of an amount (`lognormal`) that
 * starts at 0 and goes above it is refused: no lognormal has its 5th percentile at 0.
 */
export function rangedField(rule: DecimalRule, distribution: 'beta' | 'lognormal') {
	return fromRaw(rangedCheck(rule, distribution));
}

function rangedCheck(rule: DecimalRule, distribution: 'beta' | 'lognormal') {
	const params = ruleParams(rule);
	return (raw: string, ctx: z.core.ParsePayload): DecimalString | Ranged => {
		const parts = raw.split(':');
		if (parts.length === 1) {
			const read = readDecimal(raw, rule);
			if ('value' in read) return read.value;
			return fail(ctx, raw, read.code, { ...params, ...read.params });
		}
		if (parts.length !== 3) return fail(ctx, raw, 'bad_range', params);
		const values: DecimalString[] = [];
		for (const part of parts) {
			const read = readDecimal(part, rule);
			if (!('value' in read)) return fail(ctx, raw, read.code, { ...params, ...read.params });
			values.push(read.value);
		}
		const [base, low, high] = values as [DecimalString, DecimalString, DecimalString];
		if (new D(low).gt(base) || new D(base).gt(high)) return fail(ctx, raw, 'range_order', params);
		if (distribution === 'lognormal' && low === '0' && high !== '0') {
			return fail(ctx, raw, 'range_from_zero', params);
		}
		return { base, low, high };
	};
}

/** A country's discount schedule, named where the discount rate would be (`disc=no`). */
export interface Scheduled {
	schedule: DiscountSchedule;
}

/**
 * The discount rate: a rate or a range as `rangedField` reads them, or the name of a country's
 * discount schedule (`no`, `dk`). Text that is neither says that both are allowed.
 */
export function discountField(rule: DecimalRule) {
	const ranged = rangedCheck(rule, 'beta');
	const params = { ...ruleParams(rule), schedules: DISCOUNT_SCHEDULE_IDS.join(', ') };
	return fromRaw((raw, ctx): DecimalString | Ranged | Scheduled => {
		const schedule = DISCOUNT_SCHEDULE_IDS.find((id) => id === raw);
		if (schedule !== undefined) return { schedule };
		if (raw === '') return fail(ctx, raw, 'empty_rate_or_schedule', params);
		if (!/^[\d.:]+$/.test(raw)) return fail(ctx, raw, 'not_rate_or_schedule', params);
		return ranged(raw, ctx);
	});
}

/** A whole number in the rule's range → a JavaScript number (small: 1 … 50 years). */
export function wholeField(rule: WholeRule) {
	const params = ruleParams(rule);
	return fromRaw((raw, ctx): number => {
		if (raw === '') return fail(ctx, raw, 'empty', params);
		if (!WHOLE_PATTERN.test(raw)) return fail(ctx, raw, 'not_whole', params);
		const value = new D(raw);
		if (value.lt(rule.min) || value.gt(rule.max)) return fail(ctx, raw, 'out_of_range', params);
		return value.toNumber();
	});
}

/** One of a fixed list, case-sensitive (`cur=nok` is not `NOK`). */
export function choiceField<const T extends string>(allowed: readonly T[]) {
	const params = ruleParams({ kind: 'choice', allowed });
	return fromRaw((raw, ctx): T => {
		if (raw === '') return fail(ctx, raw, 'empty', params);
		const found = allowed.find((choice) => choice === raw);
		return found ?? fail(ctx, raw, 'not_allowed', params);
	});
}

/**
 * Free text kept exactly as written (not trimmed; markup is just text). An empty value means
 * "no text" (`undefined`). Rejects control characters (U+0000–U+001F, U+007F) and unpaired
 * surrogates; the length is counted in code points.
 */
export function textField(maxLength: number) {
	const params = ruleParams({ kind: 'text', maxLength });
	return fromRaw((raw, ctx): string | undefined => {
		for (let i = 0; i < raw.length; i++) {
			const unit = raw.charCodeAt(i);
			if (unit <= 0x1f || unit === 0x7f) {
				const char = 'U+' + unit.toString(16).toUpperCase().padStart(4, '0');
				return fail(ctx, raw, 'control_char', { ...params, char, position: String(i) });
			}
			const high = unit >= 0xd800 && unit <= 0xdbff;
			const low = unit >= 0xdc00 && unit <= 0xdfff;
			const next = raw.charCodeAt(i + 1);
			if (high && next >= 0xdc00 && next <= 0xdfff) i++;
			else if (high || low) return fail(ctx, raw, 'bad_encoding', params);
		}
		const length = [...raw].length;
		if (length > maxLength) {
			return fail(ctx, raw, 'text_too_long', { ...params, length: String(length) });
		}
		return raw === '' ? undefined : raw;
	});
}

/** `METRIC:OP:VALUE[:SIG]` (DESIGN.md §3) → a `Claim` with the given id. */
export function claimField(id: ClaimKey) {
	const params = ruleParams({ kind: 'claim' });
	return fromRaw((raw, ctx): Claim => {
		if (raw === '') return fail(ctx, raw, 'empty', params);
		const parts = raw.split(':');
		const [metric, op, value, sig] = parts;
		if (parts.length < 3 || parts.length > 4 || metric === undefined || op === undefined) {
			return fail(ctx, raw, 'bad_claim', params);
		}
		if (!isResultId(metric)) {
			return fail(ctx, raw, 'unknown_metric', { ...params, allowed: CLAIM_ALLOWED.metrics });
		}
		if (!isClaimOp(op))
			return fail(ctx, raw, 'unknown_op', { ...params, allowed: CLAIM_ALLOWED.ops });
		if (value === undefined || !SIGNED_DECIMAL_PATTERN.test(value)) {
			return fail(ctx, raw, 'bad_claim_value', params);
		}
		const excess = digitsIssue(value);
		if (excess) return fail(ctx, raw, excess.code, { ...params, ...excess.params });
		const claim: Claim = { id, metric, op, value: toCanonical(new D(value)) };
		if (sig === undefined) return claim;
		if (op !== 'approx') return fail(ctx, raw, 'sig_without_approx', { ...params, op });
		const sigParams = { ...params, min: String(SIG_MIN), max: String(SIG_MAX) };
		if (!WHOLE_PATTERN.test(sig)) return fail(ctx, raw, 'bad_sig', sigParams);
		const digits = new D(sig);
		if (digits.lt(SIG_MIN) || digits.gt(SIG_MAX)) return fail(ctx, raw, 'bad_sig', sigParams);
		return { ...claim, sig: digits.toNumber() };
	});
}

/** `v` once migrations have run: the version whose rules apply, `first` … `current`. */
export function versionField(first: RulesVersion, current: RulesVersion) {
	const versions = Array.from({ length: current - first + 1 }, (_, index) => first + index);
	const params = { supported: versions.join(', ') };
	return fromRaw((raw, ctx): RulesVersion => {
		const found = versions.find((version) => raw === String(version));
		return (found as RulesVersion | undefined) ?? fail(ctx, raw, 'unsupported_version', params);
	});
}

function isResultId(text: string): text is ResultId {
	return (RESULT_IDS as readonly string[]).includes(text);
}

function isClaimOp(text: string): text is ClaimOp {
	return (CLAIM_OPS as readonly string[]).includes(text);
}
