// The chosen pages of every kind (tests/support/browser.ts, browserPages), at a phone width and a
// desktop width: no sideways scrolling, nothing logged as an error, no Content-Security-Policy
// violation, nothing asked of another origin; and on a phone, every reading page's first screen.
// Right to left (and longer words) is tests/e2e/pseudo-locale.test.ts's, on a right-to-left pseudo edition.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindOfPath, type PageKindId } from '../../src/page-kinds';
import { browserPages, listPages, VIEWPORTS } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const BASE = detectBase(DIST);
// Every kind, the embeddable views too (opened on their own here), chosen by its browserSample (src/page-kinds.ts).
const PAGES = browserPages(requireDist(DIST), BASE);

/** Where a phone's first screen must show the story: the site header ends by HEADER_BOTTOM, the headline starts by HEADLINE_TOP (CSS px, 320×640). */
const HEADER_BOTTOM = 120;
const HEADLINE_TOP = 200;
/** The pages a reader lands on to read: the front page and every section, both editions (all of them: the header is the promise). */
const READING_KINDS: readonly PageKindId[] = ['home', 'section'];
const READING_PAGES = listPages(DIST, BASE).filter((page) => {
  const kind = kindOfPath(page.path.slice(BASE.length))?.kind.id;
  return kind !== undefined && READING_KINDS.includes(kind);
});
const PHONE = VIEWPORTS.reduce((narrowest, viewport) => (viewport.width < narrowest.width ? viewport : narrowest));

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

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport });
    await context.addInitScript(watchPolicyViolations);
  });
  afterAll(async () => {
    await context?.close();
  });

  // One load a page and width: what it logged, broke and asked for on the way, then its width.
  it.each(PAGES)('loads $path with no error, no CSP violation and no request to another origin, and shows it without sideways scrolling', async ({ path }) => {
    const loaded = await loadWatching(context, site.urlOf(path), site.server.origin);
    const overflow = await describeOverflow(loaded.page);
    await loaded.page.close();
    expect(loaded.status, `${path} status`).toBe(200);
    expect(loaded.errors, `${path} logged errors`).toEqual([]);
    expect(loaded.violations, `${path} broke its Content-Security-Policy`).toEqual([]);
    expect(loaded.foreign, `${path} asked another origin`).toEqual([]);
    expect(
      overflow.scrollWidth,
      `${path} is ${overflow.scrollWidth}px wide in a ${overflow.clientWidth}px viewport; past the edge: ${overflow.culprits.join('; ')}`,
    ).toBeLessThanOrEqual(overflow.clientWidth);
  });
});

describe(`on a ${PHONE.width}×${PHONE.height} phone`, () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: PHONE });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('has front pages and section pages of every edition to look at', () => {
    const editions = new Set(READING_PAGES.map((page) => kindOfPath(page.path.slice(BASE.length))?.locale));
    const all = new Set(PAGES.map((page) => kindOfPath(page.path.slice(BASE.length))?.locale).filter(Boolean));
    expect(editions).toEqual(all);
    expect(READING_PAGES.filter((page) => kindOfPath(page.path.slice(BASE.length))?.kind.id === 'home')).toHaveLength(all.size);
  });

  it.each(READING_PAGES)(
    `ends the site header by ${HEADER_BOTTOM} px and starts the headline by ${HEADLINE_TOP} px on $path, with the navigation in one row`,
    async ({ path }) => {
      const page = await context.newPage();
      await page.goto(site.urlOf(path), { waitUntil: 'load' });
      const layout = await page.evaluate(() => {
        const header = document.querySelector('body > header');
        const links = [...document.querySelectorAll('body > header nav a')].map((link) => link.getBoundingClientRect());
        return {
          headerBottom: header?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
          headlineTop: document.querySelector('h1')?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY,
          linkTops: [...new Set(links.map((box) => Math.round(box.top)))],
          smallestLink: Math.min(...links.map((box) => Math.min(box.width, box.height))),
        };
      });
      await page.close();
      expect(layout.headerBottom, `${path}: header bottom`).toBeLessThanOrEqual(HEADER_BOTTOM);
      expect(layout.headlineTop, `${path}: h1 top`).toBeLessThanOrEqual(HEADLINE_TOP);
      expect(layout.linkTops, `${path}: the navigation's links sit in one row`).toHaveLength(1);
      expect(layout.smallestLink, `${path}: navigation targets are at least 24 px`).toBeGreaterThanOrEqual(24);
    },
  );
});

