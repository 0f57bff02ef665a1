// The Astro blog starter beside the site: `npm run bench -- --starter`. Issue 19 asks for a first
// contentful paint at or below the starter's, which only means something measured on the same
// machine, at the same load, through the same server. So both sites are built here, served by the
// same host (wrangler, tests/support/host.ts), and Lighthouse runs over them in turn: one of ours,
// one of the starter's, and so on, so a burst of load from other work lands on both.
// The starter's source is vendored in tests/bench/starter/ (SOURCE.md says from where) and built
// with this project's node_modules.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HERE = new URL('.', import.meta.url).pathname;
/** The vendored starter. */
export const STARTER_SOURCE = join(HERE, 'starter');

/**
 * Copies the vendored starter into a temporary folder with the project's node_modules linked in,
 * so its build writes nothing into the working tree.
 * @param {string} root the project root (whose node_modules builds it)
 * @returns {string} the copy's root
 */
export function copyStarter(root) {
  if (!existsSync(join(STARTER_SOURCE, 'astro.config.mjs'))) throw new Error(`${STARTER_SOURCE} has no astro.config.mjs: the vendored starter is missing.`);
  const copy = mkdtempSync(join(tmpdir(), 'bench-starter-'));
  cpSync(STARTER_SOURCE, copy, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/**
 * The starter's pages to measure: its home page and its first blog post (sorted by folder name),
 * as the template builds them: a listing page and an article with its hero image.
 * @param {string} dist the starter's build
 * @returns {string[]} URL paths
 */
export function starterPages(dist) {
  const posts = readdirSync(join(dist, 'blog'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'blog', entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
  if (posts.length === 0) throw new Error(`${dist}/blog has no post: the starter's build changed shape.`);
  return ['/', `/blog/${posts[0]}/`];
}

/**
 * @typedef {object} SideBySideTarget
 * @property {string} site "ours" or "starter"
 * @property {string} path URL path on that site
 * @property {string} origin the site's host
 */

/**
 * Lighthouse runs in the order: each of our pages in turn, each followed by one of the starter's
 * (taken round-robin), the whole list `runs` times. Every page of ours gets `runs` runs; the starter's
 * pages share as many runs between them, and at least `runs` each.
 * @param {SideBySideTarget[]} ours
 * @param {SideBySideTarget[]} starter
 * @param {number} runs
 * @returns {SideBySideTarget[]}
 */
export function interleave(ours, starter, runs) {
  /** @type {SideBySideTarget[]} */
  const order = [];
  let next = 0;
  for (let round = 0; round < runs; round += 1) {
    for (const page of ours) {
      order.push(page);
      const other = starter[next % starter.length];
      if (other) order.push(other);
      next += 1;
    }
  }
  // With fewer pages of ours than of the starter's, the starter's are topped up to `runs` each.
  for (; next < runs * starter.length; next += 1) {
    const other = starter[next % starter.length];
    if (other) order.push(other);
  }
  return order;
}

/**
 * Gives the starter's build the Cross-Origin-Opener-Policy this site's _headers sets for every
 * path, in a _headers file of its own (the starter has none). With it, Chromium opens the page in a
 * new browsing context group and paints no empty frame before it, and Lighthouse's simulated FCP
 * then counts the page's own first paint, as it does for this site (docs/benchmark.md).
 * @param {string} ourDist this site's build
 * @param {string} starterDist the starter's build
 * @returns {string} the header line given
 */
export function giveOpenerPolicy(ourDist, starterDist) {
  const line = readFileSync(join(ourDist, '_headers'), 'utf8')
    .split('\n')
    .map((text) => text.trim())
    .find((text) => /^Cross-Origin-Opener-Policy:/i.test(text));
  if (!line) throw new Error(`${ourDist}/_headers sets no Cross-Origin-Opener-Policy to give the starter.`);
  writeFileSync(join(starterDist, '_headers'), `/*\n  ${line}\n`);
  return line;
}
