// The byte budgets of the site, in one place. tests/site/budgets.test.ts and the map tests
// enforce them; `npm run bench` (through tests/bench/page-weight.mjs) prints the figures
// against them. All are brotli bytes at quality 11, as a host sends pre-compressed files.
// Only erasable TypeScript here: Node 24 runs this file as is from the .mjs bench scripts.
// A limit with headroom is held below the figure promised, so a small change that grows a page
// fails here before the promise is broken; the budgets test warns at 90 % of a limit.
import type { BudgetClass } from '../../src/page-kinds.ts';

/**
 * Render-blocking CSS of one page: its inline styles plus any linked style sheet. Every page
 * carries it on its first render, so it is kept well under the first-render budget: 4 KiB
 * promised, held 1 KiB under.
 */
export const CSS_BUDGET = 4 * 1024 - 1024;

/** HTML plus render-blocking CSS of one page: what the first render needs, in the first round trips. */
export const FIRST_RENDER_BUDGET = 10 * 1024;

/**
 * The first-render limit of each budget class of src/page-kinds.ts: a page a reader lands on
 * stays at least 1 KiB under the budget; a page that holds the whole story (it grows with the
 * story) is held to the budget itself; an embeddable view, for which no budget of its own is set,
 * is held to the landing page's.
 */
export const FIRST_RENDER_BY_CLASS: Readonly<Record<BudgetClass, number>> = {
  page: FIRST_RENDER_BUDGET - 1024,
  wholeStory: FIRST_RENDER_BUDGET,
  embed: FIRST_RENDER_BUDGET - 1024,
};

/** Share of a limit past which the budgets test warns (console.warn) without failing: the next change may cross it. */
export const WARN_SHARE = 0.9;

/** What a reader who opens one page and leaves downloads besides that page in its first 10 s, the offline worker included. */
export const ONE_PAGE_EXTRA_BUDGET = 15 * 1024;

/** All JavaScript of one page: a small enhancement that never blocks rendering; 2 KiB promised, held 256 B under. */
export const SCRIPT_BUDGET = 2 * 1024 - 256;

/** Each locator map file (dist/map/<scheme>.svg), fetched lazily, as an image. */
export const MAP_FILE_BUDGET = 20 * 1024;
