import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathToBuiltFile } from '../../src/lib/url';
import { DIST, isEmbedFile, listFiles, listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';

// Every link a crawler can follow from the built pages must land on a file in dist/,
// and every #anchor on an element of the target page. Paths are resolved the way a
// static host serves them: below the base path, "/x/" is x/index.html.

interface Page {
  file: string;
  /** Absolute URL the page is served at, base path included. */
  url: URL;
  $: CheerioAPI;
}

/** One link found in the build, and where. */
interface FoundLink {
  /** The page (or XML file) it is on. */
  from: string;
  /** Which attribute or field it came from, for messages. */
  kind: string;
  /** The value as written. */
  value: string;
}

let pages: Page[] = [];
let origin = '';
let base = '/';
const idsByFile = new Map<string, Set<string>>();

/** The dist/ file a same-origin URL path is served from, or an explanation of why there is none. */
function resolvePath(pathname: string): { file: string } | { error: string } {
  if (!pathname.startsWith(base)) return { error: `is outside the base path ${base}` };
  const below = decodeURIComponent(pathname.slice(base.length));
  const file = pathToBuiltFile(below);
  const full = join(DIST, file);
  if (existsSync(full) && statSync(full).isFile()) return { file };
  if (existsSync(join(DIST, pathToBuiltFile(`${below}/`)))) return { error: `is a page written without its trailing slash (use ${pathname}/)` };
  return { error: `has no file ${file} in dist/` };
}

function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    const $ = loadPage(file);
    ids = new Set([
      ...$('[id]')
        .map((_, el) => $(el).attr('id'))
        .get(),
      ...$('a[name]')
        .map((_, el) => $(el).attr('name'))
        .get(),
    ]);
    idsByFile.set(file, ids);
  }
  return ids;
}

/** Checks one link; returns undefined when it resolves, or what is wrong. Foreign links are not checked. */
function checkLink(link: FoundLink, pageUrl: URL): string | undefined | 'external' {
  const raw = link.value.trim();
  if (raw === '') return 'is empty';
  if (raw === '#') return 'is a bare "#", which goes nowhere';
  const url = new URL(raw, pageUrl);
  if (url.origin !== origin) return 'external';
  if (url.search !== '') return `has a query string, which a static host ignores`;
  const target = resolvePath(url.pathname);
  if ('error' in target) return target.error;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor !== '') {
    if (!target.file.endsWith('.html')) return `has an anchor on ${target.file}, which is not a page`;
    if (!idsOf(target.file).has(anchor)) return `points at #${anchor}, but ${target.file} has no element with that id`;
  }
  return undefined;
}

/** The URLs of a srcset attribute, without their width or density descriptors. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** Every string in a JSON value that starts with the site origin. */
function originUrlsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(origin) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(originUrlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(originUrlsIn);
  return [];
}

function linksOn(page: Page): FoundLink[] {
  const { $, file } = page;
  const found: FoundLink[] = [];
  const add = (kind: string, value: string | undefined) => {
    if (value !== undefined) found.push({ from: file, kind, value });
  };
  $('a[href], area[href]').each((_, el) => add(`<${el.tagName} href>`, $(el).attr('href')));
  $('link[href]').each((_, el) => add(`<link rel="${$(el).attr('rel')}">`, $(el).attr('href')));
  $('[src]').each((_, el) => add(`<${el.tagName} src>`, $(el).attr('src')));
  $('[srcset]').each((_, el) => {
    for (const url of srcsetUrls($(el).attr('srcset') ?? '')) add(`<${el.tagName} srcset>`, url);
  });
  $('[poster]').each((_, el) => add(`<${el.tagName} poster>`, $(el).attr('poster')));
  $('form[action]').each((_, el) => add('<form action>', $(el).attr('action')));
  $('meta[content]').each((_, el) => {
    const content = $(el).attr('content') ?? '';
    const name = $(el).attr('property') ?? $(el).attr('name') ?? 'meta';
    if (content.startsWith(origin)) add(`<meta ${name}>`, content);
  });
  $('[data-url]').each((_, el) => add(`<${el.tagName} data-url>`, $(el).attr('data-url')));
  $('script[type="application/ld+json"]').each((_, el) => {
    for (const url of originUrlsIn(JSON.parse($(el).text()))) add('JSON-LD', url);
  });
  return found;
}

beforeAll(() => {
  requireDist();
  const home = loadPage('index.html');
  const canonical = home('link[rel="canonical"]').attr('href');
  if (!canonical) throw new Error('The home page has no canonical link to read the site origin and base from.');
  origin = new URL(canonical).origin;
  base = new URL(canonical).pathname;
  pages = listHtmlFiles().map((file) => ({
    file,
    url: new URL(`${base}${pathOfHtmlFile(file).slice(1)}`, origin),
    $: loadPage(file),
  }));
});

describe(`links in ${DIST}`, () => {
  it('resolves every internal href, src, srcset and same-origin URL on every page to a file, and every anchor to an id', () => {
    const broken: string[] = [];
    let internal = 0;
    let anchors = 0;
    let external = 0;
    for (const page of pages) {
      for (const link of linksOn(page)) {
        const problem = checkLink(link, page.url);
        if (problem === 'external') {
          external += 1;
          continue;
        }
        internal += 1;
        if (new URL(link.value, page.url).hash !== '') anchors += 1;
        if (problem) broken.push(`${link.from}: ${link.kind} "${link.value}" ${problem}`);
      }
    }
    console.info(
      `links.test: checked ${internal} internal links (${anchors} with an anchor) on ${pages.length} pages; ${external} external links not followed.`,
    );
    expect(broken).toEqual([]);
    expect(internal).toBeGreaterThan(pages.length * 10);
    expect(anchors).toBeGreaterThan(0);
  });

  it('points every canonical link back at the page it is on', () => {
    // An embeddable view names its full page instead (tests/site/embeds.test.ts).
    for (const page of pages.filter((p) => !isEmbedFile(p.file))) {
      const canonical = page.$('link[rel="canonical"]').attr('href');
      expect(canonical, page.file).toBeDefined();
      const url = new URL(canonical ?? '', origin);
      expect(url.origin, page.file).toBe(origin);
      const target = resolvePath(url.pathname);
      expect(target, page.file).toEqual({ file: page.file });
    }
  });

  it('resolves every same-page id reference (aria-labelledby, aria-describedby, aria-controls, for, popovertarget)', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const { file, $ } of pages) {
      const ids = idsOf(file);
      for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'popovertarget', 'list']) {
        $(`[${attribute}]`).each((_, el) => {
          for (const id of ($(el).attr(attribute) ?? '').split(/\s+/).filter(Boolean)) {
            checked += 1;
            const tag = String($(el).prop('tagName') ?? '').toLowerCase();
            if (!ids.has(id)) broken.push(`${file}: <${tag} ${attribute}="${id}"> has no element with that id`);
          }
        });
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('has no id twice on a page, so every anchor is unambiguous', () => {
    for (const { file, $ } of pages) {
      const ids = $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get();
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(repeated, file).toEqual([]);
    }
  });

  it('maps every URL in the sitemaps back to a file in dist/', () => {
    const sitemaps = listFiles().filter((file) => /^sitemap.*\.xml$/.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    const broken: string[] = [];
    let checked = 0;
    for (const file of sitemaps) {
      const $ = load(readFileSync(join(DIST, file), 'utf8'), { xml: true });
      $('loc').each((_, loc) => {
        const value = $(loc).text().trim();
        checked += 1;
        const url = new URL(value);
        if (url.origin !== origin) {
          broken.push(`${file}: ${value} is not on ${origin}`);
          return;
        }
        const target = resolvePath(url.pathname);
        if ('error' in target) broken.push(`${file}: ${value} ${target.error}`);
      });
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
