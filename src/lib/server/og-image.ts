/**
 * The social card of a scenario (server only): a 1200×630 PNG of its title, headline sentence and
 * claims with their verdicts, worded exactly as the page words them, for `og:image` and
 * `twitter:image`. satori lays the card out as SVG from a plain element tree (no JSX) and resvg
 * paints it; the fonts are Noto Sans from node_modules, so nothing is fetched at runtime. Every
 * text is a plain string child, which satori draws as glyph outlines: never read as markup.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Verdict } from '$lib/claims/types';
import type { Locale } from '$lib/format/locale';
import { t } from '$lib/i18n';
import type { Report } from '$lib/report';
import { claimStatement, headlineDetail, reportHeadline } from '$lib/report/sentences';
import type { Scenario } from '$lib/scenario';

/** Card size in pixels: the 1.91:1 image every social network crops least. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A claim line of the card: the claim in words and its verdict. */
export interface CardClaim {
	text: string;
	verdict: Verdict;
	verdictText: string;
}

/** Everything the card says, as plain strings in one language. */
export interface CardText {
	lang: Locale;
	title: string;
	headline: string;
	detail: string;
	claims: CardClaim[];
	footer: string;
}

/** A satori element: the shape `React.createElement` would make, written out as data. */
export interface CardNode {
	type: 'div';
	props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

/** The app's light colours (src/app.css), so the card reads as the page does. */
const COLOURS = {
	bg: '#ffffff',
	fg: '#1a1a1a',
	muted: '#555b66',
	accent: '#1d4ed8',
	border: '#d9dce1'
};

const VERDICT_COLOURS: Record<Verdict, string> = {
	holds: '#0f6b3a',
	holds_after_rounding: '#8a5a00',
	does_not_hold: '#b3261e'
};

/**
 * The footer's words: only the card says them. They belong in `messages/` once a key is added
 * there (scripts/add-messages.mjs); until then the three languages are kept here, side by side.
 */

/** The claims a card has room for: every scenario has at most four (c1–c4). */
const MAX_CLAIMS = 4;

const FONT_FAMILY = 'Noto Sans';

function div(style: CardNode['props']['style'], children?: string | CardNode[]): CardNode {
	return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/**
 * A block of text cut at `lines` lines with an ellipsis (satori's `lineClamp` applies to a block
 * whose only child is text, which every text here is); a word too long for a line is broken
 * rather than run off the card. It never shrinks: the clamps in `cardElement` are chosen so that
 * everything fits, and a squeezed block would be clipped through a line.
 */
function textBlock(text: string, lines: number, style: CardNode['props']['style']): CardNode {
	return div(
		{ display: 'block', lineClamp: lines, wordBreak: 'break-word', flexShrink: 0, ...style },
		text
	);
}

function claimRow(claim: CardClaim): CardNode {
	const colour = VERDICT_COLOURS[claim.verdict];
	return div({ display: 'flex', alignItems: 'stretch', height: 34, flexShrink: 0 }, [
		div({ width: 8, backgroundColor: colour, borderRadius: 2, flexShrink: 0 }),
		div(
			{
				display: 'flex',
				alignItems: 'center',
				justifyContent: 'space-between',
				flexGrow: 1,
				minWidth: 0,
				paddingLeft: 16
			},
			[
				textBlock(claim.text, 1, { flexShrink: 1, minWidth: 0 }),
				div({ flexShrink: 0, paddingLeft: 24, color: colour, fontWeight: 700 }, claim.verdictText)
			]
		)
	]);
}

/**
 * The card as satori's element tree, 1200×630 px: the wordmark, the title (two lines at most),
 * the headline sentence, its detail, up to four claims each with a bar in its verdict's colour,
 * and the footer. Pure: the same text always gives the same tree.
 *
 * Height budget, 546 px inside the padding: wordmark 41, title 10 + 34 a line, headline box
 * 18 + 46 a line + detail 65, claims 18 + 40 each, footer 48. A headline with its 90 % interval
 * takes three lines (about 45 characters a line), and two would cut the interval in Danish; the
 * longer headline of an older link whose funnel ends in a response takes four. So the headline
 * has four lines beside at most two claims (531 px), three beside three (526 px), and three
 * beside four, which take the title's second line (532 px).
 */
export function cardElement(card: CardText): CardNode {
	const claims = card.claims.slice(0, MAX_CLAIMS);
	const titleLines = claims.length === MAX_CLAIMS ? 1 : 2;
	const headlineLines = claims.length <= 2 ? 4 : 3;
	return div(
		{
			display: 'flex',
			flexDirection: 'column',
			// satori sizes boxes as CSS does, content-box unless told: the padding goes inside.
			boxSizing: 'border-box',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			padding: '44px 64px 40px',
			overflow: 'hidden',
			backgroundColor: COLOURS.bg,
			color: COLOURS.fg,
			fontFamily: FONT_FAMILY,
			fontSize: 22
		},
		[
			div({ color: COLOURS.accent, fontSize: 30, fontWeight: 700, flexShrink: 0 }, 'Overslag'),
			textBlock(card.title, titleLines, { marginTop: 10, fontSize: 28, lineHeight: 1.2 }),
			div(
				{
					display: 'flex',
					flexDirection: 'column',
					flexShrink: 0,
					marginTop: 18,
					paddingLeft: 24,
					borderLeft: `6px solid ${COLOURS.accent}`
				},
				[
					textBlock(card.headline, headlineLines, {
						fontSize: 40,
						fontWeight: 700,
						lineHeight: 1.15
					}),
					textBlock(card.detail, 2, { marginTop: 8, lineHeight: 1.3, color: COLOURS.muted })
				]
			),
			// What is left between the headline and the claims stays empty rather than stretching.
			div({ flexGrow: 1 }),
			...(claims.length === 0
				? []
				: [
						div(
							{ display: 'flex', flexDirection: 'column', gap: 6, marginTop: 18, flexShrink: 0 },
							claims.map(claimRow)
						)
					]),
			div(
				{
					flexShrink: 0,
					marginTop: 14,
					paddingTop: 10,
					borderTop: `1px solid ${COLOURS.border}`,
					color: COLOURS.muted,
					fontSize: 18
				},
				card.footer
			)
		]
	);
}

/**
 * What the card of `scenario` says in `lang`, worded as the page words it: the same headline and
 * detail sentences (`report/sentences`), the title or else the app's tagline, and each claim
 * with its verdict.
 */
export function cardText(report: Report, scenario: Scenario, lang: Locale): CardText {
	const currency = scenario.cur;
	return {
		lang,
		title: scenario.title ?? t(lang, 'app_tagline'),
		headline: reportHeadline(report, lang, currency),
		detail: headlineDetail(report.results, scenario.years, lang, currency),
		claims: report.claims.map((claim) => ({
			text: claimStatement(claim, report.warnings, lang, currency),
			verdict: claim.verdict,
			verdictText: t(lang, `verdict.${claim.verdict}`)
		})),
		footer: t(lang, 'card.footer')
	};
}

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];

/**
 * The fonts, read once per process: they never change, and satori keeps its parsed fonts by the
 * identity of the list and of each font's bytes, so the same array must come back every time
 * (a new one would be parsed again).
 */
let fonts: SatoriFont[] | undefined;

/**
 * The Unicode subsets of Noto Sans the card carries: Latin, and the Latin Extended, Greek and
 * Cyrillic letters a title may hold (Łódź, Ελλάδα, Москва), each about 10–80 KB.
 */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

/**
 * Noto Sans in the weights the card uses, one family per subset: satori takes only the first
 * font of a family and weight, and looks for a missing glyph in the other families. Resolved as
 * packages are, so the built server in `build/` finds them too.
 */
function cardFonts(): SatoriFont[] {
	if (fonts !== undefined) return fonts;
	const require = createRequire(import.meta.url);
	const read = (file: string) =>
		readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${file}.woff`));
	fonts = SUBSETS.flatMap((subset, index) =>
		([400, 700] as const).map((weight) => ({
			name: index === 0 ? FONT_FAMILY : `${FONT_FAMILY} ${subset}`,
			data: read(`${subset}-${weight}-normal`),
			weight,
			style: 'normal' as const
		}))
	);
	return fonts;
}

/** The card as SVG text, as satori lays it out (text as paths: no fonts needed to show it). */
export function cardSvg(card: CardText): Promise<string> {
	return satori(cardElement(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
}

/** The card as PNG bytes, 1200×630 px. */
export async function renderCard(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await cardSvg(card);
	// satori writes text as paths, so resvg needs no fonts: none of the machine's are looked up,
	// and the image cannot depend on what the server has installed.
	const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
	// A copy (about 60 KB, well under a millisecond) typed as a plain ArrayBuffer's view, which is
	// what a `Response` body takes; resvg's Buffer is typed as possibly shared memory.
	return new Uint8Array(resvg.render().asPng());
}
