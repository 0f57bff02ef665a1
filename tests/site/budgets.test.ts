import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFacesWithUrls, measurePage } from '../bench/page-weight.mjs';
import { CSS_BUDGET, FIRST_RENDER_BUDGET, SCRIPT_BUDGET } from '../support/budgets';
import { DIST, listFiles, listHtmlFiles, loadPage, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// Page weight budgets (tests/support/budgets.ts), measured as a host sends the files (brotli,
// quality 11): the render-blocking CSS stays small (4 KiB) because every page carries it, the
// first render needs at most 10 KiB of HTML and CSS, JavaScript stays a small enhancement
// (2 KiB) that never blocks rendering, and no web font ships. `npm run bench` prints the same
// figures, from the same code.

const FILES = listHtmlFiles(requireDist(DIST));
const BASE = detectBase(DIST);
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

const measured = new Map<string, ReturnType<typeof measurePage>>();

/** What one page costs on the wire, measured once per file. */
function measure(file: string): ReturnType<typeof measurePage> {
  const known = measured.get(file);
  if (known) return known;
  const fresh = measurePage(DIST, file, BASE);
  measured.set(file, fresh);
  return fresh;
}

describe('page weight budgets', () => {
  it.each(FILES)(`keeps the render-blocking CSS of %s within ${CSS_BUDGET / 1024} KiB brotli`, (file) => {
    const { cssBytes, problems } = measure(file);
    expect(problems, file).toEqual([]);
    // Every page is styled: a measurement of nothing would mean the CSS went unseen, not that it is free.
    expect(cssBytes, `${file}: no render-blocking CSS found`).toBeGreaterThan(0);
    expect(cssBytes, `${file}: ${cssBytes} B of CSS, brotli; budget ${CSS_BUDGET} B`).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it.each(FILES)(`keeps the first render of %s (HTML + render-blocking CSS) within ${FIRST_RENDER_BUDGET / 1024} KiB brotli`, (file) => {
    const { htmlBytes, linkedCssBytes, firstRenderBytes, problems } = measure(file);
    expect(problems, file).toEqual([]);
    expect(htmlBytes).toBeGreaterThan(0);
    expect(
      firstRenderBytes,
      `${file}: ${htmlBytes} B of HTML (inline CSS included) + ${linkedCssBytes} B of linked CSS, brotli; budget ${FIRST_RENDER_BUDGET} B`,
    ).toBeLessThanOrEqual(FIRST_RENDER_BUDGET);
  });

  it.each(FILES)(`keeps the JavaScript of %s within ${SCRIPT_BUDGET / 1024} KiB brotli, none of it render-blocking`, (file) => {
    const { scriptBytes, blockingScripts, problems } = measure(file);
    expect(problems, file).toEqual([]);
    expect(scriptBytes, `${file}: ${scriptBytes} B of JavaScript, brotli; budget ${SCRIPT_BUDGET} B`).toBeLessThanOrEqual(SCRIPT_BUDGET);
    expect(blockingScripts, `${file}: classic scripts in <head> without defer or async`).toEqual([]);
  });

  it('ships no font files', () => {
    expect(listFiles(DIST).filter((file) => FONT_FILE.test(file))).toEqual([]);
  });

  it('declares no @font-face that loads a font file, in any style sheet or inline style', () => {
    const offenders: string[] = [];
    for (const file of listFiles(DIST).filter((name) => name.endsWith('.css'))) {
      offenders.push(...fontFacesWithUrls(readFileSync(join(DIST, file), 'utf8')).map((rule) => `${file}: ${rule.slice(0, 120)}`));
    }
    for (const file of FILES) {
      const $ = loadPage(file);
      $('style').each((_, style) => {
        offenders.push(...fontFacesWithUrls($(style).html() ?? '').map((rule) => `${file}: ${rule.slice(0, 120)}`));
      });
    }
    expect(offenders).toEqual([]);
  });
});
