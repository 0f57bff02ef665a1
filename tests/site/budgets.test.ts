import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOfPath, type PageKind } from '../../src/page-kinds';
import type { Locale } from '../../src/i18n/locales';
import { builtFileToPath } from '../../src/lib/url';
import { fontFacesWithUrls, measurePage } from '../bench/page-weight.mjs';
import { CSS_BUDGET, FIRST_RENDER_BY_CLASS, SCRIPT_BUDGET, WARN_SHARE } from '../support/budgets';
import { DIST, listFiles, listHtmlFiles, loadPage, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// Page weight budgets (tests/support/budgets.ts), measured as a host sends the files (brotli,
// quality 11): the render-blocking CSS stays small because every page carries it, the first
// render stays within its kind's budget class (src/page-kinds.ts), JavaScript stays a small
// enhancement that never blocks rendering, and no web font ships. One test per kind and
// edition over all of its pages, naming every page over a limit, so the count of tests follows
// the kinds, not the pages. `npm run bench` prints the same figures, from the same code.

const FILES = listHtmlFiles(requireDist(DIST));
const BASE = detectBase(DIST);
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

/** The built HTML files of each kind and edition, in the registry's order of kinds. */
const GROUPS = new Map<string, { kind: PageKind; locale: Locale; files: string[] }>();
const UNKINDED: string[] = [];
for (const file of FILES) {
  const found = kindOfPath(builtFileToPath(file));
  if (!found) {
    UNKINDED.push(file);
    continue;
  }
  const key = `${found.kind.id} (${found.locale})`;
  const group = GROUPS.get(key) ?? { kind: found.kind, locale: found.locale, files: [] };
  group.files.push(file);
  GROUPS.set(key, group);
}

describe('page weight budgets', () => {
  it('knows the kind of every HTML file of the build, so none escapes the budgets of its kind', () => {
    expect(GROUPS.size).toBeGreaterThan(0);
    expect(UNKINDED, 'HTML files that src/page-kinds.ts gives no kind').toEqual([]);
  });

  it.each([...GROUPS].map(([name, group]) => ({ name, ...group })))(
    `keeps every $name page within its budget class: first render (HTML + render-blocking CSS), CSS ≤ ${CSS_BUDGET} B, JavaScript ≤ ${SCRIPT_BUDGET} B, brotli`,
    ({ name, kind, files }) => {
      const firstRenderLimit = FIRST_RENDER_BY_CLASS[kind.budget];
      const offenders: string[] = [];
      const near: string[] = [];
      /** Records a page over a limit as an offender, and one past WARN_SHARE of it as near. */
      const hold = (file: string, what: string, bytes: number, limit: number) => {
        if (bytes > limit) offenders.push(`${file}: ${what} ${bytes} B > ${limit} B`);
        else if (bytes > limit * WARN_SHARE) near.push(`${file}: ${what} ${bytes} B, ${Math.round((bytes / limit) * 100)} % of ${limit} B`);
      };
      for (const file of files) {
        const { htmlBytes, cssBytes, scriptBytes, firstRenderBytes, blockingScripts, problems } = measurePage(DIST, file, BASE);
        offenders.push(...problems.map((problem) => `${file}: ${problem}`));
        if (htmlBytes === 0) offenders.push(`${file}: empty HTML`);
        // Every page is styled: a measurement of nothing would mean the CSS went unseen, not that it is free.
        if (cssBytes === 0) offenders.push(`${file}: no render-blocking CSS found`);
        offenders.push(...blockingScripts.map((script: string) => `${file}: classic script in <head> without defer or async: ${script}`));
        hold(file, `first render (${kind.budget})`, firstRenderBytes, firstRenderLimit);
        hold(file, 'CSS', cssBytes, CSS_BUDGET);
        hold(file, 'JavaScript', scriptBytes, SCRIPT_BUDGET);
      }
      if (near.length > 0) console.warn(`${name}: past ${WARN_SHARE * 100} % of a budget:\n  ${near.join('\n  ')}`);
      expect(offenders, `${name}: ${offenders.length} over budget`).toEqual([]);
    },
  );

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
