// Reader tools as the built files carry them: who's-who cards, attributions and
// sources, "In short", open questions, reading time, updates, the map and the
// offline worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHORS } from '../../src/routes';
import { describe, expect, it } from 'vitest';
import { dictionaryFor, fill } from '../../src/i18n/dictionary';
import { whoSaysIt } from '../../src/lib/attribution';
import { LOCALES, localeSegment } from '../../src/i18n/locales';
import { TRUSTED_TYPES_POLICY } from '../../src/lib/csp';
import type { WorkerPlan } from '../../src/lib/service-worker';
import { builtFileToPath } from '../../src/lib/url';
import { CLAIMS, EVENTS, MAP, PEOPLE, SECTION_SLUGS, SECTIONS, TERMS, UK_UPDATE_NOTES, UPDATES, speakerOf } from '../support/content';
import { DIST, editionOfFile, isEmbedFile, listHtmlFiles, loadPage, requireDist } from '../support/dist';

requireDist();
const SECTION_FILES = SECTION_SLUGS.map((slug) => `${slug}/index.html`);
const en = dictionaryFor('en');
/** The pages with the locator map: the home page, and each section whose text places the map. */
const MAP_FILES = ['index.html', ...SECTIONS.filter((section) => section.body.includes('<LocatorMap')).map((section) => `${section.id}/index.html`)];

describe('who’s-who cards', () => {
  for (const file of SECTION_FILES) {
    it(`${file}: every first mention opens a card that exists, names it and links to its glossary entry`, () => {
      const $ = loadPage(file);
      const mentions = $('main button.mention[popovertarget]');
      expect(mentions.length).toBeGreaterThan(0);
      mentions.each((_, element) => {
        const target = $(element).attr('popovertarget') ?? '';
        const card = $(`#${target}`);
        expect(card.attr('popover'), target).toBe('');
        expect(card.attr('role')).toBe('dialog');
        expect($(`#${card.attr('aria-labelledby')}`).text().trim().length).toBeGreaterThan(0);
        const entry = target.replace(/^card-/, '');
        expect(card.find(`a[href$="/glossary/#${entry}"]`).length, target).toBe(1);
        // The card sits outside the paragraph, so the article's sentence stays whole.
        expect($(element).closest('p').find('[popover]').length).toBe(0);
      });
    });
  }

  it('read/index.html: every first mention links to its glossary entry, which exists, and the page carries no card', () => {
    const $ = loadPage('read/index.html');
    const glossary = loadPage('glossary/index.html');
    const mentions = $('main a.mention');
    // Each section marks the first mention of every person and term it lists (the build checks it).
    expect(mentions.length).toBe(SECTIONS.reduce((count, section) => count + section.data.people.length + section.data.terms.length, 0));
    mentions.each((_, element) => {
      const href = $(element).attr('href') ?? '';
      expect(href, $(element).text()).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
      expect(glossary(`[id="${href.split('#')[1]}"]`).length, href).toBe(1);
    });
    expect($('[popover], button.mention, .mention-note').length).toBe(0);
  });

  it('marks each person and term only once per section page', () => {
    for (const file of SECTION_FILES) {
      const $ = loadPage(file);
      const targets = $('main button.mention').map((_, el) => $(el).attr('popovertarget')).get();
      expect(new Set(targets).size, file).toBe(targets.length);
    }
  });
});

describe('glossary', () => {
  it('has an anchored entry for every person and term, each listing the sections that mention it', () => {
    const $ = loadPage('glossary/index.html');
    const entries = $('section[aria-labelledby="people"] dl > div[id], section[aria-labelledby="terms"] dl > div[id]');
    expect(entries.length).toBe(PEOPLE.length + TERMS.length);
    entries.each((_, entry) => {
      expect($(entry).find('a[href]').length, $(entry).attr('id')).toBeGreaterThan(0);
    });
    for (const term of TERMS) expect($(`[id="${term.id}"] dt`).text().trim(), term.id).toBe(term.term);
    for (const person of PEOPLE) expect($(`[id="${person.id}"] dt`).text().trim(), person.id).toContain(person.name);
  });

  it('is linked from every page of the site (embeddable views link to their full page instead)', () => {
    for (const file of listHtmlFiles().filter((f) => !isEmbedFile(f))) {
      expect(loadPage(file)('a[href$="/glossary/"]').length, file).toBeGreaterThan(0);
    }
  });
});

/** The text of an element without the margin notes of first mentions inside it, white space collapsed. */
function textWithoutNotes(element: ReturnType<ReturnType<typeof loadPage>>): string {
  const copy = element.clone();
  copy.find('.mention-note').remove();
  return copy.text().replace(/\s+/g, ' ').trim();
}

describe('who says so', () => {
  for (const slug of SECTION_SLUGS) {
    const claims = CLAIMS.filter((claim) => claim.in === slug);
    it(`${slug}: marks each of its ${claims.length} claims once, says who says it, and lists its speakers`, () => {
      const $ = loadPage(`${slug}/index.html`);
      for (const claim of claims) {
        const words = $(`#claim-${claim.id}`);
        expect(words.length, claim.id).toBe(1);
        // The words as read: a first mention's margin note inside them is not part of the sentence.
        expect(textWithoutNotes(words), claim.id).toBe(claim.words.replace(/\s+/g, ' ').trim());
        const label = words.next('.claim-mark').find('a');
        const note = label.find('.claim-note').text();
        expect(label.attr('href'), claim.id).toBe(`/claims/${claim.id}/`);
        // The link's name is the visible label (WCAG 2.5.3, label in name), then its note: who says it, and when.
        expect(label.attr('aria-label'), claim.id).toBeUndefined();
        expect(label.contents().first().text(), claim.id).toBe(speakerOf(claim.speaker).label);
        expect(note.trim().split(' · ')[0], claim.id).toBe(whoSaysIt(en, { who: speakerOf(claim.speaker).name, label: speakerOf(claim.speaker).label }, claim.attribution, 'who'));
        expect(note, claim.id).toContain(speakerOf(claim.speaker).name);
        // The note says when it was said where the article says so; the article's own report needs no status.
        if (claim.saidWhen) expect(note, claim.id).toContain(fill(en.claims.saidWhen, { when: claim.saidWhen }));
        expect(note, claim.id).not.toContain(en.claims.status.claimed);
      }
      const listed = $('#sources ~ ul li[id]').map((_, el) => $(el).attr('id')).get();
      expect([...listed].sort()).toEqual([...new Set(claims.map((claim) => `source-${claim.speaker}`))].sort());
      expect($('main .claim[id]').length).toBe(claims.length);
    });
  }

  it('opens every section with an “In short” box of two to four points', () => {
    for (const file of SECTION_FILES) {
      const $ = loadPage(file);
      const points = $('aside[aria-labelledby="in-short"] li');
      expect(points.length, file).toBeGreaterThanOrEqual(2);
      expect(points.length, file).toBeLessThanOrEqual(4);
    }
  });

  const withQuestions = SECTIONS.filter((section) => section.data.openQuestions.length > 0);
  it.each(withQuestions.map((section) => section.id))('lists the open questions on the %s page, each linked to its section', (slug) => {
    const $ = loadPage(`${slug}/index.html`);
    const links = $('#open-questions ~ ul li a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const questions = withQuestions.find((section) => section.id === slug)?.data.openQuestions ?? [];
    expect(links).toEqual(questions.map((question) => `/${question.section}/`));
  });
});

describe('reading comfort', () => {
  it('links each event on the timeline page to its section, a section’s timeline to the other sections only, and keeps the front page’s timeline short', () => {
    const sectionTitle = (slug: string) => SECTIONS.find((section) => section.id === slug)!.data.title;
    const moreIn = (slug: string) => en.msg('moreIn', { section: sectionTitle(slug) });
    const timeline = loadPage('timeline/index.html');
    for (const event of EVENTS) {
      expect(timeline(`#event-${event.id} a[href="/${event.section}/"]`).text(), event.id).toBe(moreIn(event.section));
      const section = loadPage(`${event.section}/index.html`);
      expect(section(`#event-${event.id}`).length, event.id).toBe(1);
      expect(section(`#event-${event.id} a[href="/${event.section}/"]`).length, event.id).toBe(0);
    }
    const home = loadPage('index.html');
    expect(home('#timeline ~ * li[id^="event-"]').length).toBe(EVENTS.length);
    expect(home('#timeline').parent().text()).not.toContain(en.msg('moreIn', { section: '' }).trim());
  });

  it('shows a reading time on every section page and card', () => {
    for (const file of SECTION_FILES) {
      expect(loadPage(file)('main header').text(), file).toMatch(/\d+ min read/);
    }
    expect(loadPage('index.html')('#story-sections ~ ol li').text().match(/\d+ min read/g)).toHaveLength(SECTION_SLUGS.length);
  });

  it('shows the latest entry of the updates log on every page of the site (not in the embeddable views), the whole log a link away, and no "Updated" before an update exists', () => {
    // The footer does not grow with the log: one entry, the newest; the changes page holds them all.
    const latest = UPDATES.reduce((newest, entry) => (entry.date > newest.date ? entry : newest));
    for (const file of listHtmlFiles().filter((f) => !isEmbedFile(f))) {
      const $ = loadPage(file);
      expect($('#updates-log ~ ol li').length, file).toBe(1);
      expect($('#updates-log ~ ol li time').attr('datetime'), file).toBe(latest.date);
      const note = editionOfFile(file) === 'uk' ? UK_UPDATE_NOTES[latest.date] : latest.note;
      expect($('#updates-log ~ ol').text(), file).toContain(note);
      expect($('footer a[href$="/changes/"]').length, `${file}: the whole log is linked`).toBe(1);
    }
    // The first entry is the publication, not an update: the dateline says "Updated" only after it.
    const updated = UPDATES.length > 1;
    for (const file of ['index.html', ...SECTION_FILES]) {
      expect(loadPage(file)('main header').text().includes(`${en.dateline.updated} `), file).toBe(updated);
    }
  });
});

describe('the locator map', () => {
  for (const file of MAP_FILES) {
    it(`${file}: shows the map as lazy images with a text alternative naming every place`, () => {
      const $ = loadPage(file);
      const images = $('figure.locator-map img');
      expect(images.length).toBe(2);
      images.each((_, img) => {
        expect($(img).attr('loading')).toBe('lazy');
        expect($(img).attr('alt')?.length ?? 0).toBeGreaterThan(40);
      });
      const caption = $('figure.locator-map figcaption');
      for (const place of MAP.places) expect(images.first().attr('alt')).toContain(place.label);
      if (file === 'index.html') {
        // The front page lists the place notes; a section that places the map links to them, as its text tells the same.
        for (const place of MAP.places) {
          expect(caption.text()).toContain(place.fullName);
          expect(caption.text()).toContain(place.note);
        }
      } else {
        expect(caption.find(`a[href="/#${ANCHORS.where}"]`).length, file).toBe(1);
      }
    });
  }

  it('keeps the map out of the first-render bytes: the SVGs are files, not inlined', () => {
    for (const file of MAP_FILES) expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('<svg');
  });
});

describe('the offline worker', () => {
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const plan = JSON.parse(/const PLAN = (\{.*\});/.exec(worker)?.[1] ?? '{}') as WorkerPlan;
  const url = (file: string) => `/${builtFileToPath(file)}`;

  const editions = LOCALES.map((locale) => ({ locale, prefix: localeSegment(locale) === '' ? '' : `${localeSegment(locale)}/` }));

  it('is versioned by the build and keeps only the one-page story of the reader’s edition at install', () => {
    expect(plan.version).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(plan.editions).sort()).toEqual(LOCALES.map(localeSegment).sort());
    for (const { locale, prefix } of editions) expect(plan.editions[localeSegment(locale)]?.essentials, locale).toEqual([`/${prefix}read/`]);
  });

  it.each(editions)('keeps every other $locale page and its map on request, but no social card, feed, host file, embed or the 404 page', ({ locale, prefix }) => {
    const edition = plan.editions[localeSegment(locale)];
    const kept = [...(edition?.essentials ?? []), ...(edition?.everything ?? [])];
    const pages = listHtmlFiles().filter((f) => f !== `${prefix}404.html` && !isEmbedFile(f) && (prefix === '' ? !LOCALES.some((l) => l !== locale && f.startsWith(`${l}/`)) : f.startsWith(prefix)));
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) expect(kept, file).toContain(url(file));
    // Only its own edition's pages.
    expect(kept.filter((u) => u.endsWith('/')).length).toBe(pages.length);
    expect(kept).not.toContain(`/${prefix}404.html`);
    for (const scheme of ['light', 'dark']) expect(kept).toContain(`/${prefix}map/${scheme}.svg`);
    expect(kept.filter((u) => /^\/([a-z]{2}\/)?(og\/|sw\.js|rss\.xml|robots\.txt|_headers|_redirects|sitemap|embed\/)/.test(u))).toEqual([]);
  });

  it.each(editions)('knows every section of the $locale edition, so offline it can send a section to its part of /read/', ({ locale, prefix }) => {
    const sections = plan.editions[localeSegment(locale)]?.sections ?? [];
    expect([...sections].sort()).toEqual([...SECTION_SLUGS].sort());
    const read = loadPage(`${prefix}read/index.html`);
    for (const slug of sections) expect(read(`#${slug}`).length, slug).toBe(1);
  });

  it('is registered by the page script only in a secure context, through the Trusted Types policy', () => {
    const $ = loadPage('index.html');
    // The page script is a file the inline loader imports once the page has painted.
    const src = /import\("([^"]+)"\)/.exec($('head script:not([type])').text())?.[1] ?? '';
    expect(src, 'the page script is a file').toMatch(/^\/_astro\/.+\.js$/);
    const script = readFileSync(join(DIST, src.slice(1)), 'utf8');
    expect(script).toContain('isSecureContext');
    expect(script).toContain('sw.js');
    expect(script).toContain(`createPolicy(\`${TRUSTED_TYPES_POLICY}\``);
  });
});
