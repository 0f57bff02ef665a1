// The offline worker as a reader meets it, in Chromium over the site served by Cloudflare's
// runtime: what one visit downloads, Save-Data, reading offline after one visit, keeping the
// whole story on request, and a new build taking over from the old cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, listPages } from '../support/browser';
import { brotliBytesOfUrl } from '../bench/page-weight.mjs';
import { ONE_PAGE_EXTRA_BUDGET } from '../support/budgets';
import { SECTION_SLUGS, SECTIONS } from '../support/content';
import { buildContentVariant } from '../support/content-build';
import { DIST, requireDist } from '../support/dist';
import { detectBase, freePort, type HostedSite, startHost } from '../support/host';

const BASE = detectBase(requireDist(DIST));
const SECTION = SECTION_SLUGS[0] ?? '';
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let host: HostedSite;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHost(DIST);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
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

describe('after one visit to one section', () => {
  it('reads every page offline: kept pages as they were, the others in /read/, each saying it is offline', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await visitOnce(context, `${host.url}${SECTION}/`);
    expect(await cachedPaths(page)).toContain(`${BASE}read/`);
    await context.setOffline(true);
    for (const { path } of listPages(DIST, BASE, false)) {
      const response = await page.goto(`${host.origin}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
      expect(await page.getByText('You are offline.').isVisible(), path).toBe(true);
      const slug = path.slice(BASE.length).replace(/\/$/, '');
      if (SECTION_SLUGS.includes(slug)) {
        // A section lands on its own part of the story, in view.
        const section = SECTIONS.find((s) => s.id === slug);
        const heading = page.getByRole('heading', { level: 2, name: section?.data.title ?? slug });
        await expect.poll(() => heading.first().isVisible(), { message: path }).toBe(true);
      }
    }
    await context.setOffline(false);
    await page.goto(`${host.url}${SECTION}/`);
    expect(await page.getByText('You are offline.').isVisible()).toBe(false);
    await context.close();
  });

  it('keeps every page and the map for offline reading when the reader asks', async () => {
    const context = await browser.newContext();
    const page = await visitOnce(context, `${host.url}${SECTION}/`);
    await page.getByRole('button', { name: 'Keep for offline reading' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kept' }).count(), { timeout: 20_000 }).toBe(1);
    const cached = await cachedPaths(page);
    for (const { path } of listPages(DIST, BASE, false)) expect(cached, path).toContain(path);
    expect(cached).toContain(`${BASE}map/light.svg`);
    expect(cached.some((path) => path.startsWith(`${BASE}og/`))).toBe(false);
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
