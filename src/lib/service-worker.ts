import { createHash } from 'node:crypto';
import { kindOfPath } from '../page-kinds';
import { EMBED_ROUTES, FILE_ROUTES, NOT_FOUND_ROUTE, PAGE_ROUTES } from '../routes';
import { builtFileToPath } from './url';

/** What the worker keeps of one edition of the site, every URL under the base. */
export interface EditionPlan {
  /** Where the edition's pages start: the base, plus its segment for a translation. */
  root: string;
  /** The edition's one-page story: offline, it stands in for any page of the edition not kept. */
  readPage: string;
  /** Kept on install, unless the reader asks to save data: the one-page story. */
  essentials: string[];
  /** Kept when the reader asks to keep the story for offline reading: every other page of the edition, its map, the shared assets. */
  everything: string[];
  /** Section slugs: offline, a section missing from the cache is read in its part of the one-page story. */
  sections: string[];
}

/** What the worker is told at build time. */
export interface WorkerPlan {
  /** Changes whenever a file the worker may cache changes, and only then. */
  version: string;
  /** The base path the site is served under. */
  base: string;
  /** Each edition by its path segment ("" for the original, "uk"): the worker keeps the one its reader uses. */
  editions: Record<string, EditionPlan>;
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

/** The edition a built file belongs to (one of `editions`, "" for the original) and its path within it. */
function splitEdition(file: string, editions: readonly string[]): { edition: string; path: string } {
  const first = firstSegment(file);
  return first !== '' && editions.includes(first) && file.includes('/') ? { edition: first, path: file.slice(first.length + 1) } : { edition: '', path: file };
}

/**
 * Plans the worker from the built files, one plan per edition (`editions` are their path segments,
 * "" for the original): what to keep at once, what on request, and which pages are sections. A file
 * of the original that an edition has no version of (scripts, the icon) is shared by every edition.
 */
export function planWorker(files: readonly string[], base: string, version: string, editions: readonly string[] = ['']): WorkerPlan {
  const url = (file: string) => `${base}${builtFileToPath(file)}`;
  const split = files.map((file) => ({ file, ...splitEdition(file, editions) })).filter(({ path }) => isCacheable(path));
  const plans = editions.map((edition): [string, EditionPlan] => {
    const prefix = edition === '' ? '' : `${edition}/`;
    const own = split.filter((entry) => entry.edition === edition);
    const ownPaths = new Set(own.map((entry) => entry.path));
    const shared = edition === '' ? [] : split.filter((entry) => entry.edition === '' && !ownPaths.has(entry.path));
    const readFile = `${prefix}${PAGE_ROUTES.read}/index.html`;
    const cacheable = [...own, ...shared].map((entry) => entry.file).sort();
    const sections = own
      .filter(({ file }) => kindOfPath(file)?.kind.id === 'section')
      .map(({ path }) => firstSegment(path))
      .sort();
    return [
      edition,
      {
        root: `${base}${prefix}`,
        readPage: url(readFile),
        essentials: cacheable.filter((file) => file === readFile).map(url),
        everything: cacheable.filter((file) => file !== readFile).map(url),
        sections,
      },
    ];
  });
  return { version, base, editions: Object.fromEntries(plans) };
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
