// A living story as a returning reader meets it, in Chromium over Cloudflare's runtime: they
// read a page of the site as published (dist/), the story is updated (a build with
// tests/fixtures/good/living-story: one changed paragraph, a corrected date, a denied claim)
// and served at the same origin, and they come back. The changed paragraph is marked, the
// others are not, the summary counts right, and the offline worker hands over to the new
// version. Then the updated build itself: its markers without JavaScript, axe, and 320 px.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor, fill } from '../../src/i18n/dictionary';
import { formatDisplayDate } from '../../src/lib/dates';
import { connectBrowser } from '../support/shared-site';
import { buildContentVariant } from '../support/content-build';
import { DIST, requireDist } from '../support/dist';
import { freePort, type HostedSite, startHost } from '../support/host';

const FIXTURE = 'good/living-story';
/** The section whose first paragraph the fixture changes (and whose timeline has the corrected event). */
const SECTION = 'relationships';
const CHANGED = `${SECTION}-p1`;
/** The fixture's entry: its date, and words that only the new version of the paragraph has. */
const ENTRY_DATE = '2025-08-20';
const NEW_WORDS = 'since a heated exchange on 28 February';
/** What the script says, in the original's words (src/i18n/en.ts). */
const WORDS = dictionaryFor('en').changes.sinceVisit;
const summary = (when: string, changed: number, added: number) =>
  fill(WORDS.summary, { when, changed, added });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

requireDist(DIST);
let browser: Browser;
let updated: { dist: string; remove: () => void };

beforeAll(async () => {
  const result = buildContentVariant(FIXTURE, { keepOutput: true });
  if (!result.kept) throw new Error(`The build of ${FIXTURE} failed:\n${result.output.slice(-3000)}`);
  updated = result.kept;
  browser = await connectBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  updated?.remove();
});

/** Errors and CSP (Trusted Types) violations a page reports, gathered from its first line. */
async function watchErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.sample}`));
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []))];
}

describe('a reader who comes back after an update', () => {
  it('sees the changed paragraph marked, the others not, a summary that counts right, and the new version from the worker once online', async () => {
    const port = await freePort();
    const published = await startHost(DIST, { port });
    const context = await browser.newContext();
    let second: HostedSite | undefined;
    try {
      const page = await context.newPage();
      const errorsOf = await watchErrors(page);
      const visited = new Date();
      await page.goto(`${published.url}${SECTION}/`, { waitUntil: 'load' });
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // A first visit has nothing to compare with: no mark, an empty status.
      expect(await page.locator('[data-since]').count()).toBe(0);
      expect(await page.locator('since-visit [role="status"]').textContent()).toBe('');
      expect(await page.locator(`#${CHANGED}`).textContent()).not.toContain(NEW_WORDS);
      await published.close();

      second = await startHost(updated.dist, { port });
      await page.goto(`${second.url}${SECTION}/`, { waitUntil: 'load' });
      expect(await page.locator(`#${CHANGED}`).textContent(), 'the network answer wins over the cache').toContain(NEW_WORDS);

      // The mark is the paragraph's ::before, from data-since (global.css), shown after the first paint.
      const changedMark = page.locator(`#${CHANGED}[data-since="${WORDS.changedMark}"]`);
      await expect.poll(() => changedMark.count()).toBe(1);
      expect(await changedMark.evaluate((paragraph) => getComputedStyle(paragraph, '::before').content)).toBe(`"${WORDS.changedMark}"`);
      const paragraphs = await page.locator('p[data-print]').count();
      expect(paragraphs, 'the section has unchanged paragraphs to compare').toBeGreaterThan(1);
      expect(await page.locator('[data-since]').count(), 'only the changed paragraph is marked').toBe(1);

      const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' }).format(visited);
      // Found by its role: a status is a polite live region.
      const status = page.getByRole('status').filter({ hasText: summary(when, 1, 0) });
      expect(await status.textContent()).toBe(summary(when, 1, 0));
      expect(await status.getByRole('link', { name: summary(when, 1, 0) }).getAttribute('href')).toBe('/changes/');
      // The marker of the correction itself is in the HTML, with or without the script.
      expect(await page.locator(`#${CHANGED} .change-mark`).textContent()).toBe(`Corrected ${formatDisplayDate(ENTRY_DATE)}`);
      expect(await errorsOf(), 'no error and no Trusted Types violation').toEqual([]);
      const axe = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
      expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), 'axe, with the marks and the summary shown').toEqual([]);

      // Seen now: a second look at the same version has nothing new to say.
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('since-visit') !== undefined);
      expect(await page.locator('[data-since]').count()).toBe(0);
      expect(await page.locator('since-visit [role="status"]').textContent()).toBe('');

      // The new worker takes over and drops the old build's cache, so offline shows the new text too.
      await expect.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 15_000 }).toBe(1);
      await context.setOffline(true);
      await page.goto(`${second.url}${SECTION}/`);
      expect(await page.getByText('You are offline.').isVisible()).toBe(true);
      expect(await page.locator(`#${CHANGED}`).textContent(), 'offline, the story shown is the new build’s').toContain(NEW_WORDS);
    } finally {
      await context.close();
      await published.close();
      await second?.close();
    }
  });

  it('counts new paragraphs apart from changed ones, keeps nothing but fingerprints, on this device only, and survives a corrupt entry', async () => {
    const host = await startHost(updated.dist);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // A visit that saw the first paragraph in other words and one paragraph fewer.
      await page.goto(`${host.url}${SECTION}/`, { waitUntil: 'load' });
      // The page script, which keeps the visit, comes after the first paint.
      await page.waitForFunction(() => customElements.get('since-visit') !== undefined);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(`seen:${location.pathname}`) ?? 'null') as { t: number; p: Record<string, string> });
      expect(Object.keys(stored.p).sort()).toEqual(await page.locator('p[data-print]').evaluateAll((ps) => ps.map((p) => p.id).sort()));
      expect(Object.values(stored.p).every((print) => /^[A-Za-z0-9_-]{4}$/.test(print))).toBe(true);
      expect(await context.cookies(), 'no cookie').toEqual([]);
      const last = Object.keys(stored.p).at(-1) ?? '';
      const earlier: { t: number; p: Record<string, string> } = { t: Date.UTC(2025, 7, 17, 12), p: { ...stored.p, [CHANGED]: 'xxxx' } };
      delete earlier.p[last];
      await page.evaluate((seen) => localStorage.setItem(`seen:${location.pathname}`, JSON.stringify(seen)), earlier);
      await page.reload({ waitUntil: 'load' });
      // The page script comes after the first paint; the marks are each paragraph's ::before, from data-since.
      await expect.poll(() => page.locator(`#${CHANGED}`).getAttribute('data-since')).toBe(WORDS.changedMark);
      expect(await page.locator(`#${last}`).getAttribute('data-since')).toBe(WORDS.newMark);
      expect(await page.locator('[data-since]').count()).toBe(2);
      expect(await page.locator('since-visit [role="status"]').textContent()).toBe(summary('17 August', 1, 1));
      expect(await page.locator('since-visit [role="status"]').evaluate((status) => status.matches(':popover-open'))).toBe(true);
      // A corrupt entry is not read as a visit, and this visit replaces it.
      await page.evaluate(() => localStorage.setItem(`seen:${location.pathname}`, '{not json'));
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('since-visit') !== undefined);
      expect(await page.locator('[data-since]').count()).toBe(0);
      expect(await page.evaluate(() => Object.keys((JSON.parse(localStorage.getItem(`seen:${location.pathname}`) ?? '{}') as { p?: object }).p ?? {}).length)).toBe(
        await page.locator('p[data-print]').count(),
      );
    } finally {
      await context.close();
      await host.close();
    }
  });
});

describe(`the updated build (${FIXTURE})`, () => {
  let host: HostedSite;
  beforeAll(async () => {
    host = await startHost(updated.dist);
  });
  afterAll(async () => {
    await host?.close();
  });

  it('shows the correction note and the passage marker without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}${SECTION}/`, { waitUntil: 'load' });
      const note = page.locator('main .change-note');
      expect(await note.isVisible()).toBe(true);
      expect(await note.getByRole('link', { name: /See what changed/ }).getAttribute('href')).toBe(`/changes/#update-${ENTRY_DATE}`);
      const mark = page.getByRole('link', { name: `Corrected ${formatDisplayDate(ENTRY_DATE)}` });
      expect(await mark.count(), 'the paragraph and the corrected event').toBe(2);
      for (const one of await mark.all()) expect(await one.isVisible()).toBe(true);
      await page.goto(`${host.url}changes/`, { waitUntil: 'load' });
      expect(await page.locator('del').first().isVisible()).toBe(true);
      expect(await page.locator('ins').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  for (const path of ['changes/', `${SECTION}/`, 'timeline/', `claims/reports-peace-offer/`]) {
    it(`finds no accessibility violation on /${path} in either colour scheme, and no sideways scroll at 320 px`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${host.url}${path}`, { waitUntil: 'load' });
        const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
        await context.close();
        const report = results.violations.flatMap((violation) => violation.nodes.slice(0, 5).map((node) => `${violation.id}: ${violation.help} | ${node.target.join(' ')}`));
        expect(report, `/${path} in ${colorScheme}`).toEqual([]);
      }
      const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await narrow.newPage();
      await page.goto(`${host.url}${path}`, { waitUntil: 'load' });
      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      await narrow.close();
      expect(width.scroll, `/${path} at 320 px`).toBeLessThanOrEqual(width.client);
    });
  }
});
