// Who says what, as a reader and a crawler get it: the claims page, each claim's own page and
// quote card, the sentence in context, summaries that cite, and the structured data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CLAIMS, EVENTS, OPENING, SECTIONS, speakerOf } from '../support/content';
import { DIST, loadPage, requireDist } from '../support/dist';

requireDist();
const pageOf = (bodyId: string) => (bodyId === 'opening' ? 'index.html' : `${bodyId}/index.html`);

describe('/claims/', () => {
  const $ = loadPage('claims/index.html');

  it('lists every claim once, under the heading of who says it', () => {
    expect($('main article[id^="claim-"]').length).toBe(CLAIMS.length);
    for (const claim of CLAIMS) {
      const entry = $(`#claim-${claim.id}`);
      expect(entry.length, claim.id).toBe(1);
      expect(entry.closest('section').children('h2').text(), claim.id).toContain(speakerOf(claim.speaker).name);
      expect(entry.find('blockquote').text().trim(), claim.id).toBe(claim.words);
      expect(entry.text(), claim.id).toContain(claim.attribution);
    }
  });

  it('gives each claim its status with a date, and a link to the sentence in context that exists', () => {
    for (const claim of CLAIMS) {
      const entry = $(`#claim-${claim.id}`);
      const latest = claim.status.at(-1);
      expect(entry.find('time').last().attr('datetime'), claim.id).toBe(latest?.date);
      const context = entry.find('a').filter((_, a) => ($(a).text() ?? '').startsWith('In context'));
      const href = context.attr('href') ?? '';
      const [path = '', anchor = ''] = href.split('#');
      expect(path, claim.id).toBe(claim.in === 'opening' ? '/' : `/${claim.in}/`);
      const target = loadPage(pageOf(claim.in))(`#${anchor}`).clone();
      target.find('.mention-note').remove();
      expect(target.text().replace(/\s+/g, ' ').trim(), claim.id).toBe(claim.words.replace(/\s+/g, ' ').trim());
    }
  });

  it('is in the sitemap and the feed', () => {
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain('/claims/</loc>');
    expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).toContain('/claims/</link>');
  });
});

describe('each claim’s own page', () => {
  for (const claim of CLAIMS) {
    it(`${claim.id}: shows the quote with who and when, shares its own URL and unfurls into its quote card`, async () => {
      const $ = loadPage(`claims/${claim.id}/index.html`);
      expect($('main blockquote').text().trim()).toBe(claim.words);
      expect($('h1').text()).toContain(speakerOf(claim.speaker).name);
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
});

describe('claims in the text and the structured data', () => {
  for (const section of SECTIONS) {
    it(`${section.id}: lists its claims as schema.org Claims that appear on the page, in reading order`, () => {
      const $ = loadPage(`${section.id}/index.html`);
      const order = $('main .claim[id]').map((_, el) => $(el).attr('id')).get();
      const claims = CLAIMS.filter((claim) => claim.in === section.id).sort((a, b) => order.indexOf(`claim-${a.id}`) - order.indexOf(`claim-${b.id}`));
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      const ld = $('script[type="application/ld+json"]')
        .get()
        .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
        .filter((data) => data['@type'] === 'Claim');
      expect(ld.map((data) => data['text'])).toEqual(claims.map((claim) => claim.words));
      for (const [index, data] of ld.entries()) {
        expect(data['appearance'], claims[index]?.id).toEqual({ '@type': 'CreativeWork', url: `${canonical}#claim-${claims[index]?.id}` });
        expect(data['firstAppearance']).toEqual(data['appearance']);
        expect(data['datePublished']).toBe(claims[index]?.status[0]?.date);
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
