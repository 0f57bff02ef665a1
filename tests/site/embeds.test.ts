// The embeddable views as a crawler and a CMS meet them in dist/: one per view the content
// calls for in each edition (the timeline, each section's slice of it, the map, each claim), out
// of the search index and the sitemap, every link opening a real page of the site in the top
// window, an oEmbed file beside each that a consumer can use, in the view's language, the
// discovery link and the Embed control on the full pages, and each view's first render within
// 10 KiB. Expected views, events, claims and places come from content/, never from counts typed here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { LANGUAGE_TAGS, LOCALES, localeSegment, type Locale } from '../../src/i18n/locales';
import { OEMBED_RICH_REQUIRED } from '../../src/lib/oembed';
import { TITLE_MAX } from '../../src/lib/page-meta';
import { scanQuotations } from '../../src/lib/quotations';
import { FILE_ROUTES, EMBED_ROUTES, OEMBED_FILE_NAME, embedInEdition, eventAnchor } from '../../src/routes';
import { measurePage } from '../bench/page-weight.mjs';
import { CSS_BUDGET, FIRST_RENDER_BUDGET, SCRIPT_BUDGET } from '../support/budgets';
import { CLAIMS, EVENTS, MAP, SECTIONS, UK_CLAIMS, UK_MAP, UK_SECTIONS } from '../support/content';
import { DIST, editionOfFile, isEmbedFile, isNoindex, listFiles, listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { EXPECTED_EMBEDS, SLICED_SECTIONS, type ExpectedEmbed } from '../support/embeds';
import { detectBase } from '../support/host';
import { fileForPath } from '../support/variant-build';


const dist = requireDist(DIST);
const BASE = detectBase(dist);
const HOME = loadPage('index.html');
/** The site's root URL as this build was told it: the home page's canonical. */
const ROOT_URL = new URL(HOME('link[rel="canonical"]').attr('href') ?? '');

const SLICED = SLICED_SECTIONS;
const EXPECTED = EXPECTED_EMBEDS;

const EMBED_PAGES = listHtmlFiles(dist).filter(isEmbedFile);
const SITE_PAGES = listHtmlFiles(dist).filter((file) => !isEmbedFile(file));

/** The built file a URL of this site is served from, or undefined when it is elsewhere or missing. */
function fileForUrl(url: string, from = ROOT_URL.href): string | undefined {
  const parsed = new URL(url, from);
  if (parsed.origin !== ROOT_URL.origin) return undefined;
  return fileForPath(dist, BASE, parsed.pathname);
}

/** An edition's segment with its slash ("" or "uk/"), as its pages' paths start. */
const prefixOf = (locale: Locale): string => (localeSegment(locale) === '' ? '' : `${localeSegment(locale)}/`);

/** The absolute URL a built page is served at. */
function urlOf(file: string): string {
  return new URL(`${BASE}${pathOfHtmlFile(file).slice(1)}`, ROOT_URL).href;
}

/** The sitemap's URLs, from every sitemap file the index names. */
function sitemapUrls(): string[] {
  return listFiles(dist)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1] ?? ''));
}

describe('the embeddable views in dist/', () => {
  it('are exactly, in every edition, the timeline, the slice of each section with events, the map and each claim', () => {
    expect(SLICED.length, 'no section lists events').toBeGreaterThan(0);
    expect(CLAIMS.length, 'no claims in content/claims/').toBeGreaterThan(0);
    expect([...EMBED_PAGES].sort()).toEqual(EXPECTED.map((view) => view.file).sort());
  });

  it.each(LOCALES)('%s: every claim of content/claims/ has its view and its oEmbed file', (locale) => {
    for (const claim of CLAIMS) {
      const segment = embedInEdition(`${EMBED_ROUTES.claims}/${claim.id}`, localeSegment(locale));
      expect(EMBED_PAGES, claim.id).toContain(`${segment}/index.html`);
      expect(listFiles(dist), claim.id).toContain(`${segment}/${OEMBED_FILE_NAME}`);
    }
  });

  it('keeps every edition’s views inside the embeds’ folder, the only one other sites may frame', () => {
    expect(listHtmlFiles(dist).filter((file) => file.split('/').includes(EMBED_ROUTES.root) && !file.startsWith(`${EMBED_ROUTES.root}/`))).toEqual([]);
    for (const view of EXPECTED) expect(editionOfFile(view.file), view.file).toBe(view.locale);
  });

  it.each(EXPECTED)('$file: noindex, a canonical link to its full page, and no sitemap entry', ({ file, fullFile }) => {
    const $ = loadPage(file);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    const canonical = $('link[rel="canonical"]').attr('href') ?? '';
    expect(canonical).toBe(urlOf(fullFile));
    expect(fileForUrl(canonical)).toBe(fullFile);
    // The full page is in the sitemap when its own head lets search engines index it (an unreviewed translation does not).
    if (!isNoindex(loadPage(fullFile))) expect(sitemapUrls()).toContain(canonical);
    expect(sitemapUrls()).not.toContain(urlOf(file));
  });

  it.each(EXPECTED)('$file: a document of its own, in its edition’s language, with one h1, one main and the policy Astro writes', ({ file, locale }) => {
    const $ = loadPage(file);
    expect($('html').attr('lang')).toBe(LANGUAGE_TAGS[locale].lang);
    expect($('html').attr('dir')).toBe(LANGUAGE_TAGS[locale].dir);
    // Named with the site while search results show the title whole; a claim's long headline stands alone.
    const title = $('head > title').text();
    const { siteTitle } = dictionaryFor(locale);
    expect(title.length, title).toBeLessThanOrEqual(TITLE_MAX);
    if (!title.includes(siteTitle)) expect(`${title} · ${siteTitle}`.length, title).toBeGreaterThan(TITLE_MAX);
    expect($('h1')).toHaveLength(1);
    expect($('main#main')).toHaveLength(1);
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toMatch(/script-src 'self'/);
    // No site chrome: no navigation, no site header or footer outside main.
    expect($('nav, body > header, body > footer')).toHaveLength(0);
  });

  it.each(EXPECTED)('$file: opens every link in the top window, at a page of the site and an anchor it has', ({ file, fullFile, anchor, locale }) => {
    const $ = loadPage(file);
    const links = $('a[href]').toArray();
    expect(links.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const link of links) {
      const href = $(link).attr('href') ?? '';
      if ($(link).attr('target') !== '_top') problems.push(`${href}: target ${$(link).attr('target')}`);
      const target = fileForUrl(href, urlOf(file));
      if (!target || !SITE_PAGES.includes(target)) {
        problems.push(`${href}: not a page of the site`);
        continue;
      }
      const hash = new URL(href, urlOf(file)).hash.slice(1);
      if (hash && loadPage(target)(`[id="${hash}"]`).length !== 1) problems.push(`${href}: ${target} has no id "${hash}"`);
    }
    expect(problems).toEqual([]);
    // The way back: the site's name to home, and the full view with its anchor.
    const full = new URL(`${BASE}${pathOfHtmlFile(fullFile).slice(1)}${anchor ? `#${anchor}` : ''}`, ROOT_URL);
    expect(links.map((link) => new URL($(link).attr('href') ?? '', urlOf(file)).href)).toContain(full.href);
    expect($('header a').attr('href')).toBe(`${BASE}${prefixOf(locale)}`);
    // Every link but the way to the original of a translation stays in the view's edition.
    const elsewhere = links.filter((link) => $(link).attr('hreflang') === undefined && !($(link).attr('href') ?? '').startsWith(`${BASE}${prefixOf(locale)}`));
    expect(elsewhere.map((link) => $(link).attr('href'))).toEqual([]);
  });

  it.each(EXPECTED)('$file: loads nothing from another origin, and nothing but its own script', ({ file }) => {
    const $ = loadPage(file);
    const urls = [...$('[src]').toArray().map((el) => $(el).attr('src') ?? ''), ...$('link[href]').toArray().map((el) => $(el).attr('href') ?? '')];
    expect(urls.filter((url) => new URL(url, urlOf(file)).origin !== ROOT_URL.origin)).toEqual([]);
    // One script, the height report: inline or a file of the build, never the site's page enhancements.
    const scripts = $('script:not([type="application/ld+json"])');
    expect(scripts).toHaveLength(1);
    const src = scripts.attr('src');
    if (src !== undefined) expect(fileForUrl(src, urlOf(file)), src).toBeDefined();
  });

  it.each(EXPECTED)('$file: first render within 10 KiB brotli, CSS within 4 KiB, JavaScript within 2 KiB and never render-blocking', ({ file }) => {
    const weight = measurePage(dist, file, BASE);
    expect(weight.problems).toEqual([]);
    console.info(
      `embeds.test: ${file} first render ${weight.firstRenderBytes} B brotli (HTML with inline CSS ${weight.htmlBytes} + linked CSS ${weight.linkedCssBytes}; ` +
        `CSS ${weight.cssBytes}), script ${weight.scriptBytes} B`,
    );
    // The site's own budgets, which the issue asks of every embed too.
    expect(weight.firstRenderBytes, `${file}: budget ${FIRST_RENDER_BUDGET} B`).toBeLessThanOrEqual(FIRST_RENDER_BUDGET);
    expect(weight.cssBytes, `${file}: budget ${CSS_BUDGET} B`).toBeLessThanOrEqual(CSS_BUDGET);
    expect(weight.scriptBytes).toBeLessThanOrEqual(SCRIPT_BUDGET);
    expect(weight.blockingScripts).toEqual([]);
  });
});

/** The words each edition's content gives a section, its map and a claim. */
const SECTION_TITLE: Record<Locale, (id: string) => string | undefined> = {
  en: (id) => SECTIONS.find((section) => section.id === id)?.data.title,
  uk: (id) => UK_SECTIONS.find((section) => section.id === id)?.data.title,
};
const MAP_TEXT: Record<Locale, { alt: string; places: readonly { fullName: string; note: string }[] }> = { en: MAP, uk: UK_MAP };
const CLAIM_TEXT: Record<Locale, (id: string) => { headline: string; words: string } | undefined> = {
  en: (id) => CLAIMS.find((claim) => claim.id === id),
  uk: (id) => UK_CLAIMS[id],
};
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(LOCALES)('what the views show, %s', (locale) => {
  const prefix = prefixOf(locale);
  const at = (segment: string) => `${embedInEdition(segment, localeSegment(locale))}/index.html`;

  it('the whole timeline: every event of content/timeline/, in date order, each linked to its place on the edition’s full timeline', () => {
    const $ = loadPage(at(EMBED_ROUTES.timeline));
    const events = $('main li').toArray();
    expect(events).toHaveLength(EVENTS.length);
    const hrefs = events.map((li) => $(li).find('h3 a').attr('href') ?? '');
    expect([...hrefs].sort()).toEqual(EVENTS.map((event) => `${BASE}${prefix}timeline/#${eventAnchor(event.id)}`).sort());
    const dates = events.map((li) => $(li).find('time').attr('datetime') ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it.each(SLICED.map((section) => [section.id, section] as const))('the slice of %s: its own events, none other, under the section’s title in the edition', (slug, section) => {
    const $ = loadPage(at(`${EMBED_ROUTES.timeline}/${slug}`));
    const hrefs = $('main li h2 a').toArray().map((a) => $(a).attr('href'));
    expect([...hrefs].sort()).toEqual(section.data.events.map((id) => `${BASE}${prefix}timeline/#${eventAnchor(id)}`).sort());
    expect($('h1').text()).toContain(SECTION_TITLE[locale](slug) ?? `no title for ${slug}`);
    // Its own section is where the link back goes, so no event repeats it.
    expect($(`main li a[href="${BASE}${prefix}${slug}/"]`)).toHaveLength(0);
  });

  it('the map: both colour schemes’ images with their text alternative, and every place with its note', () => {
    const $ = loadPage(at(EMBED_ROUTES.map));
    expect($('figure img')).toHaveLength(2);
    expect($('figure img').first().attr('alt')).toBe(MAP_TEXT[locale].alt);
    for (const place of MAP_TEXT[locale].places) {
      expect($('figcaption').text()).toContain(place.fullName);
      expect($('figcaption').text()).toContain(place.note);
    }
  });

  it.each(CLAIMS.map((claim) => [claim.id, claim] as const))('the claim %s: as its own page shows it, a blockquote only for a quotation', (id, claim) => {
    const $ = loadPage(at(`${EMBED_ROUTES.claims}/${id}`));
    const own = loadPage(`${prefix}claims/${id}/index.html`);
    const text = CLAIM_TEXT[locale](id);
    if (!text) throw new Error(`no ${locale} text for claim ${id}`);
    expect(collapse($('h1').text())).toBe(text.headline);
    expect($('main blockquote')).toHaveLength(claim.form === 'quote' ? 1 : 0);
    if (claim.form === 'quote') expect(collapse($('main blockquote').text())).toBe(collapse(text.words));
    else expect($('main').text()).toContain(dictionaryFor(locale).claims.asReported);
    // The same words as the claim's page: its entry, less the share control that stays on the site.
    expect(collapse($('main article').text())).toBe(collapse(own('main article').clone().find('share-link').remove().end().text()));
    expect($('main a[href]').toArray().some((a) => $(a).attr('href') === `${BASE}${prefix}claims/${id}/`), 'a link back to the claim’s page').toBe(true);
  });
});

/** One oEmbed file as read from the build. */
interface Oembed {
  file: string;
  view: ExpectedEmbed;
  data: Record<string, unknown>;
}

describe('oEmbed', () => {
  let documents: Oembed[] = [];
  beforeAll(() => {
    documents = EXPECTED.map((view) => ({
      file: view.oembedFile,
      view,
      data: JSON.parse(readFileSync(join(dist, view.oembedFile), 'utf8')) as Record<string, unknown>,
    }));
  });

  it('writes one file beside each view, and no other', () => {
    const written = listFiles(dist).filter((file) => file.endsWith(`/${OEMBED_FILE_NAME}`));
    expect(written.sort()).toEqual(documents.map((doc) => doc.file).sort());
  });

  it('answers with every field the oEmbed spec requires of a "rich" response, plus provider_name and title', () => {
    const problems: string[] = [];
    for (const { file, view, data } of documents) {
      for (const field of [...OEMBED_RICH_REQUIRED, 'provider_name', 'title']) if (!(field in data)) problems.push(`${file}: no ${field}`);
      if (data['version'] !== '1.0') problems.push(`${file}: version ${String(data['version'])}`);
      if (data['type'] !== 'rich') problems.push(`${file}: type ${String(data['type'])}`);
      for (const size of ['width', 'height']) {
        if (!Number.isInteger(data[size]) || (data[size] as number) <= 0) problems.push(`${file}: ${size} ${String(data[size])}`);
      }
      for (const text of ['html', 'provider_name', 'title']) {
        if (typeof data[text] !== 'string' || (data[text] as string).trim() === '') problems.push(`${file}: ${text} is not text`);
      }
      if (data['provider_name'] !== dictionaryFor(view.locale).siteTitle) problems.push(`${file}: provider_name ${String(data['provider_name'])}`);
      if (data['provider_url'] !== new URL(prefixOf(view.locale), ROOT_URL).href) problems.push(`${file}: provider_url ${String(data['provider_url'])}`);
    }
    expect(problems).toEqual([]);
  });

  it('carries embed code whose iframe shows the view, titled, at the stated height, with a fallback link to the full page', () => {
    for (const { file, view, data } of documents) {
      const $ = load(String(data['html']), null, false);
      const frame = $('iframe');
      expect(frame, file).toHaveLength(1);
      expect(frame.attr('src'), file).toBe(urlOf(view.file));
      expect(frame.attr('title'), file).toBe(data['title']);
      expect(frame.attr('height'), file).toBe(String(data['height']));
      const link = $('iframe + * a');
      expect(link, file).toHaveLength(1);
      expect(fileForUrl(link.attr('href') ?? ''), file).toBe(view.fullFile);
      expect(link.text(), file).toBe(data['title']);
      expect(fileForUrl($('script').attr('src') ?? ''), file).toBe(FILE_ROUTES.embedResizer);
    }
  });

  it('is announced in the head of each full page, and in no other page', () => {
    const announced = new Map<string, string>();
    for (const file of SITE_PAGES) {
      const links = loadPage(file)('link[rel="alternate"][type="application/json+oembed"]');
      if (links.length > 0) {
        expect(links, file).toHaveLength(1);
        announced.set(file, links.attr('href') ?? '');
      }
    }
    expect([...announced.keys()].sort()).toEqual(EXPECTED.map((view) => view.fullFile).sort());
    for (const { file, view, data } of documents) {
      const $ = loadPage(view.fullFile);
      expect(fileForUrl(announced.get(view.fullFile) ?? ''), view.fullFile).toBe(file);
      expect($('link[type="application/json+oembed"]').attr('title'), view.fullFile).toBe(data['title']);
    }
  });

  it('offers the view in the full page’s Embed control: links to the oEmbed file that holds the code and to the view, not the code itself', () => {
    for (const { file, view } of documents) {
      const $: CheerioAPI = loadPage(view.fullFile);
      const t = dictionaryFor(view.locale).embed;
      const control = $('details.embed-code');
      expect(control, view.fullFile).toHaveLength(1);
      expect(control.children('summary').text().trim().startsWith(`${t.control} `), view.fullFile).toBe(true);
      expect(fileForUrl(control.find('a[type="application/json+oembed"]').attr('href') ?? '', urlOf(view.fullFile)), view.fullFile).toBe(file);
      expect(fileForUrl(control.find('a:not([type])').attr('href') ?? '', urlOf(view.fullFile)), view.fullFile).toBe(view.file);
      // The code rides in the oEmbed file, not in every load of the page.
      expect(control.find('textarea, iframe'), view.fullFile).toHaveLength(0);
      expect(control.html() ?? '', view.fullFile).not.toContain('&lt;iframe');
      expect(control.find('embed-code').attr('data-copy'), view.fullFile).toBe(t.code.copy);
    }
  });

  it('is offered on every Ukrainian page whose English page offers one, for the Ukrainian view', () => {
    const english = SITE_PAGES.filter((file) => editionOfFile(file) === 'en' && loadPage(file)('details.embed-code').length > 0);
    expect(english.length).toBeGreaterThan(0);
    for (const locale of LOCALES.filter((candidate) => candidate !== 'en')) {
      for (const file of english) {
        const $ = loadPage(`${prefixOf(locale)}${file}`);
        const href = $('details.embed-code a[type="application/json+oembed"]').attr('href') ?? '';
        expect(href.startsWith(`${BASE}${embedInEdition(EMBED_ROUTES.root, localeSegment(locale))}/`), `${locale}/${file}: ${href}`).toBe(true);
      }
    }
  });
});

describe('oEmbed of a claim', () => {
  it.each(EXPECTED.filter((view) => view.claimId !== undefined))('$oembedFile: quotation marks and a blockquote only for a quotation', (view) => {
    const claim = CLAIMS.find((candidate) => candidate.id === view.claimId);
    if (!claim) throw new Error(`no claim ${view.claimId}`);
    const data = JSON.parse(readFileSync(join(dist, view.oembedFile), 'utf8')) as { title: string; html: string };
    const isQuote = claim.form === 'quote';
    expect(scanQuotations(data.title).quotations.length > 0, data.title).toBe(isQuote);
    expect(load(data.html, null, false)('blockquote'), data.html).toHaveLength(isQuote ? 1 : 0);
  });
});

describe('the resizer a host page may load', () => {
  it('is built where the embed code points, with the height pattern filled in', () => {
    const script = readFileSync(join(dist, FILE_ROUTES.embedResizer), 'utf8');
    expect(script).not.toContain('__HEIGHT_MESSAGE_PATTERN__');
    expect(script).toContain('xPYMx');
    expect(() => new Function(script)).not.toThrow();
  });
});
