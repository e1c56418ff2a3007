/**
 * The social card: its words are the page's (headline, detail, claims, verdicts, in each
 * language), a title stays plain text, and the PNG is 1200×630.
 */
import { describe, expect, it } from 'vitest';
import { calculate } from '$lib/report/calculate';
import {
	cardElement,
	cardSvg,
	cardText,
	renderCard,
	type CardNode,
	type CardText
} from '$lib/server/og-image';

const SEED =
	'pop=150000&s1=0.1&ben=250000&c1=benefit_saving:approx:3750000000:3&c2=gross_effect:gt:4000000000&v=2';

/** The card of a valid query; fails the test when the query is not valid. */
function cardOf(query: string): CardText {
	const outcome = calculate(query, { implied: false });
	if (!outcome.ok) throw new Error(`not a valid scenario: ${query}`);
	return cardText(outcome.report, outcome.scenario, outcome.lang);
}

/** Every text child of the tree, in order. */
function texts(node: CardNode): string[] {
	const { children } = node.props;
	if (children === undefined) return [];
	return typeof children === 'string' ? [children] : children.flatMap(texts);
}

/** Every element of the tree, depth first. */
function nodes(node: CardNode): CardNode[] {
	const { children } = node.props;
	return [node, ...(Array.isArray(children) ? children.flatMap(nodes) : [])];
}

/** The big-endian uint32 at `offset`. */
function uint32(bytes: Uint8Array, offset: number): number {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

describe('cardText', () => {
	it('words the seed as the page does, in nb by default', () => {
		// 150 000 × 0.1 = 15 000 people; × 250 000 kr = 3 750 000 000 kr, gross and net alike (no
		// cost, no wage). c1 (about 3.75 billion to 3 significant digits) holds; c2 (over 4 billion)
		// does not.
		expect(cardOf(SEED)).toStrictEqual({
			lang: 'nb',
			title: 'Sjekk regnestykket bak et publisert helseøkonomisk tall',
			headline:
				'15\u00a0000 personer tilbake i arbeid sparer 3,75\u00a0mrd.\u00a0kr i trygdeytelser per år.',
			detail:
				'Brutto effekt per år: 3,75\u00a0mrd.\u00a0kr; netto etter tiltakskostnad i år 1: 3,75\u00a0mrd.\u00a0kr.',
			claims: [
				{
					text: 'Sparte trygdeytelser omtrent 3\u00a0750\u00a0000\u00a0000\u00a0kr',
					verdict: 'holds',
					verdictText: 'holder'
				},
				{
					text: 'Brutto effekt over 4\u00a0000\u00a0000\u00a0000\u00a0kr',
					verdict: 'does_not_hold',
					verdictText: 'holder ikke'
				}
			],
			footer: 'overslag · regnet ut med eksakte desimaltall'
		});
	});

	it('adds the present value over the horizon to the detail, as the page does', () => {
		// 3 years undiscounted: 3 × 3 750 000 000 = 11 250 000 000 kr, shown as 11,3 mrd.
		expect(cardOf(`${SEED}&years=3`).detail).toBe(
			'Brutto effekt per år: 3,75\u00a0mrd.\u00a0kr; netto etter tiltakskostnad i år 1: 3,75\u00a0mrd.\u00a0kr. ' +
				'Over 3\u00a0år er nåverdien av netto effekt 11,3\u00a0mrd.\u00a0kr.'
		);
	});

	it.each([
		[
			'da',
			'15.000 personer tilbage i arbejde sparer 3,75\u00a0mia.\u00a0NOK i ydelser om året.',
			['holder', 'holder ikke'],
			'overslag · regnet ud med eksakte decimaltal'
		],
		[
			'en',
			'15,000 people back in work save NOK\u00a03.75\u00a0billion in benefits per year.',
			['holds', 'does not hold'],
			'overslag · computed with exact decimals'
		]
	])('words the seed in %s', (lang, headline, verdicts, footer) => {
		const card = cardOf(`${SEED}&lang=${lang}`);
		expect(card.lang).toBe(lang);
		expect(card.headline).toBe(headline);
		expect(card.claims.map((claim) => claim.verdictText)).toStrictEqual(verdicts);
		expect(card.footer).toBe(footer);
	});

	it('says one person in the singular', () => {
		expect(cardOf('pop=1&ben=1000&v=2&lang=en').headline).toBe(
			'1 person back in work saves NOK\u00a01,000 in benefits per year.'
		);
	});

	it("shows the scenario's own title when it has one", () => {
		expect(cardOf(`${SEED}&title=Hva%20koster%20det%3F`).title).toBe('Hva koster det?');
	});
});

describe('cardElement', () => {
	const seed = cardOf(SEED);

	it('holds every text of the card as plain text, in reading order', () => {
		expect(texts(cardElement(seed))).toStrictEqual([
			'Overslag',
			seed.title,
			seed.headline,
			seed.detail,
			'Sparte trygdeytelser omtrent 3\u00a0750\u00a0000\u00a0000\u00a0kr',
			'holder',
			'Brutto effekt over 4\u00a0000\u00a0000\u00a0000\u00a0kr',
			'holder ikke',
			seed.footer
		]);
	});

	it('marks each claim with a bar in the colour of its verdict', () => {
		const bars = nodes(cardElement(seed)).filter((node) => node.props.style.width === 8);
		expect(bars.map((bar) => bar.props.style.backgroundColor)).toStrictEqual([
			'#0f6b3a',
			'#b3261e'
		]);
	});

	it('gives the headline the lines its interval needs: four beside two claims, three beside more', () => {
		const clamp = (card: typeof seed, text: string) =>
			nodes(cardElement(card)).find((node) => node.props.children === text)?.props.style.lineClamp;
		const withClaims = (count: number) => ({
			...seed,
			claims: Array.from({ length: count }, () => seed.claims[0]!)
		});
		expect([0, 2, 3, 4].map((count) => clamp(withClaims(count), seed.headline))).toEqual([
			4, 4, 3, 3
		]);
		expect([0, 2, 3, 4].map((count) => clamp(withClaims(count), seed.title))).toEqual([2, 2, 2, 1]);
	});

	it('shows at most four claims', () => {
		const claim = {
			text: 'Netto effekt over 0\u00a0kr',
			verdict: 'holds',
			verdictText: 'holder'
		} as const;
		const card = { ...seed, claims: Array.from({ length: 6 }, () => claim) };
		expect(texts(cardElement(card)).filter((text) => text === claim.text)).toHaveLength(4);
	});

	it('keeps a title that looks like markup as the exact text, and the SVG has no script', async () => {
		const title = '<script>alert(1)</script>';
		const card = cardOf(`${SEED}&title=${encodeURIComponent(title)}`);
		expect(card.title).toBe(title);
		expect(texts(cardElement(card))).toContain(title);
		const svg = await cardSvg(card);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).not.toContain('<script');
	});
});

describe('renderCard', () => {
	it('gives a PNG of 1200×630 pixels', async () => {
		const png = await renderCard(cardOf(SEED));
		expect([...png.subarray(0, 8)]).toStrictEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// The first chunk is IHDR: its length (13) and type at 8–15, then width and height.
		expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
		expect(uint32(png, 16)).toBe(1200);
		expect(uint32(png, 20)).toBe(630);
	});
});
