/**
 * Every colour of the site, once: the CSS tokens (written into the page's
 * stylesheet at build time), the social cards and the locator map all read
 * them here, and the contrast of every pair a reader sees is checked here.
 */

/** The colour schemes the site is drawn in. */
export const SCHEMES = ['light', 'dark'] as const;
/** One of SCHEMES. */
export type Scheme = (typeof SCHEMES)[number];

/** A colour in each scheme, as #rrggbb. */
export type SchemeColour = Readonly<Record<Scheme, string>>;

/** The page's colour tokens, by CSS custom property name (without "--"). */
export const SITE_COLOURS = {
  /** Page background. */
  paper: { light: '#fdfcf9', dark: '#151514' },
  /** Body text. */
  ink: { light: '#1c1b19', dark: '#ecebe7' },
  /** Secondary text: datelines, captions, labels. */
  muted: { light: '#55534e', dark: '#b4b1a9' },
  /** Rules and borders. */
  rule: { light: '#d9d5cc', dark: '#3c3a36' },
  /** Links, focus rings and the timeline's dots. */
  accent: { light: '#0b5cad', dark: '#8cc2ff' },
  /** Text on an accent background (the skip link). */
  'accent-ink': { light: '#ffffff', dark: '#0d1a29' },
  /** Background of a shared anchor's target and the offline notice. */
  highlight: { light: '#fff2b3', dark: '#4a3f0c' },
  /** Background of tags ("Background", "Scheduled") and the claim underline. */
  'tag-bg': { light: '#ece8df', dark: '#2c2b28' },
  /** Background of boxes: "In short", section cards, the footer. */
  surface: { light: '#f4f1ea', dark: '#1e1e1c' },
} as const satisfies Record<string, SchemeColour>;

/** A site colour token's name. */
export type SiteColour = keyof typeof SITE_COLOURS;

/** Tokens on paper: black on white whatever the screen scheme; print also sets color-scheme: light, so those not named take their light value. */
export const PRINT_COLOURS: Partial<Record<SiteColour, string>> = {
  paper: '#ffffff',
  ink: '#000000',
  muted: '#3d3b37',
  rule: '#bbbbbb',
  accent: '#000000',
  highlight: 'transparent',
  'tag-bg': '#eeeeee',
  surface: '#ffffff',
};

/** The locator map's own colours; its background, labels and halos are the page's paper and ink. */
export const MAP_COLOURS = {
  /** Land of Ukraine. */
  land: { light: '#e6e1d6', dark: '#34322e' },
  /** Ukraine's outer border and coast. */
  outline: { light: '#8b877f', dark: '#77736c' },
  /** Fill of the regions the story names. */
  placeFill: { light: '#f3c98b', dark: '#6e4a17' },
  /** Outline of the regions the story names. */
  placeStroke: { light: '#8f4500', dark: '#f2a654' },
} as const satisfies Record<string, SchemeColour>;

/** Social cards are drawn in the light scheme, their secondary text a shade darker so every text reaches 7:1. */
export const CARD_COLOURS = {
  paper: SITE_COLOURS.paper.light,
  ink: SITE_COLOURS.ink.light,
  muted: '#4a4843',
  rule: SITE_COLOURS.rule.light,
  accent: SITE_COLOURS.accent.light,
} as const;

/** Relative luminance of a #rrggbb colour, as WCAG 2 defines it (0 black, 1 white). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Expected a colour like "#1c1b19", got "${hex}".`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A pair of colours a reader must tell apart, and the WCAG ratio it needs. */
export interface ContrastPair {
  /** What the pair is, for the failure message. */
  what: string;
  /** Foreground and background in each scheme. */
  foreground: SchemeColour;
  background: SchemeColour;
  /** 4.5 for text, 3 for large text and graphics (WCAG 1.4.3, 1.4.11). */
  minimum: number;
}

const same = (colour: string): SchemeColour => ({ light: colour, dark: colour });

/** Every pair of colours the site, its map and its cards put on top of each other. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { what: 'text on paper', foreground: SITE_COLOURS.ink, background: SITE_COLOURS.paper, minimum: 4.5 },
  { what: 'muted text on paper', foreground: SITE_COLOURS.muted, background: SITE_COLOURS.paper, minimum: 4.5 },
  { what: 'muted text on a box', foreground: SITE_COLOURS.muted, background: SITE_COLOURS.surface, minimum: 4.5 },
  { what: 'links on paper', foreground: SITE_COLOURS.accent, background: SITE_COLOURS.paper, minimum: 4.5 },
  { what: 'links on a box', foreground: SITE_COLOURS.accent, background: SITE_COLOURS.surface, minimum: 4.5 },
  { what: 'text on a box', foreground: SITE_COLOURS.ink, background: SITE_COLOURS.surface, minimum: 4.5 },
  { what: 'text on a tag', foreground: SITE_COLOURS.ink, background: SITE_COLOURS['tag-bg'], minimum: 4.5 },
  { what: 'text on a highlighted target', foreground: SITE_COLOURS.ink, background: SITE_COLOURS.highlight, minimum: 4.5 },
  { what: 'links on a highlighted target', foreground: SITE_COLOURS.accent, background: SITE_COLOURS.highlight, minimum: 4.5 },
  { what: 'skip link text on accent', foreground: SITE_COLOURS['accent-ink'], background: SITE_COLOURS.accent, minimum: 4.5 },
  { what: 'focus ring on paper', foreground: SITE_COLOURS.accent, background: SITE_COLOURS.paper, minimum: 3 },
  { what: 'map labels on their halo', foreground: SITE_COLOURS.ink, background: SITE_COLOURS.paper, minimum: 4.5 },
  { what: 'map: named regions on land', foreground: MAP_COLOURS.placeStroke, background: MAP_COLOURS.land, minimum: 3 },
  { what: 'map: named regions against paper', foreground: MAP_COLOURS.placeStroke, background: SITE_COLOURS.paper, minimum: 3 },
  { what: 'map: the country outline on paper', foreground: MAP_COLOURS.outline, background: SITE_COLOURS.paper, minimum: 3 },
  { what: 'card text on card paper', foreground: same(CARD_COLOURS.ink), background: same(CARD_COLOURS.paper), minimum: 7 },
  { what: 'card secondary text on card paper', foreground: same(CARD_COLOURS.muted), background: same(CARD_COLOURS.paper), minimum: 7 },
  { what: 'card site name on card paper', foreground: same(CARD_COLOURS.accent), background: same(CARD_COLOURS.paper), minimum: 4.5 },
];

/** The pairs below their minimum, as messages; empty when every pair passes. */
export function findContrastFailures(pairs: readonly ContrastPair[] = CONTRAST_PAIRS): string[] {
  return pairs.flatMap((pair) =>
    SCHEMES.flatMap((scheme) => {
      const ratio = contrastRatio(pair.foreground[scheme], pair.background[scheme]);
      return ratio >= pair.minimum
        ? []
        : [`${pair.what} (${scheme}): ${pair.foreground[scheme]} on ${pair.background[scheme]} is ${ratio.toFixed(2)}:1, needs ${pair.minimum}:1`];
    }),
  );
}

/**
 * The CSS that declares every site colour as a custom property: one `light-dark()`
 * value each, so the scheme (system, or the reader's choice through `color-scheme`)
 * picks the colour without a second block; print uses PRINT_COLOURS (renderPrintPaletteCss).
 */
export function renderPaletteCss(): string {
  const tokens = Object.entries(SITE_COLOURS)
    .map(([name, colour]) => `--${name}:light-dark(${colour.light},${colour.dark})`)
    .join(';');
  return `:root{${tokens}}`;
}

/** The colour tokens on paper, for the print stylesheet (src/pages/print.css.ts): black on white whatever the screen scheme. */
export function renderPrintPaletteCss(): string {
  const print = Object.entries(PRINT_COLOURS)
    .map(([name, colour]) => `--${name}:${colour}`)
    .join(';');
  return `:root{color-scheme:light;${print}}`;
}
