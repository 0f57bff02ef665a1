// The language switch: from any page to the same page in the other edition, keeping the reader's
// place (the anchors are the same in both editions); without JavaScript, to the same page's top.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_TAGS } from '../../src/i18n/locales';
import { openSite, type OpenSite } from '../support/browser';
import { CLAIMS, EVENTS, SECTION_SLUGS } from '../support/content';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const BASE = detectBase(requireDist(DIST));
const SECTION = SECTION_SLUGS.at(-2) ?? '';
const CLAIM = CLAIMS.find((claim) => claim.in !== 'opening');
/** Places a reader may be when they switch: a section of /read/, an event, a claim in its section, a paragraph. */
const PLACES = [
  { path: `${BASE}read/`, anchor: SECTION },
  { path: `${BASE}timeline/`, anchor: `event-${EVENTS.at(-1)?.id ?? ''}` },
  { path: `${BASE}${CLAIM?.in ?? ''}/`, anchor: `claim-${CLAIM?.id ?? ''}` },
  { path: `${BASE}${SECTION}/`, anchor: `${SECTION}-p2` },
];

let site: OpenSite;
beforeAll(async () => {
  site = await openSite(DIST);
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
    await page.goto(site.urlOf(`${path}#${anchor}`), { waitUntil: 'load' });
    await page.getByRole('link', { name: LANGUAGE_TAGS.uk.endonym, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `${BASE}uk${path.slice(BASE.length - 1)}`);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    await expect.poll(() => page.locator(`[id="${anchor}"]`).evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(700);
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    // The reader moves on to another anchor; the switch back follows them.
    await page.getByRole('link', { name: LANGUAGE_TAGS.en.endonym, exact: true }).click();
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
    const href = await page.getByRole('link', { name: LANGUAGE_TAGS.uk.endonym, exact: true }).getAttribute('href');
    expect(href).toBe(`${BASE}uk/read/#${SECTION}`);
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
