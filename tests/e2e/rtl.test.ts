// Ready for a right-to-left language: every page, turned to dir="rtl", mirrors as a whole. The
// CSS uses logical properties, so each element's start-side margin, padding and border in RTL
// are its left-side ones in LTR and the other way round; a physical property left behind
// (margin-left, border-left, text-align: right) shows up as an element that does not mirror.
// Nothing may scroll sideways either way.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages, openSite, VIEWPORTS, type OpenSite } from '../support/browser';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const PAGES = listPages(requireDist(DIST), detectBase(DIST));

let site: OpenSite;
beforeAll(async () => {
  site = await openSite(DIST);
});
afterAll(async () => {
  await site?.close();
});

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
      };
    });
  }, dir);
}

/** What mirrors: left becomes right, "left" alignment or float becomes "right" (start and end follow the direction). */
const MIRRORED: Record<string, string> = { left: 'right', right: 'left' };

describe.each(VIEWPORTS)('at $width×$height, turned right to left', (viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)('mirrors $path and does not scroll sideways', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    const ltr = await sidesUnder(page, 'ltr');
    const rtl = await sidesUnder(page, 'rtl');
    const overflow = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    await page.close();
    expect(rtl.length, path).toBe(ltr.length);
    const unmirrored = ltr.flatMap((before, index) => {
      const after = rtl[index];
      if (!after) return [];
      const sidesSwap = JSON.stringify(after.left) === JSON.stringify(before.right) && JSON.stringify(after.right) === JSON.stringify(before.left);
      const alignSwaps = (MIRRORED[before.align] ?? before.align) === after.align;
      const floatSwaps = (MIRRORED[before.float] ?? before.float) === after.float;
      return sidesSwap && alignSwaps && floatSwaps ? [] : [`${before.name}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
    });
    expect(unmirrored, `${path}: elements that do not mirror`).toEqual([]);
    expect(overflow.scrollWidth, `${path} scrolls sideways in RTL`).toBeLessThanOrEqual(overflow.clientWidth);
  });
});
