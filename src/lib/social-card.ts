import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { SOCIAL_CARD_SIZE } from './page-meta';
import { CARD_COLOURS } from './palette';

/** What one social card shows. */
export interface SocialCard {
  /** File id: the card is written to og/<id>.png. */
  id: string;
  /** Site name, shown at the top of every card. */
  siteTitle: string;
  /** Small line above the title ("Part 3 of 5"); default none. */
  kicker?: string | undefined;
  /** The page or section title, the largest text on the card. */
  title: string;
  /** One or two sentences under the title. */
  standfirst: string;
  /** The day the story describes, ISO date. */
  asOf: string;
  /** How the card shows it, in the card's language (the dictionary's asOf): "As of 17 August 2025". */
  asOfLabel: string;
}

/** The static Noto Sans files the cards use, as package paths (full TTFs with Latin and Cyrillic). */
export const CARD_FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

/** Family name the card template uses for both weights. */
const FAMILY = 'Noto Sans';

/** Reads the regular and bold card fonts from node_modules, resolved from `projectRoot` (default: the working directory). */
export function loadCardFonts(projectRoot = process.cwd()): Font[] {
  const require = createRequire(join(projectRoot, 'package.json'));
  const read = (file: string) => readFileSync(require.resolve(file));
  return [
    { name: FAMILY, data: read(CARD_FONT_FILES.regular), weight: 400, style: 'normal' },
    { name: FAMILY, data: read(CARD_FONT_FILES.bold), weight: 700, style: 'normal' },
  ];
}

/** Title font size in pixels: smaller for longer titles so they fit in three lines. */
export function pickTitleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 56) return 64;
  if (title.length <= 90) return 54;
  return 46;
}

/** A satori element: the object form of JSX that satori takes. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardElement | (string | CardElement)[] };
}

function box(style: Record<string, string | number>, children?: CardElement['props']['children']): CardElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** Builds the card's element tree: site title, kicker, title, standfirst, then the date, on a light page with an accent bar. */
export function buildCardTree(card: SocialCard): CardElement {
  const { paper, ink, muted, rule, accent } = CARD_COLOURS;
  const titleSize = pickTitleSize(card.title);
  const text = (style: Record<string, string | number>, content: string) => box({ display: 'flex', ...style }, content);
  return box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'row',
      backgroundColor: paper,
      color: ink,
      fontFamily: FAMILY,
    },
    [
      box({ width: 20, height: '100%', backgroundColor: accent }),
      box(
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 52px 64px' },
        [
          box({ display: 'flex', alignItems: 'center', paddingBottom: 18, borderBottom: `2px solid ${rule}` }, [
            text({ fontSize: 30, fontWeight: 700, color: accent, letterSpacing: 0.2 }, card.siteTitle),
          ]),
          box({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
            ...(card.kicker
              ? [text({ fontSize: 26, fontWeight: 700, color: muted, textTransform: 'uppercase', letterSpacing: 2, marginBottom: 14 }, card.kicker)]
              : []),
            box(
              { display: 'block', fontSize: titleSize, fontWeight: 700, lineHeight: 1.12, lineClamp: 3, letterSpacing: -0.5 },
              card.title,
            ),
            box(
              { display: 'block', marginTop: 22, fontSize: 29, fontWeight: 400, lineHeight: 1.38, color: muted, lineClamp: 4 },
              card.standfirst,
            ),
          ]),
          box({ display: 'flex', alignItems: 'center', paddingTop: 18, borderTop: `2px solid ${rule}` }, [
            text({ fontSize: 26, fontWeight: 700, color: ink }, card.asOfLabel),
          ]),
        ],
      ),
    ],
  );
}

/** Renders a card to SVG with satori (text as paths, so no font is needed to view it). */
export function renderCardSvg(card: SocialCard, fonts: Font[]): Promise<string> {
  return satori(buildCardTree(card), { ...SOCIAL_CARD_SIZE, fonts });
}

/** Renders a card to a 1200×630 PNG: satori to SVG, then sharp to PNG (no metadata, so builds are byte-identical). */
export async function renderCardPng(card: SocialCard, fonts: Font[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(card, fonts);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: false }).toBuffer();
  return new Uint8Array(png);
}
