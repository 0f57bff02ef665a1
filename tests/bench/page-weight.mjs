// What a built page costs on the wire, read from the files: brotli bytes of the HTML and
// its render-blocking CSS, of its JavaScript, and its render-blocking scripts.
// One implementation for tests/site/budgets.test.ts (which enforces the budgets) and
// tests/bench/bench.mjs (which prints them); the budgets themselves live in
// tests/support/budgets.ts (Node 24 imports the .ts file as is).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { load } from 'cheerio';
import { builtFileToPath, pathToBuiltFile } from '../../src/lib/url.ts';

export { CSS_BUDGET, FIRST_RENDER_BUDGET, ONE_PAGE_EXTRA_BUDGET, SCRIPT_BUDGET } from '../support/budgets.ts';

/** Script types a browser runs; anything else (JSON-LD, import maps, speculation rules) is data. */
const RUNNABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * Brotli size of some bytes at quality 11, as hosts pre-compress static files.
 * @param {string | Buffer} data
 * @returns {number}
 */
export function brotliBytes(data) {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * The dist file a same-site URL in a page points at, or undefined for another origin.
 * @param {string} pageFile page, relative to dist ("territory/index.html")
 * @param {string} href the URL as written in the page
 * @param {string} base the base path the build was made for ("/" or "/news/explainer/")
 * @returns {string | undefined}
 */
export function distFileOf(pageFile, href, base) {
  const url = new URL(href, `https://site.invalid${base}${builtFileToPath(pageFile)}`);
  if (url.origin !== 'https://site.invalid') return undefined;
  const path = decodeURIComponent(url.pathname);
  return posix.normalize(path.startsWith(base) ? path.slice(base.length) : path.slice(1));
}

/**
 * @typedef {object} PageWeight
 * @property {number} htmlBytes brotli bytes of the HTML file (inline styles and scripts included)
 * @property {number} cssBytes brotli bytes of its render-blocking CSS: the text of its inline
 *   `<style>` elements (compressed together, as they arrive in one document) plus each style sheet it links
 * @property {number} linkedCssBytes brotli bytes of the style sheets it links (each counted on its own)
 * @property {number} firstRenderBytes what the first render needs: the HTML (inline CSS included) plus the linked CSS
 * @property {number} scriptBytes brotli bytes of its JavaScript: inline scripts, script files and the modules inline scripts import, each on its own
 * @property {string[]} blockingScripts classic `<script src>` in head without defer or async
 * @property {string[]} problems style sheets or scripts from another origin
 */

/**
 * Measures one built page.
 * @param {string} dist the build folder
 * @param {string} file the page, relative to dist
 * @param {string} base the base path the build was made for
 * @returns {PageWeight}
 */
export function measurePage(dist, file, base) {
  const html = readFileSync(join(dist, file));
  const $ = load(html.toString('utf8'));
  /** @type {string[]} */
  const problems = [];
  let linkedCssBytes = 0;
  $('link[rel~="stylesheet"][href]').each((_, link) => {
    const href = $(link).attr('href') ?? '';
    // A sheet for paper only never holds a screen's first render (browsers fetch it at low priority).
    if ($(link).attr('media') === 'print') return;
    const target = distFileOf(file, href, base);
    if (!target) problems.push(`style sheet from another origin: ${href}`);
    else linkedCssBytes += brotliBytes(readFileSync(join(dist, target)));
  });
  // Inline styles travel inside the HTML (htmlBytes counts them there); measured on their own
  // too, as the CSS every page pays for. No inline CSS at all costs nothing, not brotli's empty stream.
  const inlineCss = $('style')
    .map((_, style) => $(style).html() ?? '')
    .get()
    .join('\n');
  const inlineCssBytes = inlineCss === '' ? 0 : brotliBytes(inlineCss);
  let scriptBytes = 0;
  /** @type {string[]} */
  const blockingScripts = [];
  $('script').each((_, script) => {
    const element = $(script);
    if (!RUNNABLE_SCRIPT.test((element.attr('type') ?? '').trim())) return;
    const src = element.attr('src');
    if (src === undefined) {
      const text = element.html() ?? '';
      scriptBytes += brotliBytes(text);
      // An inline loader's import("…") brings its module after the first paint: the page's script all the same.
      for (const [, , url = ''] of text.matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g)) {
        const target = distFileOf(file, url, base);
        if (!target) problems.push(`script from another origin: ${url}`);
        else scriptBytes += brotliBytes(readFileSync(join(dist, target)));
      }
      return;
    }
    const target = distFileOf(file, src, base);
    if (!target) problems.push(`script from another origin: ${src}`);
    else scriptBytes += brotliBytes(readFileSync(join(dist, target)));
    const isDeferred =
      element.attr('type') === 'module' || element.attr('defer') !== undefined || element.attr('async') !== undefined;
    if (element.parents('head').length > 0 && !isDeferred) blockingScripts.push(src);
  });
  const htmlBytes = brotliBytes(html);
  return {
    htmlBytes,
    cssBytes: inlineCssBytes + linkedCssBytes,
    linkedCssBytes,
    firstRenderBytes: htmlBytes + linkedCssBytes,
    scriptBytes,
    blockingScripts,
    problems,
  };
}

/**
 * Every @font-face rule in some CSS that loads a file rather than a local() font.
 * @param {string} css
 * @returns {string[]}
 */
export function fontFacesWithUrls(css) {
  return [...css.matchAll(/@font-face\s*{[^}]*}/gi)].map((match) => match[0]).filter((rule) => /url\(/i.test(rule));
}

/**
 * Brotli bytes of the built file a same-origin URL is served from, 0 for another origin or no file:
 * what a host that pre-compresses its files sends for that URL.
 * @param {string} dist the build folder
 * @param {string} base the base path the build was made for
 * @param {string} url an absolute URL
 * @returns {number}
 */
export function brotliBytesOfUrl(dist, base, url) {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(base)) return 0;
  const file = join(dist, pathToBuiltFile(decodeURIComponent(pathname.slice(base.length))));
  try {
    return brotliBytes(readFileSync(file));
  } catch {
    return 0;
  }
}
