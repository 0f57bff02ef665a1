// Nothing moves once a page has painted: the summed `layout-shift` entries (what Cumulative
// Layout Shift adds up) are 0 on every page, at both screen sizes, with and without JavaScript.
//
// With JavaScript, when the enhancements run is a race: on a fast machine they often run
// before the first paint, and a control that changes size when enhanced goes unseen. So the
// test delays every custom element definition (all the enhancements that change the page are
// custom elements: <scheme-switch>, <share-link>) until the page has painted, as on a slow phone.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPages, isSiteKind, VIEWPORTS, waitForEnhancements } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// The pages of every kind with the site's chrome, chosen by each kind's browserSample (src/page-kinds.ts).
const PAGES = browserPages(requireDist(DIST), detectBase(DIST), isSiteKind);
const MODES = [
  { javaScriptEnabled: true, label: 'JavaScript on, enhancements after the first paint' },
  { javaScriptEnabled: false, label: 'JavaScript off' },
] as const;
/** Time given after load and after each scroll step for late work (enhancements, lazy images) to land. */
const SETTLE_MS = 250;

let site: SharedSite;
beforeAll(async () => {
  site = await connectSite();
});
afterAll(async () => {
  await site?.close();
});

/** Runs in the page before its own scripts: holds each custom element definition until two frames have been drawn. */
function defineAfterFirstPaint(): void {
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (this: CustomElementRegistry, ...args: Parameters<typeof define>) {
    requestAnimationFrame(() => requestAnimationFrame(() => define.apply(this, args)));
  };
}

/**
 * Every layout shift the page has recorded that no input caused, with what moved. Read with
 * takeRecords() from a buffered observer: it returns synchronously, so it also works with
 * the page's JavaScript off, where no observer callback or timer of the page would run.
 */
async function recordedShifts(page: Page): Promise<{ value: number; moved: string[] }[]> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const box = (rect: DOMRectReadOnly) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
    const name = (node: Node | null) =>
      node instanceof Element ? `<${node.localName}${node.className ? ` class="${String(node.className).slice(0, 50)}"` : ''}>` : String(node?.nodeName);
    return (observer.takeRecords() as Shift[])
      .filter((shift) => !shift.hadRecentInput)
      .map((shift) => ({
        value: shift.value,
        moved: shift.sources.map((source) => `${name(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`),
      }));
  });
}

/** Scrolls down a screen at a time to the bottom, so every lazy image loads where a reader would see it. */
async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 100; step += 1) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(SETTLE_MS / 5);
    if (atBottom) return;
  }
}

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  describe.each(MODES)('with $label', ({ javaScriptEnabled }) => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport, javaScriptEnabled });
      if (javaScriptEnabled) await context.addInitScript(defineAfterFirstPaint);
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(PAGES)('nothing on $path moves after it first paints', async ({ path }) => {
      const page = await context.newPage();
      await page.goto(site.urlOf(path), { waitUntil: 'load' });
      // With the script on, wait for what a reader waits for: the enhancements, however late a loaded machine brings them.
      if (javaScriptEnabled) await waitForEnhancements(page, 15_000);
      await page.waitForTimeout(SETTLE_MS);
      if (javaScriptEnabled) {
        // The delayed definitions must have happened, or the test would measure an unenhanced page.
        expect(await page.evaluate(() => customElements.get('scheme-switch') !== undefined), 'scheme switch defined').toBe(true);
      }
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(SETTLE_MS);
      const shifts = await recordedShifts(page);
      await page.close();
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      const report = shifts.map((shift) => `${shift.value.toFixed(4)}: ${shift.moved.join('; ')}`).join('\n');
      expect(total, `${path} shifted after first paint:\n${report}`).toBe(0);
    });
  });
});
