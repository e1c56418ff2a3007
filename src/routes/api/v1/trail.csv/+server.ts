import { t } from '$lib/i18n';
import { calculate } from '$lib/report/calculate';
import { trailCsv } from '$lib/report/csv';
import type { RequestHandler } from './$types';

/**
 * The audit trail of the URL's scenario as CSV, for a spreadsheet. Same errors as the API. The
 * trail holds no claims and no intervals, so neither implied assumptions nor ranges are worked
 * out.
 */
export const GET: RequestHandler = ({ url }) => {
	const outcome = calculate(url.search.slice(1), { implied: false, simulate: undefined });
	if (!outcome.ok) {
		const body = outcome.errors.map((error) => error.message).join('\n') + '\n';
		return new Response(body, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return new Response(
		trailCsv(outcome.report, (key) => t(outcome.lang, key)),
		{
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': 'attachment; filename="overslag-trail.csv"',
				'cache-control': 'public, max-age=3600, s-maxage=86400'
			}
		}
	);
};
