import type { APIRoute } from 'astro';
import { renderPrintPaletteCss } from '../lib/palette';
import printRules from '../styles/print.css?raw';

// The print stylesheet, linked with media="print" from every layout, so paper rules never hold a
// screen's first render. The site's pages link it disabled and their script enables it after the
// first paint (src/scripts/print-styles.ts): without JavaScript they print with screen styles.
export const GET: APIRoute = () =>
  new Response(`${renderPrintPaletteCss()}${printRules.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
