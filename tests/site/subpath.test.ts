import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseRedirects } from '../../src/lib/redirects-file';
import { SECTION_SLUGS, UPDATES } from '../support/content';
import { isEmbedFile, isNoindex, listFiles, listHtmlFiles, pathOfHtmlFile } from '../support/dist';
import { buildVariant, fileForPath, type VariantBuild } from '../support/variant-build';

// The site as published under a sub-path of another origin, e.g. a news site's section.
const SITE_URL = 'https://news.example.com';
const BASE = '/news/explainer/';
const ROOT = `${SITE_URL}${BASE}`;

let build: VariantBuild;
let pages: { file: string; url: string; $: CheerioAPI }[];

beforeAll(async () => {
  build = await buildVariant({ siteUrl: SITE_URL, basePath: BASE });
  pages = listHtmlFiles(build.dist).map((file) => ({
    file,
    url: new URL(pathOfHtmlFile(file).slice(1), ROOT).href,
    $: load(readFileSync(join(build.dist, file), 'utf8')),
  }));
});

afterAll(() => build?.remove());

const parsed = new Map<string, CheerioAPI>();

/** Why a URL met on `from` is broken, or undefined when it resolves to a built file (and anchor). */
function problemWith(raw: string, from: string): string | undefined {
  if (/^(mailto|tel|data):/i.test(raw)) return undefined;
  const url = new URL(raw, from);
  if (url.origin !== SITE_URL) return /^https?:$/.test(url.protocol) ? undefined : `unexpected scheme in ${raw}`;
  if (!url.pathname.startsWith(BASE)) return `${raw} leaves the base ${BASE}`;
  const file = fileForPath(build.dist, BASE, url.pathname);
  if (!file) return `${raw} resolves to ${url.pathname}, which is not in the build`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && file.endsWith('.html')) {
    const target = parsed.get(file) ?? load(readFileSync(join(build.dist, file), 'utf8'));
    parsed.set(file, target);
    if (target(`[id="${id.replace(/"/g, '\\"')}"]`).length === 0) return `${raw}: ${file} has no element with id "${id}"`;
  }
  return undefined;
}

function expectAllResolve(urls: { url: string; from: string; where: string }[]): void {
  const problems = urls.flatMap(({ url, from, where }) => {
    const problem = problemWith(url, from);
    return problem ? [`${where}: ${problem}`] : [];
  });
  expect(problems).toEqual([]);
}

const xml = new XMLParser({ ignoreAttributes: false });

describe(`a build with SITE_URL=${SITE_URL} and BASE_PATH=${BASE}`, () => {
  it('resolves every href, src and srcset of every page to a file under the sub-path', () => {
    const found: { url: string; from: string; where: string }[] = [];
    for (const { file, url, $ } of pages) {
      $('[href], [src], [srcset], [data-url]').each((_, el) => {
        const element = $(el);
        for (const attribute of ['href', 'src', 'data-url']) {
          const value = element.attr(attribute);
          if (value !== undefined) found.push({ url: value, from: url, where: `${file} ${attribute}` });
        }
        for (const candidate of (element.attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0])) {
          if (candidate) found.push({ url: candidate, from: url, where: `${file} srcset` });
        }
      });
      $('style').each((_, el) => {
        for (const match of $(el).text().matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
          if (match[1]) found.push({ url: match[1], from: url, where: `${file} style url()` });
        }
      });
    }
    expect(found.length).toBeGreaterThan(pages.length * 5);
    expectAllResolve(found);
  });

  it('makes canonical, og:url and og:image absolute under the sub-path, each resolving', () => {
    const found: { url: string; from: string; where: string }[] = [];
    for (const { file, url, $ } of pages) {
      // An embeddable view has only a canonical, its full page's (tests/site/embeds.test.ts): no link preview.
      const isEmbed = isEmbedFile(file);
      const values = {
        canonical: $('link[rel="canonical"]').attr('href'),
        ...(isEmbed
          ? {}
          : {
              'og:url': $('meta[property="og:url"]').attr('content'),
              'og:image': $('meta[property="og:image"]').attr('content'),
            }),
      };
      for (const [name, value] of Object.entries(values)) {
        expect(value?.startsWith(ROOT), `${file} ${name}: ${value}`).toBe(true);
        found.push({ url: value ?? '', from: url, where: `${file} ${name}` });
      }
      if (file !== '404.html' && !isEmbed) expect(values.canonical, file).toBe(url);
    }
    expectAllResolve(found);
  });

  it('keeps every URL in the structured data under the sub-path', () => {
    const found: { url: string; from: string; where: string }[] = [];
    const collect = (value: unknown, where: string) => {
      // Every URL of this site; schema.org's own context URL is not one.
      if (typeof value === 'string' && value.startsWith(`${SITE_URL}/`)) found.push({ url: value, from: ROOT, where });
      else if (value && typeof value === 'object') Object.values(value).forEach((inner) => collect(inner, where));
    };
    for (const { file, $ } of pages) {
      $('script[type="application/ld+json"]').each((_, el) => collect(JSON.parse($(el).text()), `${file} JSON-LD`));
    }
    // Home and each section have an article; each section a breadcrumb too.
    expect(found.length).toBeGreaterThanOrEqual((1 + SECTION_SLUGS.length) * 3);
    for (const { url, where } of found) expect(url.startsWith(ROOT), `${where}: ${url}`).toBe(true);
    expectAllResolve(found);
  });

  it('links the feed channel and every item under the sub-path', () => {
    const feed = xml.parse(readFileSync(join(build.dist, 'rss.xml'), 'utf8')) as {
      rss: { channel: { link: string; item: { link: string }[] } };
    };
    expect(feed.rss.channel.link).toBe(ROOT);
    expect(feed.rss.channel.item.map((item) => item.link)).toEqual([
      ...SECTION_SLUGS.map((slug) => `${ROOT}${slug}/`),
      `${ROOT}claims/`,
      ...[...UPDATES].reverse().map((update) => `${ROOT}changes/#update-${update.date}`),
    ]);
    expectAllResolve(feed.rss.channel.item.map((item) => ({ url: item.link, from: ROOT, where: 'rss.xml' })));
  });

  it('lists sitemaps and pages under the sub-path, and robots.txt names the sitemap there', () => {
    const index = xml.parse(readFileSync(join(build.dist, 'sitemap-index.xml'), 'utf8')) as {
      sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
    };
    const sitemaps = [index.sitemapindex.sitemap].flat().map((entry) => entry.loc);
    const locs = sitemaps.flatMap((loc) => {
      const file = fileForPath(build.dist, BASE, new URL(loc).pathname) ?? '';
      const doc = xml.parse(readFileSync(join(build.dist, file), 'utf8')) as { urlset: { url: { loc: string }[] } };
      return [doc.urlset.url].flat().map((entry) => entry.loc);
    });
    // Every page but the 404 page, unreviewed translations and the embeddable views, whose folder sits right below the base.
    const embeds = pages.filter(({ file }) => isEmbedFile(file));
    expect(embeds.length).toBeGreaterThan(0);
    const indexable = pages.filter(({ file, $ }) => !isEmbedFile(file) && !isNoindex($));
    expect([...locs].sort()).toEqual(indexable.map(({ url }) => url).sort());
    for (const { url } of embeds) expect(locs).not.toContain(url);
    expectAllResolve([...sitemaps, ...locs].map((url) => ({ url, from: ROOT, where: 'sitemap' })));

    const robots = readFileSync(join(build.dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
  });

  it('writes _headers rules for paths under the sub-path, as Netlify reads them', async () => {
    const parsed = await parseAllHeaders({ headersFiles: [join(build.dist, '_headers')], configHeaders: [], minimal: false });
    expect(parsed.errors).toEqual([]);
    const rules = parsed.headers.map((rule) => rule.for);
    expect(rules).toContain(`${BASE}_astro/*`);
    expect(rules).toContain(`${BASE}*`);
    expect(rules).toContain(`${BASE}embed/*`);
    for (const rule of rules) expect(rule.startsWith(BASE), rule).toBe(true);
  });

  it('writes _redirects under the sub-path, every target a built file', () => {
    const rules = parseRedirects(readFileSync(join(build.dist, '_redirects'), 'utf8'));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.from.startsWith(BASE), rule.from).toBe(true);
    expectAllResolve(rules.map((rule) => ({ url: rule.to, from: ROOT, where: `_redirects ${rule.from}` })));
  });

  it('leaves no root-relative reference outside the base in any text file', () => {
    // A path written without the base ("/favicon.svg") would break only under a sub-path.
    const leaks = listFiles(build.dist)
      .filter((file) => /\.(html|xml|txt|js|css|json|webmanifest)$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(join(build.dist, file), 'utf8');
        return [...text.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)]
          .map((match) => match[1] ?? '')
          .filter((path) => !path.startsWith(BASE) && !path.startsWith('//'))
          .map((path) => `${file}: ${path}`);
      });
    expect(leaks).toEqual([]);
  });
});
