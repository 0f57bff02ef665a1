import { describe, expect, it } from 'vitest';
import {
  SCHEMA_CONTEXT,
  buildBreadcrumbList,
  buildNewsArticle,
  serialiseJsonLd,
  type ArticleFacts,
  type ArticlePage,
} from '../../src/lib/structured-data';

const FACTS: ArticleFacts = {
  siteTitle: 'Ukraine security guarantees explained',
  homeUrl: 'https://news.example/explainer/',
  inLanguage: 'en',
  datePublished: '2025-08-17',
  dateModified: '2025-08-20',
  originalHeadline: 'Ukraine Security Guarantees: Putin’s Shocking Concession!',
};

const PAGE: ArticlePage = {
  url: 'https://news.example/explainer/territory/',
  headline: 'Territorial Tensions: Donetsk in Focus',
  description: 'Witkoff says Russia made “some concessions” on territory.',
  imageUrl: 'https://news.example/explainer/og/territory.png',
};

describe('buildNewsArticle', () => {
  const article = buildNewsArticle(PAGE, FACTS);

  it('describes the page as a NewsArticle with its headline, description, image and dates', () => {
    expect(article).toMatchObject({
      '@context': SCHEMA_CONTEXT,
      '@type': 'NewsArticle',
      headline: PAGE.headline,
      description: PAGE.description,
      url: PAGE.url,
      image: [PAGE.imageUrl],
      datePublished: '2025-08-17',
      dateModified: '2025-08-20',
      inLanguage: 'en',
    });
  });

  it('makes the page its main entity', () => {
    expect(article['mainEntityOfPage']).toEqual({ '@type': 'WebPage', '@id': PAGE.url });
  });

  it('names the site as publisher and invents no author', () => {
    expect(article['publisher']).toEqual({ '@type': 'Organization', name: FACTS.siteTitle, url: FACTS.homeUrl });
    expect(article).not.toHaveProperty('author');
  });

  it('cites the original report by its headline only, since it has no known URL', () => {
    expect(article['isBasedOn']).toEqual({ '@type': 'NewsArticle', headline: FACTS.originalHeadline });
  });
});

describe('buildBreadcrumbList', () => {
  it('numbers the steps from 1, home first', () => {
    const list = buildBreadcrumbList([
      { name: 'Home', url: FACTS.homeUrl },
      { name: PAGE.headline, url: PAGE.url },
    ]);
    expect(list).toEqual({
      '@context': SCHEMA_CONTEXT,
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: FACTS.homeUrl },
        { '@type': 'ListItem', position: 2, name: PAGE.headline, item: PAGE.url },
      ],
    });
  });

  it('throws for an empty trail', () => {
    expect(() => buildBreadcrumbList([])).toThrow(/at least one step/);
  });
});

describe('serialiseJsonLd', () => {
  it('escapes "<" so a value cannot close the script block', () => {
    const json = serialiseJsonLd({ headline: 'A </script><script>alert(1)</script> title' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: 'A </script><script>alert(1)</script> title' });
  });
});
