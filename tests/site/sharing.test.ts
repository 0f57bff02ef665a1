import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { localeSegment } from '../../src/i18n/locales';
import { OPENING, SECTION_SLUGS } from '../support/content';
import { editionOfFile, isEmbedFile, isNoindex, listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { fileForPath } from '../support/variant-build';

const dist = requireDist();
// The site's own pages, every edition: embeddable views are no link previews and no sitemap entries (tests/site/embeds.test.ts).
const pages = listHtmlFiles(dist)
  .filter((file) => !isEmbedFile(file))
  .map((file) => ({ file, path: pathOfHtmlFile(file), $: loadPage(file, dist) }));
/** The path segment of a file's edition, with its slash ("" for the original, "uk/"). */
const editionPrefix = (file: string) => (localeSegment(editionOfFile(file)) === '' ? '' : `${localeSegment(editionOfFile(file))}/`);
const NOT_FOUND = '404.html';

function meta($: CheerioAPI, key: string): string {
  return $(`meta[property="${key}"], meta[name="${key}"]`).attr('content') ?? '';
}

function canonicalOf($: CheerioAPI): string {
  return $('link[rel="canonical"]').attr('href') ?? '';
}

function pageAt(file: string) {
  const page = pages.find((p) => p.file === file);
  if (!page) throw new Error(`${file} is not in ${dist}.`);
  return page;
}

// The site root as this build was told it (SITE_URL + BASE_PATH): the home page's canonical.
const ROOT_URL = new URL(canonicalOf(pageAt('index.html').$));
const BASE = ROOT_URL.pathname;
const rootHref = ROOT_URL.href;

/** The file a URL of this site is served from, or undefined when it is off-site or missing. */
function fileForUrl(url: string): string | undefined {
  const parsed = new URL(url, rootHref);
  if (parsed.origin !== ROOT_URL.origin) return undefined;
  return fileForPath(dist, BASE, parsed.pathname);
}

function jsonLdOf($: CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
}

const xml = new XMLParser({ ignoreAttributes: false });

describe('head meta on every page', () => {
  it('builds the 404 page and every section page', () => {
    const files = pages.map((p) => p.file);
    expect(files).toContain(NOT_FOUND);
    for (const slug of SECTION_SLUGS) expect(files).toContain(`${slug}/index.html`);
  });

  it('gives every page its own title and description', () => {
    const titles = pages.map((p) => p.$('head > title').text().trim());
    const descriptions = pages.map((p) => meta(p.$, 'description'));
    for (const value of [...titles, ...descriptions]) expect(value.length).toBeGreaterThan(0);
    expect(new Set(titles).size, titles.join('\n')).toBe(pages.length);
    expect(new Set(descriptions).size, descriptions.join('\n')).toBe(pages.length);
  });

  it('gives every page an absolute canonical that is its own address, and the same og:url', () => {
    for (const { file, path, $ } of pages) {
      const canonical = canonicalOf($);
      expect(canonical, file).toMatch(/^https?:\/\//);
      expect(canonical, file).toBe(new URL(path.slice(1), rootHref).href);
      expect(fileForUrl(canonical), file).toBe(file);
      expect(meta($, 'og:url'), file).toBe(canonical);
    }
  });

  it('describes every page as an article with title, description and site name for link previews', () => {
    for (const { file, $ } of pages) {
      expect(meta($, 'og:type'), file).toBe('article');
      expect(meta($, 'og:site_name'), file).toBe(dictionaryFor(editionOfFile(file)).siteTitle);
      expect(meta($, 'og:title').length, file).toBeGreaterThan(0);
      expect(meta($, 'og:description'), file).toBe(meta($, 'description'));
      expect(meta($, 'twitter:card'), file).toBe('summary_large_image');
      // X falls back to og:title, og:description and og:image; the page does not repeat them.
      expect($('meta[name="twitter:title"], meta[name="twitter:description"], meta[name="twitter:image"]').length, file).toBe(0);
    }
  });

  it('gives the publication and update times as ISO dates, the update not before publication', () => {
    for (const { file, $ } of pages) {
      const published = meta($, 'article:published_time');
      const modified = meta($, 'article:modified_time');
      expect(published, file).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(modified, file).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(modified >= published, file).toBe(true);
    }
  });

  it('points og:image at a 1200×630 PNG card in the build, with size tags and an alt naming the card and its date', async () => {
    for (const { file, $ } of pages) {
      const image = meta($, 'og:image');
      expect(image, file).toMatch(new RegExp(`^${rootHref}${file === NOT_FOUND ? '' : editionPrefix(file)}og/[a-z0-9-]+\\.png$`));
      const cardFile = fileForUrl(image);
      expect(cardFile, `${file}: ${image}`).toBeDefined();
      const { format, width, height } = await sharp(join(dist, cardFile ?? '')).metadata();
      expect([format, width, height], image).toEqual(['png', 1200, 630]);
      expect([meta($, 'og:image:width'), meta($, 'og:image:height')], file).toEqual(['1200', '630']);
      const alt = meta($, 'og:image:alt');
      const t = dictionaryFor(editionOfFile(file));
      expect(alt, file).toContain(t.siteTitle);
      expect(alt, file).toContain(t.date(SITE.storyDate));
      expect(meta($, 'twitter:image:alt'), file).toBe(alt);
    }
  });

  it('names each section’s title in the alt of its own card', () => {
    for (const slug of SECTION_SLUGS) {
      const { $ } = pageAt(`${slug}/index.html`);
      expect(meta($, 'og:image'), slug).toBe(`${rootHref}og/${slug}.png`);
      expect(meta($, 'og:image:alt'), slug).toContain(`: ${meta($, 'og:title')}, `);
    }
  });

  it('keeps the 404 page out of search engines, and no page of the original', () => {
    const { $ } = pageAt(NOT_FOUND);
    expect(meta($, 'robots')).toContain('noindex');
    // An unreviewed translation is noindex too (tests/site/edition.test.ts); the original never is.
    for (const { file, $: other } of pages.filter((p) => p.file !== NOT_FOUND && editionOfFile(p.file) === 'en')) {
      expect(meta(other, 'robots'), file).not.toContain('noindex');
    }
  });
});

describe('structured data', () => {
  const articlePages = ['index.html', ...SECTION_SLUGS.map((slug) => `${slug}/index.html`)];

  it('parses on every page', () => {
    for (const { file, $ } of pages) expect(() => jsonLdOf($), file).not.toThrow();
  });

  it('describes home and every section as a NewsArticle that agrees with the page’s meta tags', () => {
    for (const file of articlePages) {
      const { $ } = pageAt(file);
      const article = jsonLdOf($).find((data) => data['@type'] === 'NewsArticle');
      expect(article, file).toBeDefined();
      const canonical = canonicalOf($);
      expect(article, file).toMatchObject({
        '@context': 'https://schema.org',
        url: canonical,
        image: [meta($, 'og:image')],
        datePublished: meta($, 'article:published_time'),
        dateModified: meta($, 'article:modified_time'),
        inLanguage: $('html').attr('lang'),
        publisher: { '@type': 'Organization', name: SITE.title, url: rootHref },
        isBasedOn: { '@type': 'NewsArticle', headline: OPENING.originalHeadline },
      });
      expect(String(article?.['headline']).length, file).toBeGreaterThan(0);
      // The original report has no known address: none may be made up.
      expect(article?.['isBasedOn'], file).not.toHaveProperty('url');
    }
  });

  it('uses the site’s headline on home and the section title on each section', () => {
    const headline = (file: string) => jsonLdOf(pageAt(file).$).find((d) => d['@type'] === 'NewsArticle')?.['headline'];
    expect(headline('index.html')).toBe(OPENING.headline);
    for (const slug of SECTION_SLUGS) {
      const file = `${slug}/index.html`;
      expect(headline(file), file).toBe(meta(pageAt(file).$, 'og:title'));
    }
  });
});

describe('feed', () => {
  const feed = xml.parse(readFileSync(join(dist, 'rss.xml'), 'utf8')) as {
    rss: { channel: { link: string; title: string; item: { title: string; link: string; description: string; pubDate: string }[] } & Record<string, unknown> };
  };
  const { channel } = feed.rss;

  it('links the channel to the home page, base included, and to itself', () => {
    expect(channel.title).toBe(SITE.title);
    expect(channel.link).toBe(rootHref);
    expect((channel['atom:link'] as Record<string, string>)['@_href']).toBe(`${rootHref}rss.xml`);
  });

  it('has one item per section, in story order, then who says what, each with its absolute link, description and date', () => {
    // The entries of the updates log follow them (tests/site/changes.test.ts checks those).
    const pageItems = channel.item.slice(0, SECTION_SLUGS.length + 1);
    expect(pageItems.map((item) => item.link)).toEqual([...SECTION_SLUGS.map((slug) => `${rootHref}${slug}/`), `${rootHref}claims/`]);
    for (const item of pageItems) {
      const file = fileForUrl(item.link);
      expect(file, item.link).toBeDefined();
      const { $ } = pageAt(file ?? '');
      expect(item.title).toBe(meta($, 'og:title'));
      expect(item.description).toBe(meta($, 'description'));
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(meta($, 'article:published_time').slice(0, 10));
    }
  });

  it('is announced by every page at an address that exists', () => {
    for (const { file, $ } of pages) {
      const href = $('link[rel="alternate"][type="application/rss+xml"]').attr('href') ?? '';
      expect(fileForUrl(href), file).toBe(`${file === NOT_FOUND ? '' : editionPrefix(file)}rss.xml`);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const index = xml.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as {
    sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
  };
  const sitemapUrls = [index.sitemapindex.sitemap].flat().map((entry) => entry.loc);
  const listed = sitemapUrls.flatMap((url) => {
    const file = fileForUrl(url);
    if (!file) throw new Error(`Sitemap ${url} is not in the build.`);
    const doc = xml.parse(readFileSync(join(dist, file), 'utf8')) as { urlset: { url: { loc: string } | { loc: string }[] } };
    return [doc.urlset.url].flat().map((entry) => entry.loc);
  });

  it('lists every page by its canonical URL, and not the 404 page', () => {
    // Every page a search engine may index: not the 404 page, not an unreviewed translation.
    const expected = pages.filter((p) => !isNoindex(p.$)).map((p) => canonicalOf(p.$));
    expect([...listed].sort()).toEqual([...expected].sort());
    for (const slug of SECTION_SLUGS) expect(listed).toContain(`${rootHref}${slug}/`);
  });

  it('names the absolute sitemap index in robots.txt', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`\nSitemap: ${rootHref}sitemap-index.xml\n`);
  });
});
