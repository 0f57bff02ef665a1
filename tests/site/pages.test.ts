import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, localeSegment, type Locale } from '../../src/i18n/locales';
import { isIsoDate } from '../../src/lib/dates';
import { PAGE_KINDS, kindOfPath, navKinds } from '../../src/page-kinds';
import { CLAIMS, EVENTS, SECTIONS, SECTION_SLUGS } from '../support/content';
import { DIST, editionOfFile, isEmbedFile, listHtmlFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';

// Checks every built page as a crawler and a keyboard user meet it, without a browser.

interface Page {
  /** File under dist/, such as "territory/index.html". */
  file: string;
  /** The URL path it is served at below the base, such as "/territory/". */
  path: string;
  $: CheerioAPI;
}

let pages: Page[] = [];
let base = '/';

/** A kind's route with each ":section" or ":claim" filled in from content/, one path per entry. */
function expandRoute(route: string): string[] {
  const values: Record<string, readonly string[]> = { ':section': SECTION_SLUGS, ':claim': CLAIMS.map((claim) => claim.id) };
  const name = /:[a-z]+/.exec(route)?.[0];
  if (name === undefined) return [route];
  const filled = values[name];
  if (!filled) throw new Error(`No content gives the "${name}" of route "${route}": teach expandRoute where it comes from.`);
  return filled.flatMap((value) => expandRoute(route.replace(name, value)));
}

function page(path: string): Page {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`No built page at ${path}; built: ${pages.map((p) => p.path).join(', ')}`);
  return found;
}

/** Site-relative href of a page below the base ("territory" gives "/territory/" under the root base). */
function hrefOf(segment: string): string {
  return segment === '' ? base : `${base}${segment}/`;
}

/** True when no ancestor (or the element) hides it from sighted readers. */
function isVisible($: CheerioAPI, element: Parameters<CheerioAPI>[0]): boolean {
  const chain = $(element).parents().addBack();
  return (
    chain.filter((_, el) => {
      const node = $(el);
      const classes = (node.attr('class') ?? '').split(/\s+/);
      return node.is('[hidden]') || node.attr('aria-hidden') === 'true' || classes.includes('sr-only') || classes.includes('hidden');
    }).length === 0
  );
}

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'summary',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]',
  '[tabindex]',
].join(', ');

beforeAll(() => {
  requireDist();
  pages = listHtmlFiles().map((file) => ({ file, path: pathOfHtmlFile(file), $: loadPage(file) }));
  const canonical = page('/').$('link[rel="canonical"]').attr('href');
  if (!canonical) throw new Error('The home page has no canonical link to read the base path from.');
  base = new URL(canonical).pathname;
});

describe(`every page in ${DIST}`, () => {
  it('finds every page of every kind with the site’s chrome (src/page-kinds.ts), in every edition it has, one per section and claim of content/', () => {
    const paths = pages.map((p) => p.path);
    // The embeddable views are held to their own list (tests/site/embeds.test.ts).
    const expected = PAGE_KINDS.filter((kind) => !kind.framable).flatMap((kind) =>
      (kind.editions === 'every' ? LOCALES : ([DEFAULT_LOCALE] as const)).flatMap((locale: Locale) =>
        expandRoute(kind.route).map((route) => `/${localeSegment(locale) === '' ? '' : `${localeSegment(locale)}/`}${route}`),
      ),
    );
    expect(expected.length).toBeGreaterThan(SECTION_SLUGS.length + CLAIMS.length);
    for (const path of expected) expect(paths, path).toContain(path);
  });

  it('has exactly one h1, with text', () => {
    for (const { file, $ } of pages) {
      expect($('h1'), file).toHaveLength(1);
      expect($('h1').text().trim(), file).not.toBe('');
    }
  });

  it('declares its edition’s language on the html element', () => {
    for (const { file, $ } of pages) {
      expect($('html').attr('lang'), file).toBe(LANGUAGE_TAGS[editionOfFile(file)].lang);
    }
  });

  it('has one <main id="main"> and no other main landmark', () => {
    for (const { file, $ } of pages) {
      expect($('main'), file).toHaveLength(1);
      expect($('main').attr('id'), file).toBe('main');
      expect($('[role="main"]').not('main'), file).toHaveLength(0);
    }
  });

  it('has a non-empty title that no other page shares', () => {
    const titles = pages.map(({ file, $ }) => {
      expect($('head > title'), file).toHaveLength(1);
      const title = $('head > title').text().trim();
      expect(title, file).not.toBe('');
      return title;
    });
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('starts the keyboard path with the skip link to #main', () => {
    // An embeddable view starts inside main, with nothing to skip (tests/site/embeds.test.ts).
    for (const { file, $ } of pages.filter((p) => !isEmbedFile(p.file))) {
      const first = $('body').find(FOCUSABLE).not('[tabindex="-1"]').not('[disabled]').first();
      expect(first.is('a'), file).toBe(true);
      expect(first.attr('href'), file).toBe('#main');
      expect(first.text().trim(), file).not.toBe('');
    }
  });

  it('never skips a heading level going down, starting from h1', () => {
    for (const { file, $ } of pages) {
      let previous = 0;
      $('h1, h2, h3, h4, h5, h6').each((_, heading) => {
        const level = Number(heading.tagName.slice(1));
        expect(level, `${file}: <${heading.tagName}> "${$(heading).text().trim()}" after h${previous}`).toBeLessThanOrEqual(
          previous + 1,
        );
        previous = level;
      });
      expect(previous, `${file} has headings`).toBeGreaterThan(0);
    }
  });

  it('gives every <time> a datetime that is a real calendar date', () => {
    let checked = 0;
    for (const { file, $ } of pages) {
      $('time').each((_, time) => {
        const datetime = $(time).attr('datetime');
        expect(datetime, `${file}: <time>${$(time).text()}</time> needs a datetime`).toBeDefined();
        expect(isIsoDate(datetime ?? ''), `${file}: datetime="${datetime}"`).toBe(true);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(pages.length);
  });

  it('marks its own navigation link, and only that one, as the current page', () => {
    let marked = 0;
    for (const { file, path, $ } of pages) {
      const own = hrefOf(path.replace(/^\/|\/$/g, ''));
      const current = $('nav a[aria-current="page"]');
      if ($(`nav a[href="${own}"]`).length > 0) {
        expect(current, file).toHaveLength(1);
        expect(current.attr('href'), file).toBe(own);
        marked += 1;
      } else {
        expect(current, `${file} is not in the navigation`).toHaveLength(0);
      }
    }
    // Each page of a kind the header links (front page, whole story, timeline, glossary, claims), in every edition.
    const linked = pages.filter(({ path }) => kindOfPath(path)?.kind.nav !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(navKinds().length);
    expect(marked).toBe(linked.length);
  });

  it('has a header navigation of the same links on every page of an edition, one per kind it names, however many parts the story has', () => {
    const hrefsByEdition = new Map<string, string[]>();
    for (const { file, $ } of pages.filter((p) => !isEmbedFile(p.file))) {
      const links = $('body > header nav a');
      expect(links.length, file).toBe(navKinds().length);
      const hrefs = links.map((_, a) => $(a).attr('href') ?? '').get();
      const edition = editionOfFile(file);
      const first = hrefsByEdition.get(edition);
      if (first) expect(hrefs, file).toEqual(first);
      else hrefsByEdition.set(edition, hrefs);
      // No section is linked from the header: they are reached from the front page's parts and each pager.
      for (const slug of SECTION_SLUGS) expect(hrefs, file).not.toContain(hrefOf(edition === DEFAULT_LOCALE ? slug : `${edition}/${slug}`));
    }
    expect(hrefsByEdition.size).toBe(new Set(pages.map((p) => editionOfFile(p.file))).size);
  });
});

describe('section pages', () => {
  it('are each linked from the front page’s list of parts, and each says which part of how many it is', () => {
    const home = page('/').$;
    for (const [index, slug] of SECTION_SLUGS.entries()) {
      expect(home(`main a[href="${hrefOf(slug)}"]`).length, slug).toBeGreaterThan(0);
      expect(page(`/${slug}/`).$('main').text(), slug).toContain(dictionaryFor('en').partOf(index + 1, SECTION_SLUGS.length));
    }
  });

  it('link to the previous and next section in story order, by their short names; the first has no previous, the last no next', () => {
    SECTION_SLUGS.forEach((slug, index) => {
      const { $ } = page(`/${slug}/`);
      const previous = $('a[rel="prev"]');
      const next = $('a[rel="next"]');
      const expectedPrevious = SECTION_SLUGS[index - 1];
      const expectedNext = SECTION_SLUGS[index + 1];
      if (expectedPrevious) {
        expect(previous, slug).toHaveLength(1);
        expect(previous.attr('href'), slug).toBe(hrefOf(expectedPrevious));
        expect(previous.text(), slug).toContain(SECTIONS[index - 1]?.data.navLabel);
      } else {
        expect(previous, `${slug} is first`).toHaveLength(0);
      }
      if (expectedNext) {
        expect(next, slug).toHaveLength(1);
        expect(next.attr('href'), slug).toBe(hrefOf(expectedNext));
        expect(next.text(), slug).toContain(SECTIONS[index + 1]?.data.navLabel);
      } else {
        expect(next, `${slug} is last`).toHaveLength(0);
      }
    });
  });
});

describe('the one-page reading /read/', () => {
  it('has an element id for each section slug, in story order, each heading its section', () => {
    const { $ } = page('/read/');
    const positions = SECTION_SLUGS.map((slug) => {
      const target = $(`#${slug}`);
      expect(target, slug).toHaveLength(1);
      expect(target.text(), slug).toContain(page(`/${slug}/`).$('h1').text().trim());
      return $('[id]').index(target);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('the home page', () => {
  it('has a card linking to each section, titled with the section’s heading, in story order', () => {
    const { $ } = page('/');
    const cards = $('#story-sections').closest('section').find('li');
    expect(cards).toHaveLength(SECTION_SLUGS.length);
    SECTION_SLUGS.forEach((slug, index) => {
      const link = cards.eq(index).find(`a[href="${hrefOf(slug)}"]`);
      expect(link, slug).toHaveLength(1);
      expect(link.text().trim(), slug).toBe(page(`/${slug}/`).$('h1').text().trim());
    });
  });
});

describe('the timeline', () => {
  const events = EVENTS;

  it('has every event of content/timeline/, each once as <li id="event-<id>">', () => {
    expect(events.length).toBeGreaterThan(0);
    const { $ } = page('/timeline/');
    const ids = $('li[id^="event-"]')
      .map((_, li) => $(li).attr('id'))
      .get();
    expect(ids.sort()).toEqual(events.map((e) => `event-${e.id}`).sort());
  });

  it('groups each event under the heading of its year, years ascending, events in date order', () => {
    const { $ } = page('/timeline/');
    const years: number[] = [];
    const dates: string[] = [];
    for (const event of events) {
      const li = $(`#event-${event.id}`);
      const group = li.closest('section');
      const heading = group.children('h2, h3').first();
      expect(heading.text().trim(), event.id).toBe(event.date.slice(0, 4));
      expect(li.find('time').first().attr('datetime'), event.id).toBe(event.date);
    }
    $('li[id^="event-"]').each((_, li) => {
      dates.push($(li).find('time').first().attr('datetime') ?? '');
    });
    $('li[id^="event-"]')
      .closest('section')
      .each((_, section) => {
        years.push(Number($(section).children('h2, h3').first().text().trim()));
      });
    expect(dates).toEqual([...dates].sort());
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    expect(years.length).toBeGreaterThan(1);
  });

  it('shows a visible “Background” label on every public-record event and a “Scheduled” label on every scheduled one, on every page', () => {
    const background = events.filter((e) => e.source === 'record');
    const scheduled = events.filter((e) => e.status === 'scheduled');
    expect(background.length).toBeGreaterThan(0);
    expect(scheduled.length).toBeGreaterThan(0);
    let checked = 0;
    for (const { file, $ } of pages) {
      $('li[id^="event-"]').each((_, li) => {
        const id = ($(li).attr('id') ?? '').replace(/^event-/, '');
        const event = events.find((e) => e.id === id);
        expect(event, `${file}: ${id} is a known event`).toBeDefined();
        const labels = $(li)
          .find('*')
          .filter((__, el) => $(el).children().length === 0 && isVisible($, el))
          .map((__, el) => $(el).text().trim())
          .get();
        const t = dictionaryFor(editionOfFile(file));
        expect(labels.includes(t.background), `${file}: ${id} Background label`).toBe(event?.source === 'record');
        expect(labels.includes(t.scheduled), `${file}: ${id} Scheduled label`).toBe(event?.status === 'scheduled');
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(events.length * 2);
  });
});
