// The keyboard: the skip link comes first and lands on main; Tab reaches every control,
// and every control shows where the focus is.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { localeOfPath } from '../../src/i18n/locales';
import { browserPages, isSiteKind, waitForEnhancements } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const BASE_PATH = detectBase(requireDist(DIST));
// The pages of every kind with the site's chrome, chosen by each kind's browserSample (src/page-kinds.ts).
const PAGES = browserPages(DIST, BASE_PATH, isSiteKind);

let site: SharedSite;
let context: BrowserContext;
beforeAll(async () => {
  site = await connectSite();
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await site?.close();
});

/** What the page says about one control at a moment: its focus styles and where it is. */
interface ControlState {
  /** Position in the page's list of controls, or -1 for anything else (body, main). */
  index: number;
  /** A short description for failure messages. */
  name: string;
  outline: string;
  outlineWidth: number;
  boxShadow: string;
  inViewport: boolean;
  size: number;
}

/** Lists the page's visible controls on window and returns each one's resting state. */
function recordControls(): ControlState[] {
  const selector =
    'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
  const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) =>
    element.checkVisibility({ visibilityProperty: true }),
  );
  (window as unknown as { __controls: HTMLElement[] }).__controls = controls;
  return controls.map((element, index) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      index,
      name: `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"${element.getAttribute('href') ? ` ${element.getAttribute('href')}` : ''}`,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineWidth: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      inViewport: box.bottom > 0 && box.top < innerHeight,
      size: Math.min(box.width, box.height),
    };
  });
}

/** The state of whatever has the focus, once a smooth scroll has brought it into view (up to a second). */
async function focusedState(): Promise<ControlState> {
  const read = (): ControlState => {
    const element = document.activeElement as HTMLElement | null;
    const controls = (window as unknown as { __controls: HTMLElement[] }).__controls;
    const index = element ? controls.indexOf(element) : -1;
    if (!element || index < 0) {
      return { index: -1, name: element?.tagName.toLowerCase() ?? 'nothing', outline: '', outlineWidth: 0, boxShadow: '', inViewport: false, size: 0 };
    }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      index,
      name: '',
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineWidth: style.outlineStyle === 'none' || /rgba\(.*,\s*0\)$/.test(style.outlineColor) ? 0 : Number.parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      size: Math.min(box.width, box.height),
    };
  };
  for (let frame = 0; frame < 60; frame += 1) {
    const state = read();
    if (state.index < 0 || state.inViewport) return state;
    await new Promise((done) => requestAnimationFrame(done));
  }
  return read();
}

describe('with the keyboard', () => {
  it.each(PAGES)('focuses the skip link on the first Tab of $path, and Enter moves the focus to main', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const box = element?.getBoundingClientRect();
      return { href: element?.getAttribute('href'), text: element?.textContent?.trim(), width: box?.width ?? 0, height: box?.height ?? 0 };
    });
    expect(first.href, `${path}: the first Tab focused ${JSON.stringify(first)}`).toBe('#main');
    expect(first.text).toBe(dictionaryFor(localeOfPath(path.slice(BASE_PATH.length))).skipLink);
    expect(Math.min(first.width, first.height), 'the focused skip link is shown, not clipped to a pixel').toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('main');
    await page.close();
  });

  it.each(PAGES)('reaches every control of $path by Tab, each with a visible focus indicator', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    await waitForEnhancements(page);
    const resting = await page.evaluate(recordControls);
    const reached = new Set<number>();
    const unseen: string[] = [];
    for (let step = 0; step < resting.length + 10; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(focusedState);
      if (focused.index < 0) {
        // Past the last control the focus leaves the document; anything else here is a stray tab stop.
        if (focused.name === 'body' || focused.name === 'nothing') break;
        unseen.push(`a tab stop outside the list of controls: <${focused.name}>`);
        continue;
      }
      if (reached.has(focused.index)) break;
      reached.add(focused.index);
      const rest = resting[focused.index];
      if (!rest) continue;
      const outlineShows = focused.outlineWidth >= 1 && focused.outline !== rest.outline;
      const shadowShows = focused.boxShadow !== 'none' && focused.boxShadow !== rest.boxShadow;
      if (!outlineShows && !shadowShows) unseen.push(`${rest.name}: no focus indicator (outline "${focused.outline}", box-shadow "${focused.boxShadow}")`);
      if (!focused.inViewport || focused.size < 1) unseen.push(`${rest.name}: focused but not on screen`);
    }
    await page.close();
    const unreachable = resting.filter((control) => !reached.has(control.index)).map((control) => control.name);
    expect(resting.length, `${path} has no controls`).toBeGreaterThan(0);
    expect(unreachable, `${path}: controls Tab never reaches`).toEqual([]);
    expect(unseen, `${path}: focus problems`).toEqual([]);
  });
});
