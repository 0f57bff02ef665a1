// The offline worker as a reader meets it, in Chromium over the site served by Cloudflare's
// runtime: what one visit downloads, Save-Data, reading offline after one visit, keeping the
// whole story on request, and a new build taking over from the old cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { listPages } from '../support/browser';
import { connectBrowser, sharedHost } from '../support/shared-site';
import { brotliBytesOfUrl } from '../bench/page-weight.mjs';
import { ONE_PAGE_EXTRA_BUDGET } from '../support/budgets';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { LOCALES, localeSegment } from '../../src/i18n/locales';
import { SECTION_SLUGS, SECTIONS, UK_SECTIONS, nextLogDate } from '../support/content';
import { buildContentVariant } from '../support/content-build';
import { DIST, requireDist } from '../support/dist';
import { detectBase, freePort, startHost } from '../support/host';

const BASE = detectBase(requireDist(DIST));
const SECTION = SECTION_SLUGS[0] ?? '';
// The shared host over dist/: every test opens it in a fresh context, whose worker and caches
// start empty, so no other file's visit counts here. Only "a new build" needs hosts of its own
// (two builds, one after the other, at one origin).
const host = sharedHost();
let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page in a fresh profile and waits until its worker is in control and done installing. */
async function visitOnce(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return page;
}

/** The paths in the worker's cache. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      paths.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
    }
    return paths;
  });
}

describe('a reader who opens one page and leaves', () => {
  it(`downloads that page plus at most ${ONE_PAGE_EXTRA_BUDGET / 1024} KiB more in the first 10 seconds, worker included`, async () => {
    const context = await browser.newContext();
    const urls: string[] = [];
    context.on('requestfinished', (request) => urls.push(request.url()));
    const page = await context.newPage();
    await page.goto(`${host.url}${SECTION}/`, { waitUntil: 'load' });
    const pageUrls = [...urls];
    await page.waitForTimeout(10_000);
    const page$ = pageUrls.reduce((sum, url) => sum + brotliBytesOfUrl(DIST, BASE, url), 0);
    const extra = urls.slice(pageUrls.length).filter((url) => !pageUrls.includes(url));
    const extra$ = extra.reduce((sum, url) => sum + brotliBytesOfUrl(DIST, BASE, url), 0);
    expect(page$, 'the page itself was counted').toBeGreaterThan(0);
    expect(extra$, `fetched after the page: ${extra.join(', ')}`).toBeLessThanOrEqual(ONE_PAGE_EXTRA_BUDGET);
    expect(extra.some((url) => url.endsWith('/sw.js')), 'the worker was fetched').toBe(true);
    await context.close();
  });

  it('keeps nothing at install when the browser asks to save data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(`${host.url}${SECTION}/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(true);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await cachedPaths(page)).toEqual([]);
    await context.close();
  });
});

/** Each edition as its reader meets it: its root below the base, its words, its section titles. */
const EDITIONS = LOCALES.map((locale) => {
  const segment = localeSegment(locale);
  const root = segment === '' ? BASE : `${BASE}${segment}/`;
  const titles = new Map((locale === 'uk' ? UK_SECTIONS : SECTIONS).map((section) => [section.id, section.data.title]));
  // The edition's pages: below its root, and not another edition's.
  const pages = listPages(DIST, BASE, false)
    .map(({ path }) => path)
    .filter((path) => path.startsWith(root) && !LOCALES.some((other) => localeSegment(other) !== '' && other !== locale && path.startsWith(`${BASE}${localeSegment(other)}/`)));
  return { locale, root, t: dictionaryFor(locale), titles, pages };
});

describe.each(EDITIONS)('after one visit to one section of the $locale edition', ({ root, t, titles, pages }) => {
  it('reads every page of the edition offline: kept pages as they were, the others in its /read/, each saying it is offline', async () => {
    expect(pages.length).toBeGreaterThan(SECTION_SLUGS.length);
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await visitOnce(context, `${host.origin}${root}${SECTION}/`);
    expect(await cachedPaths(page)).toContain(`${root}read/`);
    await context.setOffline(true);
    for (const path of pages) {
      const response = await page.goto(`${host.origin}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
      expect(await page.getByText(t.offline).isVisible(), path).toBe(true);
      const slug = path.slice(root.length).replace(/\/$/, '');
      if (SECTION_SLUGS.includes(slug)) {
        // A section lands on its own part of the story, in view.
        const heading = page.getByRole('heading', { level: 2, name: titles.get(slug) ?? slug });
        await expect.poll(() => heading.first().isVisible(), { message: path }).toBe(true);
      }
    }
    await context.setOffline(false);
    await page.goto(`${host.origin}${root}${SECTION}/`);
    expect(await page.getByText(t.offline).isVisible()).toBe(false);
    await context.close();
  });

  it('keeps every page of the edition and its map for offline reading when the reader asks, and not the other edition', async () => {
    const context = await browser.newContext();
    const page = await visitOnce(context, `${host.origin}${root}${SECTION}/`);
    await page.getByRole('button', { name: t.footer.keepOffline }).click();
    const kept = t.footer.kept.slice(0, t.footer.kept.indexOf('{count}'));
    await expect.poll(() => page.getByRole('status').filter({ hasText: kept }).count(), { timeout: 20_000 }).toBe(1);
    const cached = await cachedPaths(page);
    for (const path of pages) expect(cached, path).toContain(path);
    const otherPages = EDITIONS.filter((edition) => edition.root !== root).flatMap((edition) => edition.pages);
    expect(cached.filter((path) => otherPages.includes(path))).toEqual([]);
    expect(cached).toContain(`${root}map/light.svg`);
    expect(cached.some((path) => /\/og\//.test(path))).toBe(false);
    await context.close();
  });
});

describe('a new build', () => {
  it('replaces the cached page once the reader is online again', async () => {
    const section = SECTIONS[0];
    if (!section) throw new Error('content/sections/ is empty.');
    const marker = 'This sentence was added by a later build of the test.';
    const rebuilt = buildContentVariant(undefined, {
      keepOutput: true,
      edit: (contentDir) => {
        const file = join(contentDir, 'sections', `${section.id}.mdx`);
        writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${marker}\n`);
        // An added paragraph is a change to the published text: the log names it, or the build stops.
        const date = nextLogDate();
        const entry = [`date: "${date}"`, 'kind: update', 'note: "A later build of the test."', 'changes:', `  - in: ${section.id}`, `    after: ${JSON.stringify(marker)}`];
        writeFileSync(join(contentDir, 'updates', `${date}.yaml`), `${entry.join('\n')}\n`);
      },
    });
    if (!rebuilt.kept) throw new Error(`The changed build failed:\n${rebuilt.output.slice(-2000)}`);
    const port = await freePort();
    const first = await startHost(DIST, { port });
    const context = await browser.newContext();
    try {
      const page = await visitOnce(context, `${first.url}${section.id}/`);
      expect(await page.getByText(marker).count()).toBe(0);
      await first.close();
      const second = await startHost(rebuilt.kept.dist, { port });
      try {
        await page.goto(`${second.url}${section.id}/`, { waitUntil: 'load' });
        expect(await page.getByText(marker).count(), 'the network answer wins over the cache').toBe(1);
        // The new worker takes over and drops the old build's cache, so offline shows the new text too.
        await expect
          .poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 15_000 })
          .toBe(1);
        await context.setOffline(true);
        await page.goto(`${second.url}${section.id}/`);
        expect(await page.getByText(marker).count(), 'offline, the story shown is the new build’s').toBe(1);
      } finally {
        await second.close();
      }
    } finally {
      await context.close();
      await first.close();
      rebuilt.kept.remove();
    }
  });
});
