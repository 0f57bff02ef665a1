import { describe, expect, it } from 'vitest';
import {
  CARD_COLOURS,
  CONTRAST_PAIRS,
  MAP_COLOURS,
  PRINT_COLOURS,
  SCHEMES,
  SITE_COLOURS,
  contrastRatio,
  findContrastFailures,
  relativeLuminance,
  renderPaletteCss,
  renderPrintPaletteCss,
  type ContrastPair,
} from '../../src/lib/palette';

describe('contrast maths', () => {
  it('gives black a luminance of 0 and white 1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
  });

  it('computes WCAG contrast ratios, whichever colour comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('refuses a colour that is not #rrggbb, showing the form it wants', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#1c1b19/);
    expect(() => relativeLuminance('#fff')).toThrow(/got "#fff"/);
  });
});

describe('findContrastFailures', () => {
  it('finds no pair of the real palette below its minimum, in either scheme', () => {
    expect(findContrastFailures()).toEqual([]);
  });

  it('reports a failing pair by name, scheme, colours, ratio and minimum', () => {
    const pair: ContrastPair = {
      what: 'grey notes on grey',
      foreground: { light: '#777777', dark: '#ffffff' },
      background: { light: '#888888', dark: '#000000' },
      minimum: 4.5,
    };
    const ratio = contrastRatio('#777777', '#888888').toFixed(2);
    expect(findContrastFailures([pair])).toEqual([`grey notes on grey (light): #777777 on #888888 is ${ratio}:1, needs 4.5:1`]);
  });

  it('reports each scheme that fails, and passes a pair exactly at its minimum', () => {
    const grey = { light: '#777777', dark: '#777777' };
    expect(findContrastFailures([{ what: 'same', foreground: grey, background: grey, minimum: 1.5 }])).toHaveLength(SCHEMES.length);
    expect(findContrastFailures([{ what: 'same', foreground: grey, background: grey, minimum: 1 }])).toEqual([]);
  });

  it('checks text, links and boxes of the page, the map and the cards', () => {
    const pairs = CONTRAST_PAIRS.map((pair) => [pair.foreground, pair.background]);
    const has = (foreground: object, background: object) => pairs.some(([f, b]) => f === foreground && b === background);
    expect(has(SITE_COLOURS.ink, SITE_COLOURS.paper)).toBe(true);
    expect(has(SITE_COLOURS.muted, SITE_COLOURS.paper)).toBe(true);
    expect(has(SITE_COLOURS.accent, SITE_COLOURS.paper)).toBe(true);
    expect(has(SITE_COLOURS['accent-ink'], SITE_COLOURS.accent)).toBe(true);
    expect(has(MAP_COLOURS.placeStroke, MAP_COLOURS.land)).toBe(true);
    expect(has(MAP_COLOURS.outline, SITE_COLOURS.paper)).toBe(true);
    expect(CONTRAST_PAIRS.filter((pair) => pair.what.startsWith('card')).every((pair) => pair.minimum >= 4.5)).toBe(true);
  });
});

describe('map colours', () => {
  it.each(SCHEMES)('gives %s labels AA contrast (4.5:1) on every ground they sit on', (scheme) => {
    const label = SITE_COLOURS.ink[scheme];
    for (const ground of [SITE_COLOURS.paper[scheme], MAP_COLOURS.land[scheme], MAP_COLOURS.placeFill[scheme]]) {
      expect(contrastRatio(label, ground), `${label} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(SCHEMES)('gives %s outlines 3:1 against what they separate', (scheme) => {
    expect(contrastRatio(MAP_COLOURS.placeStroke[scheme], SITE_COLOURS.paper[scheme])).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(MAP_COLOURS.placeStroke[scheme], MAP_COLOURS.land[scheme])).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(MAP_COLOURS.outline[scheme], SITE_COLOURS.paper[scheme])).toBeGreaterThanOrEqual(3);
  });
});

describe('card colours', () => {
  it('draws cards in the site’s light scheme, with a secondary text darker than the page’s', () => {
    expect([CARD_COLOURS.paper, CARD_COLOURS.ink, CARD_COLOURS.accent]).toEqual([
      SITE_COLOURS.paper.light,
      SITE_COLOURS.ink.light,
      SITE_COLOURS.accent.light,
    ]);
    expect(relativeLuminance(CARD_COLOURS.muted)).toBeLessThan(relativeLuminance(SITE_COLOURS.muted.light));
  });
});

describe('renderPaletteCss and renderPrintPaletteCss', () => {
  // The screen's tokens are inlined in every page; paper's are the print stylesheet's (src/pages/print.css.ts).
  const screen = renderPaletteCss();
  const print = renderPrintPaletteCss();
  /** Every `--name:value` declaration of a block, in order. */
  const declarations = (block: string) => [...block.matchAll(/--([\w-]+):([^;}]+)/g)].map((m) => [m[1], m[2]] as const);

  it('declares every site colour once, as light-dark() of its two schemes', () => {
    const declared = declarations(screen);
    expect(declared.map(([name]) => name)).toEqual(Object.keys(SITE_COLOURS));
    for (const [name, colour] of Object.entries(SITE_COLOURS)) {
      expect(declared.filter(([n]) => n === name), name).toEqual([[name, `light-dark(${colour.light},${colour.dark})`]]);
    }
  });

  it('puts it on :root so every element inherits it', () => {
    expect(screen.startsWith(':root{')).toBe(true);
    expect(screen).toMatch(/^:root\{[^{}]*\}$/);
    expect(print).toMatch(/^:root\{[^{}]*\}$/);
  });

  it('prints in the light scheme, so tokens print leaves out take their light value', () => {
    expect(print.startsWith(':root{color-scheme:light;')).toBe(true);
    expect(screen).not.toContain('color-scheme');
  });

  it('gives paper the print values, and only tokens the site has', () => {
    const declared = declarations(print);
    expect(Object.fromEntries(declared)).toEqual(PRINT_COLOURS);
    expect(declared.every(([name]) => name !== undefined && name in SITE_COLOURS)).toBe(true);
  });

  it('prints text black on white, and every printed text at 4.5:1 on every printed ground', () => {
    expect(PRINT_COLOURS.ink).toBe('#000000');
    expect(PRINT_COLOURS.paper).toBe('#ffffff');
    const printed = (token: keyof typeof SITE_COLOURS) => PRINT_COLOURS[token] ?? SITE_COLOURS[token].light;
    for (const text of ['ink', 'muted', 'accent'] as const) {
      for (const ground of ['paper', 'surface', 'tag-bg'] as const) {
        expect(contrastRatio(printed(text), printed(ground)), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
