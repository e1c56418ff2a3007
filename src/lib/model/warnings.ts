/**
 * Warnings: what a scenario's own figures say about it that a published number may hide, as
 * data (an id and the inputs it is about); the page, the API and the CLI word them.
 * Framework-free.
 */
import { D } from './decimal';
import type { Funnel } from './funnel';
import type { Values } from './inputs';
import type { Warning } from './types';

const ONE = new D(1);

/**
 * - `participants_exceed_population`: to help `helped` back at its success rate the programme
 *   must take in more people than the target group holds (success is below the funnel's share).
 * - `taxes_exceed_wage`: income tax and employer's contribution come to more than the wage.
 * - `health_without_work`: with a work fraction of 0 nobody works an hour, yet a health-care
 *   saving is counted for everyone "back in work". The saving is per person in work whatever
 *   their hours (docs/model.md): at 0 % it is what remains of the claim, and it is said.
 */
export function warningsOf(values: Values, funnel: Funnel): Warning[] {
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
	if (values.work.isZero() && values.health.gt(0) && funnel.attributable.gt(0)) {
		warnings.push({ id: 'health_without_work', keys: ['work', 'health'] });
	}
	return warnings;
}
