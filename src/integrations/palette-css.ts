import type { Plugin } from 'vite';
import { renderPaletteCss } from '../lib/palette';

/** The module id BaseLayout imports to get the colour tokens as CSS. */
export const PALETTE_CSS_ID = 'virtual:palette.css';
const RESOLVED_ID = `\0${PALETTE_CSS_ID}`;

/**
 * A Vite plugin that serves the site's colour tokens, written from src/lib/palette.ts,
 * as a stylesheet: the palette lives once, in TypeScript, for the CSS, the cards and the map.
 */
export function paletteCss(): Plugin {
  return {
    name: 'palette-css',
    resolveId: (id) => (id === PALETTE_CSS_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? renderPaletteCss() : undefined),
  };
}
