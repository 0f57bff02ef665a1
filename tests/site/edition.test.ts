// The Ukrainian edition as readers and crawlers get it from dist/: every English page has its
// /uk/ counterpart with the same anchors, in Ukrainian, saying how it was translated; as shipped
// (unreviewed) it is noindex, out of the sitemap and out of hreflang. The reviewed and behind
// states are built from the living-story fixture in tests/site/changes.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { LANGUAGE_TAGS } from '../../src/i18n/locales';
import { CONTENT, MAP, UK_MAP, UK_OPENING, UK_PAGE_TEXT, UK_SECTIONS, listTranslatedFiles } from '../support/content';
import { DIST, isEmbedFile, listFiles, listHtmlFiles, loadPage, requireDist } from '../support/dist';

requireDist();
const uk = dictionaryFor('uk');
const ORIGIN = 'https://example.org';

/** The English pages (not the embeds; 404 included: each edition has its own) and the file of each one's Ukrainian counterpart. */
const ENGLISH_PAGES = listHtmlFiles().filter((file) => !file.startsWith('uk/') && !isEmbedFile(file));
const UK_PAGES = listHtmlFiles().filter((file) => file.startsWith('uk/'));
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

function idsOf($: CheerioAPI): string[] {
  return $('[id]')
    .toArray()
    .map((element) => $(element).attr('id') ?? '')
    .sort();
}

function jsonLdOf($: CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as Record<string, unknown>);
}

describe('the Ukrainian edition', () => {
  it('has a /uk/ page for every English page, and nothing else', () => {
    expect(ENGLISH_PAGES.length).toBeGreaterThan(0);
    expect(UK_PAGES.sort()).toEqual(ENGLISH_PAGES.map((file) => `uk/${file}`).sort());
  });

  it('keeps every anchor of the English page', () => {
    for (const file of ENGLISH_PAGES) {
      expect(idsOf(loadPage(`uk/${file}`)), file).toEqual(idsOf(loadPage(file)));
    }
  });

  it('declares Ukrainian, left to right, with the Ukrainian Open Graph locale', () => {
    for (const file of UK_PAGES) {
      const $ = loadPage(file);
      expect($('html').attr('lang'), file).toBe('uk');
      expect($('html').attr('dir'), file).toBe(LANGUAGE_TAGS.uk.dir);
      expect($('meta[property="og:locale"]').attr('content'), file).toBe('uk_UA');
    }
  });

  it('says in one line, before the text, how the page was translated and that it is unreviewed, linking the English page', () => {
    for (const file of UK_PAGES) {
      const $ = loadPage(file);
      const note = $('main .translation-note');
      expect(note.length, file).toBe(1);
      // At the top of the page, or on an article's page in its header, after the headline and dateline (so a phone shows the headline near the top).
      const inArticleHeader = note.parent().is('article > header') && note.prevAll('h1').length === 1;
      expect($('main').children().first().is('.translation-note') || inArticleHeader, file).toBe(true);
      expect(note.text().replace(/\s+/g, ' '), file).toContain(`${uk.translation.made['machine-assisted']}, ${uk.translation.unreviewed}.`);
      const original = note.find('a');
      // The not-found page points at the English front page.
      expect(original.attr('href'), file).toBe(file === 'uk/404.html' ? '/' : pathOf(file.slice('uk/'.length)));
      expect(original.attr('hreflang'), file).toBe('en');
      // Every translated file is current: no page says it is behind the original.
      expect($('.translation-behind').length, file).toBe(0);
    }
  });

  it('keeps unreviewed pages out of search engines: noindex, out of the sitemap, no hreflang on either edition', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain(`${ORIGIN}/uk/`);
    expect(sitemap).not.toContain('xhtml:link');
    for (const file of UK_PAGES) expect(loadPage(file)('meta[name="robots"]').attr('content'), file).toBe('noindex');
    for (const file of [...UK_PAGES, ...ENGLISH_PAGES]) expect(loadPage(file)('link[hreflang]').length, file).toBe(0);
  });

  it('offers the same page in the other edition from every page, in its own language', () => {
    for (const file of ENGLISH_PAGES) {
      // A not-found page has no twin to offer: its switch goes to the other edition's front page.
      const isNotFound = file === '404.html';
      const link = loadPage(file)('header a[data-edition]');
      expect(link.attr('href'), file).toBe(isNotFound ? '/uk/' : `/uk${pathOf(file)}`);
      expect(link.attr('lang'), file).toBe('uk');
      expect(link.attr('hreflang'), file).toBe('uk');
      expect(link.text(), file).toBe(LANGUAGE_TAGS.uk.endonym);
      const back = loadPage(`uk/${file}`)('header a[data-edition]');
      expect(back.attr('href'), file).toBe(isNotFound ? '/' : pathOf(file));
      expect(back.text(), file).toBe(LANGUAGE_TAGS.en.endonym);
    }
  });

  it('shows the translated words: headline, section titles, page titles', () => {
    expect(loadPage('uk/index.html')('h1').text()).toBe(UK_OPENING.headline);
    for (const section of UK_SECTIONS) expect(loadPage(`uk/${section.id}/index.html`)('h1').text(), section.id).toBe(section.data.title);
    for (const [page, text] of Object.entries(UK_PAGE_TEXT)) {
      if (page === '404') continue;
      const title = loadPage(`uk/${page}/index.html`)('title').text();
      expect(title, page).toBe(`${text.title} · ${uk.siteTitle}`);
    }
  });

  it('describes each page in JSON-LD as Ukrainian and as a translation of the English page', () => {
    for (const file of UK_PAGES) {
      const article = jsonLdOf(loadPage(file)).find((data) => data['@type'] === 'NewsArticle');
      if (!article) continue;
      expect(article['inLanguage'], file).toBe('uk');
      expect(article['translationOfWork'], file).toMatchObject({ '@type': 'NewsArticle', url: `${ORIGIN}${pathOf(file.slice('uk/'.length))}` });
    }
    expect(jsonLdOf(loadPage('uk/territory/index.html')).some((data) => data['@type'] === 'NewsArticle')).toBe(true);
  });

  it('has its own feed, in Ukrainian, linking the Ukrainian pages', () => {
    const feed = readFileSync(join(DIST, 'uk/rss.xml'), 'utf8');
    expect(feed).toContain('<language>uk</language>');
    expect(feed).toContain(`<title>${uk.siteTitle}</title>`);
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(new RegExp(`^${ORIGIN}/uk/`));
    expect(loadPage('uk/index.html')('link[type="application/rss+xml"]').attr('href')).toBe('/uk/rss.xml');
  });

  it('has a social card for every card of the English edition, its own, which each Ukrainian page names', () => {
    const cards = listFiles().filter((file) => /^og\/[^/]+\.png$/.test(file));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const file = join(DIST, 'uk', card);
      expect(existsSync(file), card).toBe(true);
      expect(readFileSync(file).equals(readFileSync(join(DIST, card))), `${card} differs in Ukrainian`).toBe(false);
    }
    for (const file of UK_PAGES) {
      const image = loadPage(file)('meta[property="og:image"]').attr('content') ?? '';
      expect(image, file).toMatch(new RegExp(`^${ORIGIN}/uk/og/[^/]+\\.png$`));
      expect(existsSync(join(DIST, image.slice(ORIGIN.length))), file).toBe(true);
    }
  });

  it('labels the locator map in Ukrainian, in both colour schemes', () => {
    for (const scheme of ['light', 'dark']) {
      const svg = readFileSync(join(DIST, `uk/map/${scheme}.svg`), 'utf8');
      for (const place of UK_MAP.places) expect(svg, `${scheme}: ${place.id}`).toContain(`>${place.label}<`);
      for (const place of MAP.places) if (!UK_MAP.places.some((p) => p.label === place.label)) expect(svg, scheme).not.toContain(`>${place.label}<`);
    }
    const images = loadPage('uk/index.html')('.locator-map img').toArray().map((img) => img.attribs['src']);
    expect(images).toEqual(['/uk/map/light.svg', '/uk/map/dark.svg']);
  });

  it('records for every translated file what it was made from, how and whether it was reviewed', () => {
    const files = listTranslatedFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(CONTENT, 'uk', file), 'utf8');
      expect(text, file).toMatch(/translation:\s*\n\s+from: "[0-9a-f]{16}"\n\s+method: (machine-assisted|human)\n\s+review: /);
    }
  });
});
