// Reader tools in a real browser: who's-who popovers (with and without JavaScript,
// keyboard, Escape), glossary anchors and the colour-scheme switch without a flash.
// Offline reading has its own file, tests/e2e/offline.test.ts.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForEnhancements } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const BASE = detectBase(requireDist(DIST));
const COALITION = `${BASE}coalition/`;
// Paper colours of the two schemes (src/styles/global.css).
const LIGHT_PAPER = 'rgb(253, 252, 249)';
const DARK_PAPER = 'rgb(21, 21, 20)';

let site: SharedSite;
beforeAll(async () => {
  site = await connectSite();
});
afterAll(async () => {
  await site?.close();
});

async function isOpen(page: Page, cardId: string): Promise<boolean> {
  return page.evaluate((id) => document.getElementById(id)?.matches(':popover-open') ?? false, cardId);
}

describe('who’s-who popovers', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`open a card from the first mention and close with Escape (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(site.urlOf(COALITION));
      const mention = page.getByRole('button', { name: 'Mark Rutte', exact: true });
      await mention.click();
      const card = page.getByRole('dialog', { name: 'Mark Rutte' });
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toContain('Secretary-General of NATO');
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page, 'card-mark-rutte')).toBe(false);
      await context.close();
    });
  }

  it('works from the keyboard: Enter opens, Tab reaches the card’s links, Escape returns focus', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.urlOf(COALITION));
    await page.getByRole('button', { name: 'Keir Starmer', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page, 'card-keir-starmer')).toBe(true);
    await page.keyboard.press('Tab');
    const focusedInCard = await page.evaluate(
      () => document.activeElement?.closest('[popover]')?.id ?? document.activeElement?.tagName,
    );
    expect(focusedInCard).toBe('card-keir-starmer');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, 'card-keir-starmer')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keir Starmer');
    await context.close();
  });

  it('exposes the first mention as a collapsed, then expanded, button in Chromium’s accessibility tree', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.urlOf(COALITION));
    const cdp = await context.newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
    const expandedState = async () => {
      const { nodes } = (await cdp.send('Accessibility.queryAXTree', {
        nodeId: root.nodeId,
        accessibleName: 'Emmanuel Macron',
        role: 'button',
      })) as { nodes: { properties?: { name: string; value: { value: unknown } }[] }[] };
      expect(nodes).toHaveLength(1);
      return nodes[0]?.properties?.find((property) => property.name === 'expanded')?.value.value;
    };
    expect(await expandedState()).toBe(false);
    await page.getByRole('button', { name: 'Emmanuel Macron', exact: true }).click();
    await expect.poll(expandedState).toBe(true);
    await context.close();
  });

  it('turns mentions into glossary links where the Popover API is missing', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      delete (HTMLElement.prototype as { popover?: unknown }).popover;
    });
    const page = await context.newPage();
    await page.goto(site.urlOf(COALITION));
    const link = page.getByRole('link', { name: 'Mark Rutte', exact: true });
    expect(await link.getAttribute('href')).toBe(`${BASE}glossary/#mark-rutte`);
    await context.close();
  });
});

describe('the glossary', () => {
  it('opens a shared entry anchor in view and highlighted', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(site.urlOf(`${BASE}glossary/#article-5`));
    const entry = page.locator('#article-5');
    expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await entry.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 1000).toBeLessThan(640);
    expect(await entry.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });
});

describe('the colour-scheme switch', () => {
  let context: BrowserContext;
  // A fresh context for each attempt: a stored choice left by a failed attempt would change the next one.
  beforeEach(async () => {
    // The system says light, so any flash would show the light paper.
    context = await site.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as { firstFrame?: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
  });
  afterEach(async () => {
    await context?.close();
  });

  it('is hidden without JavaScript, where the system setting applies', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await noJs.newPage();
    await page.goto(site.urlOf(BASE));
    expect(await page.getByRole('combobox', { name: 'Colours' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK_PAPER);
    await noJs.close();
  });

  it('applies a stored choice on the first frame of the next page, with no flash', async () => {
    const page = await context.newPage();
    await page.goto(site.urlOf(BASE));
    expect(await page.evaluate(() => (window as { firstFrame?: string }).firstFrame)).toBe(LIGHT_PAPER);
    // The control works once the page script, loaded after the first paint, has run; the first frame needs no script.
    await waitForEnhancements(page);
    await page.getByLabel('Colours').selectOption('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK_PAPER);
    await page.goto(site.urlOf(COALITION));
    await page.waitForFunction(() => (window as { firstFrame?: string }).firstFrame !== undefined);
    expect(await page.evaluate(() => (window as { firstFrame?: string }).firstFrame)).toBe(DARK_PAPER);
    await waitForEnhancements(page);
    expect(await page.getByLabel('Colours').inputValue()).toBe('dark');
    await page.getByLabel('Colours').selectOption('system');
    await page.reload();
    await page.waitForFunction(() => (window as { firstFrame?: string }).firstFrame !== undefined);
    expect(await page.evaluate(() => (window as { firstFrame?: string }).firstFrame)).toBe(LIGHT_PAPER);
    await page.close();
  });
});
