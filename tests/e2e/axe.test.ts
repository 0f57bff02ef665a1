// axe-core with the WCAG 2.2 AA tags and best practices, on the chosen pages of every kind with the site's chrome, in both colour schemes.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPages, isSiteKind } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// The pages of every kind with the site's chrome, chosen by each kind's browserSample (src/page-kinds.ts).
const PAGES = browserPages(requireDist(DIST), detectBase(DIST), isSiteKind);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;

let site: SharedSite;
beforeAll(async () => {
  site = await connectSite();
});
afterAll(async () => {
  await site?.close();
});

describe.each(SCHEMES)('in the %s colour scheme', (colorScheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // axe needs pages from browser.newContext(); reduced motion so no transition is caught half-way.
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)('finds no accessibility violation on $path', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    const isDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(isDark, 'the browser reports the colour scheme under test').toBe(colorScheme === 'dark');
    // Only violations are read; asking for one example of the other result types keeps axe quick.
    const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
    await page.close();
    const report = results.violations.flatMap((violation) =>
      violation.nodes.slice(0, 5).map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} | ${node.target.join(' ')} | ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
      ),
    );
    expect(report, `${path} in ${colorScheme}: ${results.violations.length} rule(s) violated`).toEqual([]);
  });
});
