import type { APIRoute } from 'astro';
import { renderPrintPaletteCss } from '../lib/palette';
import printRules from '../styles/print.css?raw';

// The print stylesheet, linked with media="print" from every layout: browsers fetch it without
// holding the first render for it, so paper rules cost a screen reader of the page nothing.
export const GET: APIRoute = () =>
  new Response(`${renderPrintPaletteCss()}${printRules.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
