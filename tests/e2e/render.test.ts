// The chosen pages of every kind (tests/support/browser.ts, browserPages), at a phone width and a desktop width: no sideways scrolling, left to right and
// turned right to left (where every element must mirror), nothing logged as an error, no
// Content-Security-Policy violation, nothing asked of another origin.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPages, VIEWPORTS } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// Every kind, the embeddable views too (opened on their own here), chosen by its browserSample (src/page-kinds.ts).
const PAGES = browserPages(requireDist(DIST), detectBase(DIST));

let site: SharedSite;
beforeAll(async () => {
  site = await connectSite();
});
afterAll(async () => {
  await site?.close();
});

/** Records CSP violations from the first line of every document, before the page's own scripts. */
function watchPolicyViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
  });
}

/** Opens a page and gathers everything it logged, broke or requested on the way. */
async function loadWatching(context: BrowserContext, url: string, origin: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (/^(https?|wss?):$/.test(target.protocol) && target.origin !== origin) foreign.push(request.url());
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  return { page, status: response?.status(), errors, foreign, violations };
}

/** Elements whose box reaches past the right edge of the viewport, described for a failure message. */
async function describeOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 0.5) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
        culprits.push(`${name} (right edge ${Math.round(box.right)}px, "${(element.textContent ?? '').trim().slice(0, 40)}")`);
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
 * Ready for a right-to-left language: turned to dir="rtl", every element's start-side margin,
 * padding, border and offset are its left-side ones in LTR and the other way round (the CSS uses
 * logical properties); a physical property left behind (margin-left, text-align: right) shows up
 * as an element that does not mirror. Returns those elements, described, and leaves the page in RTL.
 */
async function unmirroredInRtl(page: Page): Promise<string[]> {
  const ltr = await sidesUnder(page, 'ltr');
  const rtl = await sidesUnder(page, 'rtl');
  if (rtl.length !== ltr.length) return [`${ltr.length} elements in LTR, ${rtl.length} in RTL`];
  return ltr.flatMap((before, index) => {
    const after = rtl[index];
    if (!after) return [];
    const sidesSwap = sameLengths(after.left, before.right) && sameLengths(after.right, before.left);
    const alignSwaps = (MIRRORED[before.align] ?? before.align) === after.align;
    const floatSwaps = (MIRRORED[before.float] ?? before.float) === after.float;
    return sidesSwap && alignSwaps && floatSwaps ? [] : [`${before.name}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
  });
}

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport });
    await context.addInitScript(watchPolicyViolations);
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)('shows $path without sideways scrolling, and mirrored without it when turned right to left', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    const overflow = await describeOverflow(page);
    const unmirrored = await unmirroredInRtl(page);
    const rtlOverflow = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    await page.close();
    expect(unmirrored, `${path}: elements that do not mirror in RTL`).toEqual([]);
    expect(rtlOverflow.scrollWidth, `${path} scrolls sideways in RTL`).toBeLessThanOrEqual(rtlOverflow.clientWidth);
    expect(
      overflow.scrollWidth,
      `${path} is ${overflow.scrollWidth}px wide in a ${overflow.clientWidth}px viewport; past the edge: ${overflow.culprits.join('; ')}`,
    ).toBeLessThanOrEqual(overflow.clientWidth);
  });

  it.each(PAGES)('loads $path with no error, no CSP violation and no request to another origin', async ({ path }) => {
    const loaded = await loadWatching(context, site.urlOf(path), site.server.origin);
    await loaded.page.close();
    expect(loaded.status, `${path} status`).toBe(200);
    expect(loaded.errors, `${path} logged errors`).toEqual([]);
    expect(loaded.violations, `${path} broke its Content-Security-Policy`).toEqual([]);
    expect(loaded.foreign, `${path} asked another origin`).toEqual([]);
  });
});
