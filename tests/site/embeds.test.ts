// The embeddable views as a crawler and a CMS meet them in dist/: one per view the content
// calls for (the timeline, each section's slice of it, the map), out of the search index and
// the sitemap, every link opening a real page of the site in the top window, an oEmbed file
// beside each that a consumer can use, the discovery link and the Embed control on the full
// pages, and each view's first render within 10 KiB. Expected views, events and places come
// from content/, never from counts typed here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/config';
import { OEMBED_RICH_REQUIRED } from '../../src/lib/oembed';
import { FILE_ROUTES, EMBED_ROUTES, OEMBED_FILE_NAME, eventAnchor } from '../../src/routes';
import { measurePage } from '../bench/page-weight.mjs';
import { CSS_BUDGET, FIRST_RENDER_BUDGET, SCRIPT_BUDGET } from '../support/budgets';
import { EVENTS, MAP } from '../support/content';
import { DIST, isEmbedFile, listFiles, listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
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
  it('are exactly the timeline, the slice of each section with events, and the map', () => {
    expect(SLICED.length, 'no section lists events').toBeGreaterThan(0);
    expect([...EMBED_PAGES].sort()).toEqual(EXPECTED.map((view) => view.file).sort());
  });

  it.each(EXPECTED)('$file: noindex, a canonical link to its full page, and no sitemap entry', ({ file, fullFile }) => {
    const $ = loadPage(file);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    const canonical = $('link[rel="canonical"]').attr('href') ?? '';
    expect(canonical).toBe(urlOf(fullFile));
    expect(fileForUrl(canonical)).toBe(fullFile);
    expect(sitemapUrls()).toContain(canonical);
    expect(sitemapUrls()).not.toContain(urlOf(file));
  });

  it.each(EXPECTED)('$file: a document of its own, with the language, one h1, one main and the policy Astro writes', ({ file }) => {
    const $ = loadPage(file);
    expect($('html').attr('lang')).toBe(SITE.language);
    expect($('head > title').text()).toContain(SITE.title);
    expect($('h1')).toHaveLength(1);
    expect($('main#main')).toHaveLength(1);
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toMatch(/script-src 'self'/);
    // No site chrome: no navigation, no site header or footer outside main.
    expect($('nav, body > header, body > footer')).toHaveLength(0);
  });

  it.each(EXPECTED)('$file: opens every link in the top window, at a page of the site and an anchor it has', ({ file, fullFile, anchor }) => {
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
    expect($('header a').attr('href')).toBe(BASE);
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

describe('what the views show', () => {
  it('the whole timeline: every event of content/timeline/, in date order, each linked to its place on the full timeline', () => {
    const $ = loadPage(`${EMBED_ROUTES.timeline}/index.html`);
    const events = $('main li').toArray();
    expect(events).toHaveLength(EVENTS.length);
    const hrefs = events.map((li) => $(li).find('h3 a').attr('href') ?? '');
    expect([...hrefs].sort()).toEqual(EVENTS.map((event) => `${BASE}timeline/#${eventAnchor(event.id)}`).sort());
    const dates = events.map((li) => $(li).find('time').attr('datetime') ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it.each(SLICED.map((section) => [section.id, section] as const))('the slice of %s: its own events, none other', (slug, section) => {
    const $ = loadPage(`${EMBED_ROUTES.timeline}/${slug}/index.html`);
    const hrefs = $('main li h2 a').toArray().map((a) => $(a).attr('href'));
    expect([...hrefs].sort()).toEqual(section.data.events.map((id) => `${BASE}timeline/#${eventAnchor(id)}`).sort());
    expect($('h1').text()).toContain(section.data.title);
    // Its own section is where the link back goes, so no event repeats it.
    expect($(`main li a[href="${BASE}${slug}/"]`)).toHaveLength(0);
  });

  it('the map: both colour schemes’ images with their text alternative, and every place with its note', () => {
    const $ = loadPage(`${EMBED_ROUTES.map}/index.html`);
    expect($('figure img')).toHaveLength(2);
    expect($('figure img').first().attr('alt')).toBe(MAP.alt);
    for (const place of MAP.places) {
      expect($('figcaption').text()).toContain(place.fullName);
      expect($('figcaption').text()).toContain(place.note);
    }
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
    for (const { file, data } of documents) {
      for (const field of [...OEMBED_RICH_REQUIRED, 'provider_name', 'title']) if (!(field in data)) problems.push(`${file}: no ${field}`);
      if (data['version'] !== '1.0') problems.push(`${file}: version ${String(data['version'])}`);
      if (data['type'] !== 'rich') problems.push(`${file}: type ${String(data['type'])}`);
      for (const size of ['width', 'height']) {
        if (!Number.isInteger(data[size]) || (data[size] as number) <= 0) problems.push(`${file}: ${size} ${String(data[size])}`);
      }
      for (const text of ['html', 'provider_name', 'title']) {
        if (typeof data[text] !== 'string' || (data[text] as string).trim() === '') problems.push(`${file}: ${text} is not text`);
      }
      if (data['provider_name'] !== SITE.title) problems.push(`${file}: provider_name ${String(data['provider_name'])}`);
      if (data['provider_url'] !== ROOT_URL.href) problems.push(`${file}: provider_url ${String(data['provider_url'])}`);
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
      const link = $('blockquote > p > a');
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

  it('offers the same code in the full page’s Embed control, as text in a labelled read-only box', () => {
    for (const { view, data } of documents) {
      const $: CheerioAPI = loadPage(view.fullFile);
      const control = $('details.embed-code');
      expect(control, view.fullFile).toHaveLength(1);
      expect(control.children('summary').text().trim(), view.fullFile).toMatch(/^Embed /);
      const box = control.find('textarea');
      expect(box.attr('readonly'), view.fullFile).toBeDefined();
      expect(box.text(), view.fullFile).toBe(data['html']);
      expect(control.find(`label[for="${box.attr('id')}"]`).text().trim(), view.fullFile).not.toBe('');
    }
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
