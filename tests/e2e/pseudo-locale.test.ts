// The pseudo editions (tests/support/pseudo-locale.ts) at a phone width: text about 40 % longer than
// the English, left to right (en-XA) and right to left (ar-XB), on one page of each kind. No page may
// scroll sideways or put anything past the edge of the screen, and in right to left every element
// mirrors its left-to-right self (the CSS uses logical properties).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindOfPath } from '../../src/page-kinds';
import { builtFileToPath } from '../../src/lib/url';
import { VIEWPORTS, waitForEnhancements } from '../support/browser';
import { startHost, type HostedSite } from '../support/host';
import { connectBrowser } from '../support/shared-site';
import type { Browser } from 'playwright-core';
import { listHtmlFiles } from '../support/dist';
import { PSEUDO_EDITIONS } from '../support/pseudo-locale';
import { PSEUDO_LOCALES, pseudoBuild } from '../support/pseudo-build';

const PHONE = VIEWPORTS.reduce((narrowest, viewport) => (viewport.width < narrowest.width ? viewport : narrowest));

/** One page of each kind of an edition's build (src/page-kinds.ts), as site paths. */
function onePerKind(dist: string, locale: string): { kind: string; path: string }[] {
  const chosen = new Map<string, string>();
  for (const file of listHtmlFiles(dist).filter((name) => name.startsWith(`${locale}/`)).sort()) {
    // The pseudo segment is not an edition this process knows: the kind is the English page's at the same place.
    const kind = kindOfPath(file.slice(locale.length + 1))?.kind.id;
    if (kind && !chosen.has(kind)) chosen.set(kind, `/${builtFileToPath(file)}`);
  }
  return [...chosen].map(([kind, path]) => ({ kind, path }));
}

/** Elements whose box reaches past either edge of the viewport (outside any box that clips them), described. */
async function pastTheEdges(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 1 && (box.right > root.clientWidth + 0.5 || box.left < -0.5) && !clipped(element)) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
        culprits.push(`${name} (${Math.round(box.left)}–${Math.round(box.right)}px, "${(element.textContent ?? '').trim().slice(0, 40)}")`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: culprits.slice(0, 8) };
  });
}

/** Each element's inline-side box values and alignment, in document order, under the given direction. */
async function sidesUnder(page: Page, dir: 'ltr' | 'rtl') {
  return page.evaluate((direction) => {
    document.documentElement.dir = direction;
    return [...document.body.querySelectorAll('*')].map((element) => {
      const style = getComputedStyle(element);
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].slice(0, 4).join('.')}` : ''}`;
      return {
        name,
        left: [style.marginLeft, style.paddingLeft, style.borderLeftWidth, style.left],
        right: [style.marginRight, style.paddingRight, style.borderRightWidth, style.right],
        align: style.textAlign,
        float: style.float,
        // Visually hidden (sr-only, a claim's note on a phone): clipped to nothing, read out, never seen.
        unseen: style.clipPath === 'inset(50%)' && element.getBoundingClientRect().width <= 1,
      };
    });
  }, dir);
}

/** What mirrors: left becomes right, "left" alignment or float becomes "right" (start and end follow the direction). */
const MIRRORED: Record<string, string> = { left: 'right', right: 'left' };

/** Two lists of CSS lengths that are the same to a tenth of a pixel (layout rounds offsets differently each way). */
function sameLengths(a: readonly string[], b: readonly string[]): boolean {
  return a.every((value, index) => {
    const other = b[index] ?? '';
    const [x, y] = [Number.parseFloat(value), Number.parseFloat(other)];
    return Number.isNaN(x) || Number.isNaN(y) ? value === other : Math.abs(x - y) < 0.1;
  });
}

/**
 * The elements of a right-to-left page that do not mirror: its start-side margin, padding, border and
 * offset must be the left-side ones of the same page turned left to right. A physical property left
 * behind (margin-left, text-align: right) shows up here. Leaves the page right to left.
 */
async function unmirrored(page: Page): Promise<string[]> {
  const ltr = await sidesUnder(page, 'ltr');
  const rtl = await sidesUnder(page, 'rtl');
  if (rtl.length !== ltr.length) return [`${ltr.length} elements in LTR, ${rtl.length} in RTL`];
  return ltr.flatMap((before, index) => {
    const after = rtl[index];
    if (!after || before.unseen) return [];
    const sidesSwap = sameLengths(after.left, before.right) && sameLengths(after.right, before.left);
    const alignSwaps = (MIRRORED[before.align] ?? before.align) === after.align;
    const floatSwaps = (MIRRORED[before.float] ?? before.float) === after.float;
    return sidesSwap && alignSwaps && floatSwaps ? [] : [`${before.name}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
  });
}

describe.each(PSEUDO_LOCALES)('the %s edition at a phone width', (locale) => {
  // Its own host over the pseudo build (not dist/), and the shared Chromium.
  let site: { server: HostedSite; browser: Browser; urlOf: (path: string) => string };
  let pages: { kind: string; path: string }[] = [];
  beforeAll(async () => {
    const build = await pseudoBuild(locale);
    pages = onePerKind(build.dist, locale);
    const server = await startHost(build.dist);
    site = { server, browser: await connectBrowser(), urlOf: (path) => new URL(path, server.origin).href };
  }, 400_000);
  afterAll(async () => {
    await site?.browser.close();
    await site?.server.close();
  });

  it(`shows one page of each kind without sideways scrolling or anything past the edge, ${PSEUDO_EDITIONS[locale].dir}`, async () => {
    const { dir } = PSEUDO_EDITIONS[locale];
    const context = await site.browser.newContext({ viewport: PHONE });
    const failures: string[] = [];
    try {
      expect(pages.map((page) => page.kind).length).toBeGreaterThan(0);
      for (const { kind, path } of pages) {
        const page = await context.newPage();
        await page.goto(site.urlOf(path), { waitUntil: 'load' });
        // Both directions are compared on the page as enhanced: the script arrives after first paint.
        await waitForEnhancements(page);
        expect(await page.evaluate(() => document.documentElement.dir), path).toBe(dir);
        const overflow = await pastTheEdges(page);
        if (overflow.scrollWidth > overflow.clientWidth || overflow.culprits.length > 0) {
          failures.push(`${kind} ${path}: ${overflow.scrollWidth}px wide in ${overflow.clientWidth}px; past the edge: ${overflow.culprits.join('; ')}`);
        }
        if (dir === 'rtl') for (const element of (await unmirrored(page)).slice(0, 5)) failures.push(`${kind} ${path}: does not mirror: ${element}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
