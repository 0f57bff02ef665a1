// The language switch: from any page to the same page in the other edition, keeping the reader's
// place (the anchors are the same in both editions); without JavaScript, to the same page's top.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_TAGS } from '../../src/i18n/locales';
import { connectSite, type SharedSite } from '../support/shared-site';
import { CLAIMS, EVENTS, SECTION_SLUGS } from '../support/content';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const BASE = detectBase(requireDist(DIST));
const SECTION = SECTION_SLUGS.at(-2) ?? '';
const CLAIM = CLAIMS.find((claim) => claim.in !== 'opening');
/** Places a reader may be when they switch: a section of /read/, an event, a claim in its section, a paragraph. */
/** How long a reader may wait for the page to do what it should (expect.poll's 1 s default is short on a loaded 2-core machine); polling ends as soon as it has. */
const PATIENCE = { timeout: 10_000 };
const PLACES = [
  { path: `${BASE}read/`, anchor: SECTION },
  { path: `${BASE}timeline/`, anchor: `event-${EVENTS.at(-1)?.id ?? ''}` },
  { path: `${BASE}${CLAIM?.in ?? ''}/`, anchor: `claim-${CLAIM?.id ?? ''}` },
  { path: `${BASE}${SECTION}/`, anchor: `${SECTION}-p2` },
];

let site: SharedSite;
beforeAll(async () => {
  site = await connectSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the language switch', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    // Reduced motion turns off the cross-document view transition, which only slows the clicks down (as in no-javascript.test.ts).
    // The offline worker is tested on its own (offline.test.ts); here its install and fetch handler
    // would only stand between the click and the next page, where the click stalled in two full runs.
    context = await site.browser.newContext({ viewport: { width: 320, height: 700 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PLACES)('goes from $path#$anchor to the same place in Ukrainian and back, the target in view', async ({ path, anchor }) => {
    const page = await context.newPage();
    const ukPath = `${BASE}uk${path.slice(BASE.length - 1)}`;
    await page.goto(site.urlOf(`${path}#${anchor}`), { waitUntil: 'load' });
    const toUk = page.getByRole('link', { name: LANGUAGE_TAGS.uk.endonym, exact: true });
    // A reader clicks once the page script has carried their place into the link; "load" does not
    // promise that on a busy machine, so wait for the link itself rather than for a while.
    await expect.poll(() => toUk.getAttribute('href'), PATIENCE).toBe(`${ukPath}#${anchor}`);
    await toUk.click();
    await page.waitForURL((url) => url.pathname === ukPath);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    await expect.poll(() => page.locator(`[id="${anchor}"]`).evaluate((element) => Math.round(element.getBoundingClientRect().top)), PATIENCE).toBeLessThan(700);
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    // The switch back keeps the place too, once the Ukrainian page's script has put it in the link.
    const toEn = page.getByRole('link', { name: LANGUAGE_TAGS.en.endonym, exact: true });
    await expect.poll(() => toEn.getAttribute('href'), PATIENCE).toBe(`${path}#${anchor}`);
    await toEn.click();
    await page.waitForURL((url) => url.pathname === path);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    await page.close();
  });

  it('follows an anchor the reader reaches on the page', async () => {
    const page = await context.newPage();
    await page.goto(site.urlOf(`${BASE}read/`), { waitUntil: 'load' });
    await page.evaluate((id) => {
      location.hash = id;
    }, SECTION);
    // The script updates the link on hashchange, an event after this evaluate returns.
    await expect.poll(() => page.getByRole('link', { name: LANGUAGE_TAGS.uk.endonym, exact: true }).getAttribute('href'), PATIENCE).toBe(`${BASE}uk/read/#${SECTION}`);
    await page.close();
  });

  it('goes to the same page without JavaScript', async () => {
    const plain = await site.browser.newContext({ javaScriptEnabled: false, reducedMotion: 'reduce' });
    const page = await plain.newPage();
    await page.goto(site.urlOf(`${BASE}${SECTION}/#${SECTION}-p2`), { waitUntil: 'load' });
    await page.getByRole('link', { name: LANGUAGE_TAGS.uk.endonym, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `${BASE}uk/${SECTION}/`);
    expect(await page.locator('h1').count()).toBe(1);
    await plain.close();
  });
});
