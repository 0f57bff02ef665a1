// Reading in a real browser: a claim's mark never starts a line or stands before its stop, and no
// margin note runs off the page, at four screen widths, on every page with claims in both editions; copying the paragraph
// with the most margin notes gives its words only.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindOfPath } from '../../src/page-kinds';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, isEmbedFile, listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

const dist = requireDist(DIST);
const BASE = detectBase(dist);
const WIDTHS = [320, 768, 1280, 1920] as const;
const PAGES = listHtmlFiles(dist)
  .filter((file) => !isEmbedFile(file))
  .map((file) => {
    const $ = loadPage(file, dist);
    const path = pathOfHtmlFile(file);
    return { path: `${BASE}${path.slice(1)}`, locale: kindOfPath(path.slice(1))?.locale, $, marks: $('main .claim-mark').length };
  });

/** Every page with claim marks, both editions: the story pages with margin notes, and /read/, the page with the most. */
const WITH_MARKS = PAGES.filter((page) => page.marks > 0);

/** The paragraph of the whole site with the most margin notes and marks, and its page. */
const MOST_NOTES = PAGES.flatMap(({ path, $ }) =>
  $('main p[id]')
    .map((_, p) => ({ path, id: $(p).attr('id') ?? '', notes: $(p).find('.claim-note, .mention-note, .claim-mark').length }))
    .get(),
).reduce((best, paragraph) => (paragraph.notes > best.notes ? paragraph : best));

let site: SharedSite;
beforeAll(async () => {
  site = await connectSite();
});
afterAll(async () => {
  await site?.close();
});

describe.each(WITH_MARKS)('claim marks on $path ($marks of them)', ({ path, marks }) => {
  it.each(WIDTHS)('at %i px, each stands after any stop on the line of the word before it, and every margin note shown stays on the page', async (width) => {
    expect(marks).toBeGreaterThan(0);
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(site.urlOf(path), { waitUntil: 'load' });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        for (const mark of document.querySelectorAll<HTMLElement>('main .claim-mark')) {
          // The last letter or digit before the mark, past any stop or quote: the word the mark and stop must stay with.
          const walker = document.createTreeWalker(mark.closest('p, li, blockquote') ?? document.body, NodeFilter.SHOW_TEXT);
          const preceding: Text[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (mark.contains(node) || !(node.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
            if ((node.parentElement?.closest('.claim-note, .mention-note') ?? null) !== null) continue;
            preceding.push(node as Text);
          }
          let before: Text | undefined;
          let at = -1;
          for (const text of preceding.reverse()) {
            at = (text.textContent ?? '').search(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u);
            if (at >= 0) {
              before = text;
              break;
            }
          }
          if (!before) continue;
          const range = document.createRange();
          range.setStart(before, at);
          range.setEnd(before, at + 1);
          const char = range.getBoundingClientRect();
          const box = mark.getBoundingClientRect();
          const label = `${mark.textContent?.trim()} after “${(before.textContent ?? '').slice(Math.max(0, at - 11), at + 1)}”`;
          // Same line: the boxes overlap vertically, and the mark is to the right of the character.
          if (!(box.top < char.bottom && box.bottom > char.top && box.left >= char.right - 1)) {
            found.push(`${label}: mark at ${Math.round(box.left)},${Math.round(box.top)}, character at ${Math.round(char.left)},${Math.round(char.top)}`);
          }
          const next = mark.nextElementSibling?.classList.contains('claim-note') ? mark.nextElementSibling.nextSibling : mark.nextSibling;
          if (/^[.,;:!?…]/.test(next?.textContent ?? '')) found.push(`${label}: a stop follows the mark`);
        }
        // A claim's note is in the margin on a wide screen and clipped to nothing (read out with its mark) on a narrower one.
        const wide = matchMedia('(min-width: 80rem)').matches;
        for (const note of document.querySelectorAll<HTMLElement>('main .claim-note')) {
          const width = note.getBoundingClientRect().width;
          if (wide ? width <= 1 : width > 1) found.push(`claim note “${(note.textContent ?? '').trim().slice(0, 30)}…” is ${width}px wide on a ${wide ? 'wide' : 'narrow'} screen`);
          if (!note.closest('.claim-mark a')) found.push(`claim note “${(note.textContent ?? '').trim().slice(0, 30)}…” is not part of its mark's link`);
        }
        // A margin note shown wraps inside its box on the page (a note inherits nothing that keeps it on one line).
        for (const note of document.querySelectorAll<HTMLElement>('main .claim-note, main .mention-note')) {
          const box = note.getBoundingClientRect();
          if (box.width <= 1) continue;
          if (box.right > document.documentElement.clientWidth + 0.5 || box.left < -0.5 || note.scrollWidth > note.clientWidth + 1) {
            found.push(`margin note “${(note.textContent ?? '').trim().slice(0, 30)}…” runs past its box or the page's edge (box ${Math.round(box.left)}–${Math.round(box.right)} px, text ${note.scrollWidth} px wide in ${note.clientWidth})`);
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe(`copying the paragraph with the most notes (#${MOST_NOTES.id} on ${MOST_NOTES.path}, ${MOST_NOTES.notes})`, () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.urlOf('/')).origin });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('gives its words only, without marks or margin notes', async () => {
    expect(MOST_NOTES.notes).toBeGreaterThan(0);
    const page = await context.newPage();
    await page.goto(site.urlOf(MOST_NOTES.path), { waitUntil: 'load' });
    const { selected, copied, words, notesShown } = await page.evaluate(async (id) => {
      const paragraph = document.getElementById(id)!;
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.claim-note, .mention-note, .claim-mark, .change-mark').forEach((note) => note.remove());
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.execCommand('copy');
      const notes = [...paragraph.querySelectorAll('.claim-note, .mention-note')];
      return {
        selected: selection.toString(),
        copied: await navigator.clipboard.readText(),
        words: copy.textContent ?? '',
        notesShown: notes.filter((note) => getComputedStyle(note).display !== 'none').length,
      };
    }, MOST_NOTES.id);
    const collapse = (text: string) => text.replace(/[\s\u2060]+/g, ' ').trim();
    // At this width the notes are in the margin, on screen: the case where they could be copied.
    expect(notesShown).toBeGreaterThan(0);
    expect(collapse(selected)).toBe(collapse(words));
    expect(collapse(copied)).toBe(collapse(words));
  });
});
