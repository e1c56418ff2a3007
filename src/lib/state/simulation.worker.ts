/**
 * The live calculator's simulation, in a web worker: 10 000 or 100 000 runs of the model for a
 * scenario with ranges never hold up typing. The page posts the scenario's canonical query and
 * its language; the worker answers with the report's `uncertainty` for it, computed by the same
 * function as on the server, so the intervals are the ones the server rendered for that URL.
 */
import type { Locale } from '$lib/format/locale';
import { loadMessages } from '$lib/i18n';
import { uncertaintyOfQuery, type Uncertainty } from '$lib/report/uncertainty';

export interface SimulationRequest {
	query: string;
	lang: Locale;
}

export interface SimulationAnswer {
	query: string;
	uncertainty: Uncertainty | null;
}

addEventListener('message', async (event: MessageEvent<SimulationRequest>) => {
	const { query, lang } = event.data;
	await loadMessages(lang);
	const answer: SimulationAnswer = { query, uncertainty: uncertaintyOfQuery(query, lang) };
	postMessage(answer);
});
