import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Font } from 'satori';
import { CARD_COLOURS, contrastRatio } from '../../src/lib/palette';
import {
  buildCardTree,
  loadCardFonts,
  pickTitleSize,
  renderCardPng,
  renderCardSvg,
  type CardElement,
  type SocialCard,
} from '../../src/lib/social-card';

const CARD: SocialCard = {
  id: 'territory',
  siteTitle: 'Ukraine security guarantees explained',
  kicker: 'Part 3 of 5',
  title: 'Territorial Tensions: Donetsk in Focus',
  standfirst: 'Witkoff says Russia made “some concessions” on territory.',
  asOf: '2025-08-17',
  asOfLabel: 'As of 17 August 2025',
};

/** Every string in a card tree, in document order. */
function textsOf(node: CardElement | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(textsOf);
}

describe('pickTitleSize', () => {
  it('never grows as the title gets longer', () => {
    const sizes = [10, 32, 33, 56, 57, 90, 91, 200].map((n) => pickTitleSize('x'.repeat(n)));
    sizes.slice(1).forEach((size, i) => expect(size).toBeLessThanOrEqual(sizes[i] ?? Infinity));
    expect(sizes[0]).toBeGreaterThan(sizes.at(-1) ?? 0);
  });
});

describe('buildCardTree', () => {
  it('shows site title, kicker, title, standfirst and the date, in that order', () => {
    expect(textsOf(buildCardTree(CARD))).toEqual([
      CARD.siteTitle,
      'Part 3 of 5',
      CARD.title,
      CARD.standfirst,
      'As of 17 August 2025',
    ]);
  });

  it('leaves the kicker out when the card has none', () => {
    const { kicker: _unused, ...withoutKicker } = CARD;
    expect(textsOf(buildCardTree(withoutKicker))).not.toContain('Part 3 of 5');
    expect(textsOf(buildCardTree(withoutKicker))).toHaveLength(4);
  });

  it('uses text colours with at least 7:1 contrast on the paper', () => {
    for (const colour of [CARD_COLOURS.ink, CARD_COLOURS.muted]) {
      expect(contrastRatio(colour, CARD_COLOURS.paper), colour).toBeGreaterThanOrEqual(7);
    }
    expect(contrastRatio(CARD_COLOURS.accent, CARD_COLOURS.paper)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('rendering', () => {
  let fonts: Font[];
  beforeAll(() => {
    fonts = loadCardFonts();
  });

  it('loads the regular and bold Noto Sans files from node_modules', () => {
    expect(fonts.map((font) => [font.name, font.weight])).toEqual([
      ['Noto Sans', 400],
      ['Noto Sans', 700],
    ]);
    for (const font of fonts) expect(font.data.byteLength).toBeGreaterThan(100_000);
  });

  it('draws the text as paths, so the SVG needs no font to be read', async () => {
    const svg = await renderCardSvg(CARD, fonts);
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<text');
  });

  it('renders Cyrillic titles with the full font rather than missing-glyph boxes', async () => {
    const title = 'Київ і Донецьк';
    // The same title with every letter swapped for a character no font has: what missing glyphs look like.
    const unknown = title.replace(/\S/gu, '\u{10FFFD}');
    const pathData = async (text: string) => {
      const svg = await renderCardSvg({ ...CARD, title: text }, fonts);
      return [...svg.matchAll(/ d="([^"]*)"/g)].reduce((n, m) => n + (m[1]?.length ?? 0), 0);
    };
    const [drawn, boxes, rest] = await Promise.all([pathData(title), pathData(unknown), pathData(' ')]);
    // Real letter shapes need far more path data than the same number of boxes.
    expect(drawn - rest).toBeGreaterThan(2 * (boxes - rest));
  });

  it('renders a 1200×630 PNG, the same bytes every time', async () => {
    const first = await renderCardPng(CARD, fonts);
    const second = await renderCardPng(CARD, fonts);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('gives different cards different images', async () => {
    const a = await renderCardPng(CARD, fonts);
    const b = await renderCardPng({ ...CARD, title: 'Looking Ahead: A Critical Juncture' }, fonts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
