import { createHash } from 'node:crypto';
import { EMBED_ROUTES, FILE_ROUTES, NOT_FOUND_ROUTE, PAGE_ROUTES } from '../routes';
import { builtFileToPath } from './url';

/** What the worker is told at build time, every URL under the base. */
export interface WorkerPlan {
  /** Changes whenever a file the worker may cache changes, and only then. */
  version: string;
  /** The base path the site is served under. */
  base: string;
  /** The one-page story's URL: offline, it stands in for any page not kept. */
  readPage: string;
  /** Kept on install, unless the reader asks to save data: the one-page story, which stands in for any page offline. */
  essentials: string[];
  /** Kept when the reader asks to keep the story for offline reading: every other page and the map. */
  everything: string[];
  /** Section slugs: offline, a section missing from the cache is read in its part of /read/. */
  sections: string[];
}

/**
 * Files never cached: social cards, the worker itself, host configuration, files for crawlers,
 * and the embeddable views, which are read inside other sites' pages, where the browser keeps
 * this site's worker and caches apart (storage partitioned by the top site): nothing kept for
 * the reader of the full site would ever serve them.
 */
const NEVER_CACHED = new Set<string>([
  FILE_ROUTES.socialCards,
  FILE_ROUTES.worker,
  FILE_ROUTES.feed,
  FILE_ROUTES.robots,
  EMBED_ROUTES.root,
  '_headers',
  '_redirects',
]);

/** The first path segment of a built file ("territory/index.html" is "territory"). */
function firstSegment(file: string): string {
  return file.split('/')[0] ?? file;
}

/** True for a built file the worker may keep: pages and what they load, not cards, the worker, host or crawler files, embeds, nor the not-found page (offline, /read/ stands in for any page). */
export function isCacheable(file: string): boolean {
  return !NEVER_CACHED.has(firstSegment(file)) && !/^sitemap.*\.xml$/.test(file) && file !== `${NOT_FOUND_ROUTE}.html`;
}

/** Plans the worker from the built files: what to keep at once, what on request, and which pages are sections. */
export function planWorker(files: readonly string[], base: string, version: string): WorkerPlan {
  const url = (file: string) => `${base}${builtFileToPath(file)}`;
  const cacheable = files.filter(isCacheable).sort();
  const essentialFiles = new Set([`${PAGE_ROUTES.read}/index.html`]);
  const fixedSegments = new Set<string>(Object.values(PAGE_ROUTES));
  const sections = cacheable
    .filter((file) => /^[^/]+\/index\.html$/.test(file) && !fixedSegments.has(firstSegment(file)))
    .map(firstSegment);
  return {
    version,
    base,
    readPage: url(`${PAGE_ROUTES.read}/index.html`),
    essentials: cacheable.filter((file) => essentialFiles.has(file)).map(url),
    everything: cacheable.filter((file) => !essentialFiles.has(file)).map(url),
    sections,
  };
}

/** A version that changes whenever any cached file changes, and only then (builds stay reproducible). */
export function computeCacheVersion(contents: readonly { file: string; data: Buffer | string }[]): string {
  const hash = createHash('sha256');
  for (const { file, data } of [...contents].sort((a, b) => a.file.localeCompare(b.file))) {
    hash.update(file).update('\0').update(data).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Fills the worker template's one placeholder with the plan; throws when the template has lost it. */
export function renderServiceWorker(template: string, plan: WorkerPlan): string {
  const placeholder = "'__PLAN__'";
  if (!template.includes(placeholder)) throw new Error(`The worker template has no ${placeholder} placeholder.`);
  return template.replace(placeholder, JSON.stringify(plan));
}
