import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_BUDGET, SCRIPT_BUDGET, fontFacesWithUrls, measurePage } from '../bench/page-weight.mjs';
import { DIST, listFiles, listHtmlFiles, loadPage, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// Page weight budgets, measured as a host sends the files (brotli, quality 11): the first
// round trip carries the HTML and every render-blocking style sheet (14 KiB), JavaScript
// stays a small enhancement (2 KiB) that never blocks rendering, and no web font ships.
// `npm run bench` prints the same figures, from the same code.

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
  it.each(FILES)('keeps the HTML and render-blocking CSS of %s within 14 KiB brotli', (file) => {
    const { htmlBytes, cssBytes, problems } = measure(file);
    expect(problems, file).toEqual([]);
    expect(htmlBytes).toBeGreaterThan(0);
    expect(
      htmlBytes + cssBytes,
      `${file}: ${htmlBytes} B of HTML + ${cssBytes} B of linked CSS, brotli; budget ${FIRST_VIEW_BUDGET} B`,
    ).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });

  it.each(FILES)('keeps the JavaScript of %s within 2 KiB brotli, none of it render-blocking', (file) => {
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
