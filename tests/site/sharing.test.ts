import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config';
import { formatDisplayDate } from '../../src/lib/dates';
import { parseCsp } from '../../src/lib/csp';
import { parseRedirects } from '../../src/lib/redirects-file';
import { OPENING, SECTION_SLUGS } from '../support/content';
import { listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { fileForPath } from '../support/variant-build';

const dist = requireDist();
const pages = listHtmlFiles(dist).map((file) => ({ file, path: pathOfHtmlFile(file), $: loadPage(file, dist) }));
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
      expect(meta($, 'og:site_name'), file).toBe(SITE.title);
      expect(meta($, 'og:title').length, file).toBeGreaterThan(0);
      expect(meta($, 'og:description'), file).toBe(meta($, 'description'));
      expect(meta($, 'twitter:card'), file).toBe('summary_large_image');
      expect(meta($, 'twitter:image'), file).toBe(meta($, 'og:image'));
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
      expect(image, file).toMatch(new RegExp(`^${rootHref}og/[a-z0-9-]+\\.png$`));
      const cardFile = fileForUrl(image);
      expect(cardFile, `${file}: ${image}`).toBeDefined();
      const { format, width, height } = await sharp(join(dist, cardFile ?? '')).metadata();
      expect([format, width, height], image).toEqual(['png', 1200, 630]);
      expect([meta($, 'og:image:width'), meta($, 'og:image:height')], file).toEqual(['1200', '630']);
      const alt = meta($, 'og:image:alt');
      expect(alt, file).toContain(SITE.title);
      expect(alt, file).toContain(formatDisplayDate(SITE.storyDate));
      expect(meta($, 'twitter:image:alt'), file).toBe(alt);
    }
  });

  it('names each section’s title in the alt of its own card', () => {
    for (const slug of SECTION_SLUGS) {
      const { $ } = pageAt(`${slug}/index.html`);
      expect(meta($, 'og:image'), slug).toBe(`${rootHref}og/${slug}.png`);
      expect(meta($, 'og:image:alt'), slug).toContain(`“${meta($, 'og:title')}”`);
    }
  });

  it('keeps the 404 page out of search engines', () => {
    const { $ } = pageAt(NOT_FOUND);
    expect(meta($, 'robots')).toContain('noindex');
    for (const { file, $: other } of pages.filter((p) => p.file !== NOT_FOUND)) {
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
        description: meta($, 'description'),
        url: canonical,
        mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
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

  it('gives every section a breadcrumb from home to the section', () => {
    for (const slug of SECTION_SLUGS) {
      const { $ } = pageAt(`${slug}/index.html`);
      const crumbs = jsonLdOf($).find((data) => data['@type'] === 'BreadcrumbList');
      expect(crumbs?.['itemListElement'], slug).toEqual([
        { '@type': 'ListItem', position: 1, name: SITE.title, item: rootHref },
        { '@type': 'ListItem', position: 2, name: meta($, 'og:title'), item: canonicalOf($) },
      ]);
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

  it('has one item per section, in story order, with its absolute link, standfirst and date', () => {
    expect(channel.item.map((item) => item.link)).toEqual(SECTION_SLUGS.map((slug) => `${rootHref}${slug}/`));
    for (const item of channel.item) {
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
      expect(fileForUrl(href), file).toBe('rss.xml');
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
    const expected = pages.filter((p) => p.file !== NOT_FOUND).map((p) => canonicalOf(p.$));
    expect([...listed].sort()).toEqual([...expected].sort());
    for (const slug of SECTION_SLUGS) expect(listed).toContain(`${rootHref}${slug}/`);
  });

  it('names the absolute sitemap index in robots.txt', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`\nSitemap: ${rootHref}sitemap-index.xml\n`);
  });
});

/** One rule of a _headers file. */
interface HeaderBlock {
  pattern: string;
  headers: [string, string][];
}

function parseHeadersFile(text: string): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      blocks.push({ pattern: line.trim(), headers: [] });
    } else {
      const block = blocks.at(-1);
      if (!block) throw new Error(`Header line before any path: "${line}"`);
      const colon = line.indexOf(':');
      block.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return blocks;
}

/** Netlify/Cloudflare path matching: "*" is any text, ":name" one segment. */
function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

describe('_headers', () => {
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  const blocks = parseHeadersFile(text);
  const valuesFor = (path: string, name: string) =>
    blocks.filter((b) => matchesPattern(b.pattern, path)).flatMap((b) => b.headers.filter(([n]) => n === name).map(([, v]) => v));
  const headerCsp = valuesFor(`${BASE}`, 'content-security-policy');
  const policy = parseCsp(headerCsp[0] ?? '');

  it('writes every rule path under the base', () => {
    for (const block of blocks) expect(block.pattern.startsWith(BASE), block.pattern).toBe(true);
  });

  it('caches content-hashed build assets for a year, immutable', () => {
    expect(valuesFor(`${BASE}_astro/page.a1b2c3.css`, 'cache-control')).toEqual(['public, max-age=31536000, immutable']);
  });

  it('makes every page revalidate, set by exactly one rule', () => {
    for (const { path } of pages) {
      const values = valuesFor(`${BASE}${path.slice(1)}`, 'cache-control');
      expect(values, path).toHaveLength(1);
      expect(values[0], path).toMatch(/max-age=0|s-maxage=\d{1,3}\b/);
    }
  });

  it('never sets one header through two rules that match the same file (hosts would join the values)', () => {
    const paths = [...pages.map((p) => `${BASE}${p.path.slice(1)}`), `${BASE}_astro/x.js`, `${BASE}og/home.png`, `${BASE}rss.xml`];
    for (const path of paths) {
      const names = blocks.filter((b) => matchesPattern(b.pattern, path)).flatMap((b) => b.headers.map(([n]) => n));
      expect(names.length, path).toBe(new Set(names).size);
    }
  });

  it('sends the security headers with every response', () => {
    for (const path of [BASE, `${BASE}territory/`, `${BASE}_astro/x.js`, `${BASE}og/home.png`]) {
      expect(valuesFor(path, 'content-security-policy'), path).toHaveLength(1);
      expect(valuesFor(path, 'x-content-type-options'), path).toEqual(['nosniff']);
      expect(valuesFor(path, 'referrer-policy')[0], path).toMatch(/^(strict-origin-when-cross-origin|no-referrer|same-origin|strict-origin)$/);
      expect(valuesFor(path, 'permissions-policy')[0], path).toMatch(/camera=\(\)/);
    }
  });

  it('holds a strict policy: self by default, no framing, no plugins, no unsafe sources', () => {
    expect(text).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    const rules = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(rules.join('\n'), 'a placeholder was left unfilled').not.toContain('{{');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) {
      for (const source of policy.get(directive) ?? []) {
        expect(source, directive).toMatch(/^'self'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
      }
    }
  });

  it('allows exactly the script and style hashes of the pages’ own meta policies', () => {
    const union = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
    for (const { file, $ } of pages) {
      const metaPolicy = parseCsp($('meta[http-equiv="content-security-policy"]').attr('content') ?? '');
      for (const directive of ['script-src', 'style-src'] as const) {
        const sources = metaPolicy.get(directive);
        expect(sources, `${file} ${directive}`).toBeDefined();
        for (const source of sources ?? []) {
          expect(policy.get(directive), `${file}: ${source}`).toContain(source);
          union[directive].add(source);
        }
      }
      // Every other directive of the meta policy is in the header policy, unchanged.
      for (const [name, sources] of metaPolicy) {
        if (name !== 'script-src' && name !== 'style-src') expect(policy.get(name), `${file} ${name}`).toEqual(sources);
      }
    }
    expect(new Set(policy.get('script-src'))).toEqual(union['script-src']);
    expect(new Set(policy.get('style-src'))).toEqual(union['style-src']);
  });
});

describe('_redirects', () => {
  const rules = parseRedirects(readFileSync(join(dist, '_redirects'), 'utf8'));

  it('has at least one rule, each a permanent or temporary redirect under the base', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect([301, 302, 308], rule.from).toContain(rule.status);
      expect(rule.from.startsWith(BASE), rule.from).toBe(true);
    }
  });

  it('sends every rule to a file that exists, from an address that does not', () => {
    for (const rule of rules) {
      expect(fileForUrl(rule.to), `${rule.from} -> ${rule.to}`).toBeDefined();
      // A source that exists as a file would shadow the rule on Netlify.
      expect(fileForUrl(rule.from), rule.from).toBeUndefined();
    }
  });
});
