// Sharing: the copy-link control puts the canonical URL on the clipboard and says so;
// a shared anchor opens with its target in view and highlighted.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { CLAIMS, EVENTS, SECTION_SLUGS } from '../support/content';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const BASE = detectBase(requireDist(DIST));
const SECTION = SECTION_SLUGS[0] ?? '';
const SECTION_PATH = `${BASE}${SECTION}/`;
const TIMELINE_PATH = `${BASE}timeline/`;
const EVENT_ID = `event-${EVENTS[0]?.id ?? ''}`;
// Every claim's "in context" link too: it must land on the claim's words, highlighted.
const SHARED_ANCHORS = [
  `${BASE}read/#${SECTION}`,
  `${TIMELINE_PATH}#${EVENT_ID}`,
  ...CLAIMS.map((claim) => `${BASE}${claim.in === 'opening' ? '' : `${claim.in}/`}#claim-${claim.id}`),
];

let site: SharedSite;
beforeAll(async () => {
  site = await connectSite();
});
afterAll(async () => {
  await site?.close();
});

/** The page's canonical URL, as its head declares it. */
async function canonicalOf(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute('href');
  if (!href) throw new Error(`${page.url()} has no canonical link`);
  return href;
}

describe('the copy-link control', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    // A browser without a share sheet (headless Chromium on Linux has none): the control copies.
    await context.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('copies the section page’s canonical URL and announces it', async () => {
    const page = await context.newPage();
    await page.goto(site.urlOf(SECTION_PATH), { waitUntil: 'load' });
    const canonical = await canonicalOf(page);
    await page.getByRole('button', { name: 'Copy link to this section' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count(), { timeout: 3000 }).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await page.close();
  });

  it('copies a timeline event’s URL, the timeline’s canonical URL with the event’s anchor', async () => {
    const page = await context.newPage();
    await page.goto(site.urlOf(TIMELINE_PATH), { waitUntil: 'load' });
    const canonical = await canonicalOf(page);
    const event = EVENTS.find((candidate) => `event-${candidate.id}` === EVENT_ID);
    await page.getByRole('button', { name: `Copy link to this event: ${event?.title}`, exact: true }).first().click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count(), { timeout: 3000 }).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${EVENT_ID}`);
    await page.close();
  });

  it('is a plain link to the canonical URL when JavaScript is off', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(site.urlOf(SECTION_PATH), { waitUntil: 'load' });
    const canonical = await canonicalOf(page);
    const link = page.getByRole('link', { name: 'Share link to this section' });
    expect(await link.getAttribute('href')).toBe(canonical);
    await noScript.close();
  });
});

describe.each(VIEWPORTS)('a shared anchor at $width×$height', (viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(SHARED_ANCHORS)('opens %s with its target in view, uncovered and highlighted', async (shared) => {
    const id = shared.slice(shared.indexOf('#') + 1);
    const plain = await context.newPage();
    await plain.goto(site.urlOf(shared.slice(0, shared.indexOf('#'))), { waitUntil: 'load' });
    const restingBackground = await plain.locator(`[id="${id}"]`).evaluate((element) => getComputedStyle(element).backgroundColor);
    await plain.close();
    // A fresh load, as when the link arrives from elsewhere, not a jump within an open page.
    const page = await context.newPage();
    await page.goto(site.urlOf(shared), { waitUntil: 'load' });
    // Give the browser up to three seconds to scroll (smoothly, perhaps late on a busy machine):
    // done once the target sits in the viewport and stays put for three frames.
    const target = await page.evaluate(async (targetId) => {
      const element = document.getElementById(targetId);
      if (!element) return undefined;
      let last = Number.NaN;
      let still = 0;
      for (let frame = 0; frame < 180 && still < 3; frame += 1) {
        await new Promise((done) => requestAnimationFrame(done));
        const top = element.getBoundingClientRect().top;
        still = top === last && top >= 0 && top < innerHeight ? still + 1 : 0;
        last = top;
      }
      const box = element.getBoundingClientRect();
      // An inline target (a claim's words) may start mid-line: probe its first line box.
      const first = element.getClientRects()[0] ?? box;
      const probeX = first.left + Math.min(24, first.width / 2);
      const probeY = first.top + Math.min(12, first.height / 2);
      const onTop = document.elementFromPoint(probeX, probeY);
      return {
        top: box.top,
        bottom: box.bottom,
        viewportHeight: innerHeight,
        uncovered: onTop !== null && element.contains(onTop),
        coveredBy: onTop ? `<${onTop.tagName.toLowerCase()} class="${onTop.className}">` : 'nothing',
        isTarget: element.matches(':target'),
        background: getComputedStyle(element).backgroundColor,
      };
    }, id);
    await page.close();
    expect(target, `${shared}: no element with id ${id}`).toBeDefined();
    if (!target) return;
    expect(target.isTarget, `${shared}: the element is the :target`).toBe(true);
    expect(target.top, `${shared}: target top ${target.top}px`).toBeGreaterThanOrEqual(0);
    expect(target.top, `${shared}: target top ${target.top}px in a ${target.viewportHeight}px viewport`).toBeLessThan(target.viewportHeight);
    expect(target.uncovered, `${shared}: the target is under ${target.coveredBy}`).toBe(true);
    expect(target.background, `${shared}: the target has no highlight`).not.toBe('rgba(0, 0, 0, 0)');
    expect(target.background, `${shared}: the target looks as it does when not shared`).not.toBe(restingBackground);
  });
});
