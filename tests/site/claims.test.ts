// Who says what, as a reader and a crawler get it: the claims page, each claim's own page and
// quote card, the sentence in context, summaries that cite, and the structured data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dictionaryFor, fill } from '../../src/i18n/dictionary';
import { foldQuoted, isQuotedIn, scanQuotations } from '../../src/lib/quotations';
import { CLAIMS, EVENTS, OPENING, PEOPLE, SECTIONS, SOURCES, UK_CLAIMS, articleText, speakerOf } from '../support/content';
import { DIST, editionOfFile, listHtmlFiles, loadPage, requireDist } from '../support/dist';
import { EXPECTED_EMBEDS } from '../support/embeds';
import { LOCALES } from '../../src/i18n/locales';

requireDist();
const pageOf = (bodyId: string) => (bodyId === 'opening' ? 'index.html' : `${bodyId}/index.html`);

const en = dictionaryFor('en');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('/claims/', () => {
  const $ = loadPage('claims/index.html');

  it('lists every claim once under who says it, headed by its headline, with the article’s verb', () => {
    expect($('main article[id^="claim-"]').length).toBe(CLAIMS.length);
    for (const claim of CLAIMS) {
      const entry = $(`#claim-${claim.id}`);
      expect(entry.length, claim.id).toBe(1);
      expect(entry.closest('section').children('h2').text(), claim.id).toContain(speakerOf(claim.speaker).name);
      expect(collapse(entry.find('h3').text()), claim.id).toBe(claim.headline);
      expect(entry.text(), claim.id).toContain(claim.attribution);
    }
  });

  it('says under each speaker the label of their claim marks and who they are or how the article presents them: the whole story’s Sources legend links here instead of listing them', () => {
    for (const speaker of new Set(CLAIMS.map((claim) => claim.speaker))) {
      const how = SOURCES.find((source) => source.id === speaker)?.how ?? PEOPLE.find((person) => person.id === speaker)?.role;
      expect(how, speaker).toBeTruthy();
      const line = $(`#speaker-${speaker}`).next('p');
      expect(line.find('strong').text(), speaker).toBe(speakerOf(speaker).label);
      expect(collapse(line.text()), speaker).toBe(collapse(`${speakerOf(speaker).label}: ${how!}`));
    }
    const read = loadPage('read/index.html');
    const legend = read('#sources').closest('section');
    expect(legend.find('li').length).toBe(0);
    expect(legend.find('a[href="/claims/"]').text()).toBe(en.sources.whoIsWho);
  });

  it('sets only a quotation as a blockquote; reported speech stands in the article’s sentence, as reported', () => {
    for (const claim of CLAIMS) {
      const entry = $(`#claim-${claim.id}`);
      if (claim.form === 'quote') {
        expect(collapse(entry.find('blockquote').text()), claim.id).toBe(claim.words);
        expect(entry.text(), claim.id).not.toContain(en.claims.asReported);
      } else {
        expect(entry.find('blockquote').length, `${claim.id} is ${claim.form}, not a quotation`).toBe(0);
        expect(entry.text(), claim.id).toContain(en.claims.asReported);
        expect(collapse(entry.find('.claim').text()), claim.id).toBe(collapse(claim.words));
      }
    }
  });

  it('dates each claim for what the date is: when the article reported it, and when it was said where the article says so', () => {
    for (const claim of CLAIMS) {
      const entry = $(`#claim-${claim.id}`);
      const first = entry.find('ol li').first();
      expect(first.find('time').attr('datetime'), claim.id).toBe(claim.status[0]?.date);
      expect(collapse(first.text()), claim.id).toBe(fill(en.claims.firstStep[claim.form], { date: en.date(claim.status[0]?.date ?? '') }));
      if (claim.saidWhen) expect(entry.text(), claim.id).toContain(fill(en.claims.saidWhen, { when: claim.saidWhen }));
      expect(entry.text(), `${claim.id}: no "Claimed"`).not.toContain('Claimed');
    }
  });

  it('links each claim to the sentence in context, which holds its exact words', () => {
    for (const claim of CLAIMS) {
      const entry = $(`#claim-${claim.id}`);
      const context = entry.find('a').filter((_, a) => ($(a).text() ?? '').startsWith('In context'));
      const href = context.attr('href') ?? '';
      const [path = '', anchor = ''] = href.split('#');
      expect(path, claim.id).toBe(claim.in === 'opening' ? '/' : `/${claim.in}/`);
      const target = loadPage(pageOf(claim.in))(`#${anchor}`).clone();
      target.find('.mention-note').remove();
      expect(collapse(target.text()), claim.id).toBe(collapse(claim.words));
    }
  });

  it('is in the sitemap and the feed', () => {
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain('/claims/</loc>');
    expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).toContain('/claims/</link>');
  });
});

describe('each claim’s own page', () => {
  for (const claim of CLAIMS) {
    it(`${claim.id}: headed by its headline, shows the ${claim.form === 'quote' ? 'quotation' : 'sentence as reported'}, shares its own URL and unfurls into its card`, async () => {
      const $ = loadPage(`claims/${claim.id}/index.html`);
      expect(collapse($('h1').text())).toBe(claim.headline);
      expect($('meta[property="og:title"]').attr('content')).toBe(claim.headline);
      const description = $('meta[name="description"]').attr('content') ?? '';
      if (claim.form === 'quote') {
        expect(collapse($('main blockquote').text())).toBe(claim.words);
        expect(description).toContain(`${speakerOf(claim.speaker).name} ${claim.attribution}: ${claim.words}`);
      } else {
        expect($('main blockquote').length).toBe(0);
        expect(description.startsWith(`${en.claims.asReported} `), description).toBe(true);
        expect(collapse(description)).toContain(collapse(claim.words));
      }
      expect($('main').text()).toContain(speakerOf(claim.speaker).name);
      expect($('share-link a').attr('href')).toBe($('link[rel="canonical"]').attr('href'));
      const image = $('meta[property="og:image"]').attr('content') ?? '';
      expect(image.endsWith(`/og/claim-${claim.id}.png`)).toBe(true);
      const card = join(DIST, 'og', `claim-${claim.id}.png`);
      expect(existsSync(card)).toBe(true);
      expect(await sharp(card).metadata()).toMatchObject({ width: 1200, height: 630 });
      const claimLd = $('script[type="application/ld+json"]')
        .get()
        .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
        .find((data) => data['@type'] === 'Claim');
      expect(claimLd).toMatchObject({ text: claim.words, author: { name: speakerOf(claim.speaker).name } });
    });
  }

  it('in Ukrainian too: headed by the Ukrainian headline, a blockquote only for a quotation', () => {
    for (const claim of CLAIMS) {
      const uk = UK_CLAIMS[claim.id];
      if (!uk) throw new Error(`content/uk/claims/${claim.id}.yaml is missing`);
      const $ = loadPage(`uk/claims/${claim.id}/index.html`);
      expect(collapse($('h1').text()), claim.id).toBe(uk.headline);
      expect($('main blockquote').length, claim.id).toBe(claim.form === 'quote' ? 1 : 0);
      if (claim.form !== 'quote') expect($('main').text(), claim.id).toContain(dictionaryFor('uk').claims.asReported);
    }
  });
});

describe('quotation marks are a promise, in both editions', () => {
  const quotedIn = {
    en: articleText('en').flatMap((p) => scanQuotations(p).quotations.map((q) => foldQuoted(q.inner))),
    uk: articleText('uk').flatMap((p) => scanQuotations(p).quotations.map((q) => foldQuoted(q.inner))),
  };

  /** Every string of a JSON-LD value. */
  const stringsOf = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

  /** What a page says of itself to crawlers and sharers, and on claim and embed pages what a reader reads in <main>. */
  function textsOf(file: string): string[] {
    const $ = loadPage(file);
    const texts = [
      $('title').text(),
      ...$('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]').map((_, el) => $(el).attr('content') ?? '').get(),
      ...$('script[type="application/ld+json"]').get().flatMap((el) => stringsOf(JSON.parse($(el).text()))),
    ];
    if (/(^|\/)(claims|embed)\//.test(file)) texts.push($('main').text());
    return texts;
  }

  /** What breaks the promise in one text of a file: words in marks the article does not quote, nested marks of one kind, a mark left open. */
  function brokenIn(file: string, text: string, quoted: readonly string[]): string[] {
    const scan = scanQuotations(text);
    return [
      ...(scan.hasNestedSameMarks ? [`${file}: nested marks of one kind in "${text.slice(0, 80)}"`] : []),
      ...(scan.isUnbalanced ? [`${file}: a mark left open in "${text.slice(0, 80)}"`] : []),
      ...scan.quotations.filter((quotation) => !isQuotedIn(foldQuoted(quotation.inner), quoted)).map((quotation) => `${file}: ${quotation.text}`),
    ];
  }

  it('puts no words in quotation marks that the article does not quote, nests none in marks of one kind, and leaves none open', () => {
    const wrong: string[] = [];
    for (const file of listHtmlFiles()) {
      const quoted = quotedIn[editionOfFile(file)];
      for (const text of textsOf(file)) wrong.push(...brokenIn(file, text, quoted));
    }
    expect(wrong).toEqual([]);
  });

  it('keeps it in the embeddable views of both editions, claims among them, and in the names and code their oEmbed files give', () => {
    const wrong: string[] = [];
    for (const locale of LOCALES) {
      const views = EXPECTED_EMBEDS.filter((view) => view.locale === locale);
      expect(views.filter((view) => view.claimId !== undefined).length, locale).toBe(CLAIMS.length);
      for (const view of views) {
        // Read in the view's own edition, whose article is the one to quote.
        expect(editionOfFile(view.file), view.file).toBe(locale);
        expect(loadPage(view.file)('main').text().trim(), view.file).not.toBe('');
        const oembed = JSON.parse(readFileSync(join(DIST, view.oembedFile), 'utf8')) as { title: string; html: string };
        for (const text of [...textsOf(view.file), oembed.title, oembed.html]) wrong.push(...brokenIn(view.file, text, quotedIn[locale]));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still quotes Macron on his page and his card’s page, in both editions', () => {
    const quote = CLAIMS.find((claim) => claim.form === 'quote');
    if (!quote) throw new Error('no claim is a quotation');
    for (const file of [`claims/${quote.id}/index.html`, `uk/claims/${quote.id}/index.html`]) {
      const $ = loadPage(file);
      expect(scanQuotations($('main blockquote').text()).quotations.length, file).toBe(1);
    }
  });
});

describe('claims in the text and the structured data', () => {
  for (const section of SECTIONS) {
    it(`${section.id}: each claim's full schema.org Claim is on its own page, its appearance the claim's place in the section's text; the section page repeats none`, () => {
      const $ = loadPage(`${section.id}/index.html`);
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      const types = $('script[type="application/ld+json"]')
        .get()
        .map((el) => (JSON.parse($(el).text()) as Record<string, unknown>)['@type']);
      // A body page's first render carries its article, not a second copy of each claim's record.
      expect(types, section.id).not.toContain('Claim');
      for (const claim of CLAIMS.filter((entry) => entry.in === section.id)) {
        expect($(`#claim-${claim.id}`).length, `${section.id} shows ${claim.id}`).toBe(1);
        const $own = loadPage(`claims/${claim.id}/index.html`);
        const own = $own('script[type="application/ld+json"]')
          .get()
          .map((el) => JSON.parse($own(el).text()) as Record<string, unknown>)
          .find((entry) => entry['@type'] === 'Claim');
        const appearance = { '@type': 'CreativeWork', url: `${canonical}#claim-${claim.id}` };
        expect(own, claim.id).toMatchObject({ '@id': new URL(`../claims/${claim.id}/`, canonical).href, text: claim.words, appearance, firstAppearance: appearance, datePublished: claim.status[0]?.date });
        expect(own?.['author'], claim.id).toMatchObject({ name: speakerOf(claim.speaker).name });
      }
    });
  }
});

describe('summaries that cite', () => {
  /** The hrefs a summary's citation links point at, resolved to page and anchor, each checked to exist. */
  function expectCitesResolve($: ReturnType<typeof loadPage>, where: string, cites: readonly string[], scope: ReturnType<ReturnType<typeof loadPage>>) {
    const links = scope.find('.cites a');
    expect(links.length, where).toBe(cites.length);
    links.each((_, link) => {
      const [path = '', anchor = ''] = ($(link).attr('href') ?? '').split('#');
      const target = loadPage(path === '/' ? 'index.html' : `${path.slice(1)}index.html`);
      expect(target(`#${anchor}`).length, `${where}: ${path}#${anchor}`).toBe(1);
    });
  }

  it('links every standfirst and “In short” point to what it condenses', () => {
    expectCitesResolve(loadPage('index.html'), 'home standfirst', OPENING.standfirstCites, loadPage('index.html')('main header p').eq(0));
    for (const section of SECTIONS) {
      const $ = loadPage(`${section.id}/index.html`);
      expectCitesResolve($, `${section.id} standfirst`, section.data.standfirstCites, $('main header p').filter((_, p) => $(p).find('.cites').length > 0).first());
      section.data.inShort.forEach((point, index) => {
        expectCitesResolve($, `${section.id} inShort[${index}]`, point.cites, $('aside[aria-labelledby="in-short"] li').eq(index));
      });
    }
  });

  it('links every timeline summary of the article to what it condenses', () => {
    const $ = loadPage('timeline/index.html');
    for (const event of EVENTS) {
      expectCitesResolve($, event.id, event.cites, $(`#event-${event.id}`));
    }
  });
});
