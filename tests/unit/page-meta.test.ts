import { describe, expect, it } from 'vitest';
import { TITLE_MAX,
  SOCIAL_CARD_SIZE,
  buildPageMeta,
  isListedInSitemap,
  type SiteFacts,
} from '../../src/lib/page-meta';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { HOME_CARD_ID, NOT_FOUND_ROUTE, PAGE_ROUTES } from '../../src/routes';

const SITE: SiteFacts = {
  title: 'Ukraine security guarantees explained',
  origin: 'https://example.org',
  base: '/',
  published: '2025-08-17',
  modified: '2025-08-20',
  headline: 'U.S. envoy says Russia accepts guarantees',
  asOf: '2025-08-17',
  describeCard: dictionaryFor('en').cardAlt,
};

// The card's words are the dictionary's (src/i18n/en.ts asOf, cardAlt), filled by its filler.
describe('a card’s words', () => {
  const en = dictionaryFor('en');
  it('writes the dateline a card shows', () => {
    expect(en.asOf('2025-08-17')).toBe('As of 17 August 2025');
  });

  it('names the page title unquoted and gives the date in words', () => {
    expect(en.cardAlt({ siteTitle: 'Site', title: 'Territory', asOf: '2025-08-17' })).toBe('Card from Site, as of 17 August 2025: Territory, with its summary');
  });

  it('names the headline without quoting it when no title is given', () => {
    expect(en.cardAlt({ siteTitle: 'Site', title: undefined, asOf: '2025-08-17' })).toBe('Card from Site, as of 17 August 2025: the story’s headline, with its summary');
  });
});

describe('isListedInSitemap', () => {
  it('lists every ordinary page', () => {
    for (const url of ['https://example.org/', 'https://example.org/territory/', '/news/read/']) {
      expect(isListedInSitemap(url), url).toBe(true);
    }
  });

  it('leaves out the 404 page however it is addressed, also under a base path', () => {
    for (const url of ['https://example.org/404/', 'https://example.org/404.html', '/404', '/news/404/']) {
      expect(isListedInSitemap(url), url).toBe(false);
    }
  });

  it('leaves out the embeddable views, at the root and under the base the site is built for', () => {
    expect(isListedInSitemap('https://example.org/embed/timeline/')).toBe(false);
    expect(isListedInSitemap('https://example.org/embed/timeline/territory/')).toBe(false);
    expect(isListedInSitemap('https://example.org/news/embed/map/', '/news/')).toBe(false);
    expect(isListedInSitemap('https://example.org/news/embed/map/', 'news')).toBe(false);
  });

  it('reads the embeds’ folder only right below the base', () => {
    expect(isListedInSitemap('https://example.org/embed/map/', '/embed/')).toBe(true);
    expect(isListedInSitemap('https://example.org/embedded/')).toBe(true);
  });

  it('does not mistake a page whose name merely contains 404 for the 404 page', () => {
    expect(isListedInSitemap('https://example.org/4040/')).toBe(true);
    expect(isListedInSitemap('https://example.org/x404/')).toBe(true);
  });
});

describe('buildPageMeta', () => {
  it('lets a long page title stand without the site name, so search results show it whole', () => {
    const headline = 'Witkoff suggested it could be an alternative, if Ukraine finds it acceptable';
    const meta = buildPageMeta({ segment: 'claims/witkoff-alternative', pageTitle: headline, description: 'A claim.', cardId: 'claim-witkoff-alternative' }, SITE);
    expect(meta.title).toBe(headline);
    expect(`${headline} · ${SITE.title}`.length).toBeGreaterThan(TITLE_MAX);
  });

  it('writes a translated edition’s not-found page as its own 404.html', () => {
    const meta = buildPageMeta({ segment: '404', pageTitle: 'Не знайдено', description: 'Немає такої сторінки.', cardId: 'home' }, { ...SITE, edition: 'uk' });
    expect(meta.canonical).toBe('https://example.org/uk/404.html');
  });

  it('gives a section page "title · site", an absolute canonical and an absolute card URL', () => {
    const meta = buildPageMeta(
      { segment: 'territory', pageTitle: 'Territorial Tensions', description: 'About territory.', cardId: 'territory' },
      SITE,
    );
    expect(meta.title).toBe('Territorial Tensions · Ukraine security guarantees explained');
    expect(meta.socialTitle).toBe('Territorial Tensions');
    expect(meta.description).toBe('About territory.');
    expect(meta.canonical).toBe('https://example.org/territory/');
    expect(meta.image).toEqual({
      url: 'https://example.org/og/territory.png',
      ...SOCIAL_CARD_SIZE,
      alt: 'Card from Ukraine security guarantees explained, as of 17 August 2025: Territorial Tensions, with its summary',
    });
    expect(meta.isIndexable).toBe(true);
    expect(meta.jsonLd).toEqual([]);
  });

  it('uses the site title alone for the home page and names the headline on its card', () => {
    const meta = buildPageMeta({ segment: '', pageTitle: undefined, description: 'Home.', cardId: HOME_CARD_ID }, SITE);
    expect(meta.title).toBe(SITE.title);
    expect(meta.socialTitle).toBe(SITE.title);
    expect(meta.canonical).toBe('https://example.org/');
    expect(meta.image.url).toBe('https://example.org/og/home.png');
    expect(meta.image.alt).toContain(': U.S. envoy says Russia accepts guarantees, ');
  });

  it('keeps the base path in the canonical and card URLs', () => {
    const meta = buildPageMeta(
      { segment: PAGE_ROUTES.read, pageTitle: 'The whole story', description: 'All of it.', cardId: PAGE_ROUTES.read },
      { ...SITE, origin: 'https://news.example', base: '/explainers/ukraine/' },
    );
    expect(meta.canonical).toBe('https://news.example/explainers/ukraine/read/');
    expect(meta.image.url).toBe('https://news.example/explainers/ukraine/og/read.png');
  });

  it('points the 404 page at 404.html and keeps it out of search', () => {
    const meta = buildPageMeta(
      { segment: NOT_FOUND_ROUTE, pageTitle: 'Page not found', description: 'Missing.', cardId: HOME_CARD_ID },
      { ...SITE, base: '/news/' },
    );
    expect(meta.canonical).toBe('https://example.org/news/404.html');
    expect(meta.isIndexable).toBe(false);
  });

  it('dates the card from the publication date when no asOf is given', () => {
    const meta = buildPageMeta(
      { segment: PAGE_ROUTES.timeline, pageTitle: 'Timeline', description: 'Dates.', cardId: PAGE_ROUTES.timeline },
      { ...SITE, asOf: undefined, published: '2025-08-18' },
    );
    expect(meta.image.alt).toContain(', as of 18 August 2025: ');
  });

  it('passes the dates and structured data through', () => {
    const jsonLd = [{ '@type': 'NewsArticle' }];
    const meta = buildPageMeta({ segment: 'outlook', pageTitle: 'Outlook', description: 'Next.', cardId: 'outlook', jsonLd }, SITE);
    expect(meta.published).toBe('2025-08-17');
    expect(meta.modified).toBe('2025-08-20');
    expect(meta.jsonLd).toEqual(jsonLd);
  });

  it('gives different pages different titles and canonicals', () => {
    const pages = [
      { segment: '', pageTitle: undefined, cardId: 'home' },
      { segment: 'read', pageTitle: 'The whole story', cardId: 'read' },
      { segment: 'territory', pageTitle: 'Territory', cardId: 'territory' },
    ].map((page) => buildPageMeta({ ...page, description: 'd' }, SITE));
    expect(new Set(pages.map((m) => m.title)).size).toBe(3);
    expect(new Set(pages.map((m) => m.canonical)).size).toBe(3);
  });
});
