/**
 * Warnings: what a scenario's own figures say about it that a published number may hide, as
 * data (an id and the inputs it is about); the page, the API and the CLI word them.
 * Framework-free.
 */
import { D } from './decimal';
import { respondsWithoutWork, type Funnel } from './funnel';
import type { Values } from './inputs';
import type { FunnelKey, StepKind, Warning } from './types';

const ONE = new D(1);

/**
 * - `participants_exceed_population`: to help `helped` back at its success rate the programme
 *   must take in more people than the target group holds (success is below the funnel's share).
 * - `taxes_exceed_wage`: income tax and employer's contribution come to more than the wage.
 * - `health_without_work`: with a work fraction of 0 nobody works an hour, yet a health-care
 *   saving is counted for everyone "back in work". The saving is per person in work whatever
 *   their hours (docs/model.md): at 0 % it is what remains of the claim, and it is said.
 * - `mcpf_not_counted`: a cost of public funds is given in the fiscal perspective, which is the
 *   public budget itself; it counts in the society perspective only (`countsPublicFunds`).
 *
 * What a published figure often leaves unsaid (DESIGN.md §2), for a scenario that helps anyone:
 *
 * - `lifetime_prevalence`: a step is a lifetime prevalence (`kN=prev_life`), yet every figure
 *   here is per year: the people who have ever had an illness are not those ill this year;
 * - `response_is_not_work`: a step is a clinical response or remission and none is a return to
 *   work (`rtw`): version 2 counts everyone through the funnel as back in work, version 3 nobody;
 * - `no_deadweight`: `dead` = 0, nobody would have returned without the programme;
 * - `no_drop_off`: `drop` = 0 over more than one year, nobody relapses;
 * - `benefit_gross_of_tax`: in the fiscal perspective, benefits saved with no tax on them
 *   (`btax` = 0), though the state gets part of a taxable benefit back as tax;
 * - `full_time`: `work` = 1, everyone returns full-time.
 *
 * Where the rules count nobody in work (`nobody`, `worksNobody`: a response-only funnel from
 * version 3), the warnings about the work, benefits and health saving of people back in work
 * (`health_without_work`, `no_drop_off`, `benefit_gross_of_tax`, `full_time`) are not given:
 * none of what they are about is counted.
 */
export function warningsOf(values: Values, funnel: Funnel, nobody = false): Warning[] {
	const warnings: Warning[] = [];
	if (funnel.participants.gt(values.pop)) {
		warnings.push({
			id: 'participants_exceed_population',
			keys: ['pop', ...values.funnel.map((step) => step.key), 'success']
		});
	}
	if (values.wtax.plus(values.emp).gt(ONE)) {
		warnings.push({ id: 'taxes_exceed_wage', keys: ['wtax', 'emp'] });
	}
	if (!nobody && values.work.isZero() && values.health.gt(0) && funnel.attributable.gt(0)) {
		warnings.push({ id: 'health_without_work', keys: ['work', 'health'] });
	}
	if (values.mcpf !== undefined && values.persp === 'fiscal') {
		warnings.push({ id: 'mcpf_not_counted', keys: ['mcpf', 'persp'] });
	}
	if (funnel.helped.isZero()) return warnings;
	const kindKeys = (kinds: readonly StepKind[]) =>
		values.funnel.filter((step) => kinds.includes(step.kind)).map((step) => stepKindKey(step.key));
	const lifetime = kindKeys(['prev_life']);
	if (lifetime.length > 0) warnings.push({ id: 'lifetime_prevalence', keys: lifetime });
	if (respondsWithoutWork(values.funnel)) {
		warnings.push({ id: 'response_is_not_work', keys: kindKeys(['response', 'remission']) });
	}
	if (values.dead.isZero()) warnings.push({ id: 'no_deadweight', keys: ['dead'] });
	if (nobody) return warnings;
	if (values.drop.isZero() && values.years > 1) {
		warnings.push({ id: 'no_drop_off', keys: ['drop', 'years'] });
	}
	if (values.persp === 'fiscal' && values.ben.gt(0) && values.btax.isZero()) {
		warnings.push({ id: 'benefit_gross_of_tax', keys: ['ben', 'btax'] });
	}
	if (values.work.eq(ONE) && (values.ben.gt(0) || values.wage.gt(0))) {
		warnings.push({ id: 'full_time', keys: ['work'] });
	}
	return warnings;
}

/** The URL key of a funnel step's kind: `s2` → `k2`. */
export function stepKindKey(step: FunnelKey): string {
	return `k${step.slice(1)}`;
}

/** The share a step kind's key is the kind of: `k2` → `s2`; any other key as it is. */
export function stepKindShare(key: string): string {
	return /^k[1-8]$/.test(key) ? `s${key.slice(1)}` : key;
}
