// The byte budgets of the site, in one place. tests/site/budgets.test.ts and the map tests
// enforce them; `npm run bench` (through tests/bench/page-weight.mjs) prints the figures
// against them. All are brotli bytes at quality 11, as a host sends pre-compressed files.
// Only erasable TypeScript here: Node 24 runs this file as is from the .mjs bench scripts.

/**
 * Render-blocking CSS of one page: its inline styles plus any linked style sheet. Every page
 * carries it on its first render, so it is kept well under the first-render budget.
 */
export const CSS_BUDGET = 4 * 1024;

/** HTML plus render-blocking CSS of one page: what the first render needs, in the first round trips. */
export const FIRST_RENDER_BUDGET = 10 * 1024;

/** What a reader who opens one page and leaves downloads besides that page in its first 10 s, the offline worker included. */
export const ONE_PAGE_EXTRA_BUDGET = 15 * 1024;

/** All JavaScript of one page (the inline scripts and the module the loader imports): a small enhancement that never blocks rendering. */
export const SCRIPT_BUDGET = 7 * 256;

/** Each locator map file (dist/map/<scheme>.svg), fetched lazily, as an image. */
export const MAP_FILE_BUDGET = 20 * 1024;
