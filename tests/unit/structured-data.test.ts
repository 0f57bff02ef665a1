import { describe, expect, it } from 'vitest';
import {
  SCHEMA_CONTEXT,
  buildClaim,
  buildNewsArticle,
  serialiseJsonLd,
  type ArticleFacts,
  type ArticlePage,
  type ClaimFacts,
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

  it('describes the page as a NewsArticle with its headline, url, image and dates', () => {
    expect(article).toMatchObject({
      '@context': SCHEMA_CONTEXT,
      '@type': 'NewsArticle',
      headline: PAGE.headline,
      url: PAGE.url,
      image: [PAGE.imageUrl],
      datePublished: '2025-08-17',
      dateModified: '2025-08-20',
      inLanguage: 'en',
    });
  });

  it('leaves the description and the main entity to the page’s own meta and url, not said twice in every first render', () => {
    expect(article).not.toHaveProperty('description');
    expect(article).not.toHaveProperty('mainEntityOfPage');
  });

  it('names the site as publisher and invents no author', () => {
    expect(article['publisher']).toEqual({ '@type': 'Organization', name: FACTS.siteTitle, url: FACTS.homeUrl });
    expect(article).not.toHaveProperty('author');
  });

  it('cites the original report by its headline only, since it has no known URL', () => {
    expect(article['isBasedOn']).toEqual({ '@type': 'NewsArticle', headline: FACTS.originalHeadline });
  });

  it('writes no correction for a page never corrected', () => {
    expect(article).not.toHaveProperty('correction');
    expect(buildNewsArticle({ ...PAGE, corrections: [] }, FACTS)).not.toHaveProperty('correction');
  });

  it('lists each correction of the page as a CorrectionComment with its text, date and entry in the log', () => {
    const url = 'https://news.example/explainer/changes/#update-2025-08-20';
    const corrected = buildNewsArticle({ ...PAGE, corrections: [{ text: 'The meeting was on 25 April.', datePublished: '2025-08-20', url }] }, FACTS);
    expect(corrected['correction']).toEqual([{ '@type': 'CorrectionComment', text: 'The meeting was on 25 April.', datePublished: '2025-08-20', url }]);
  });
});

describe('buildClaim', () => {
  const CLAIM: ClaimFacts = {
    text: 'Witkoff suggested this new arrangement could serve as a viable alternative, provided Ukraine finds it acceptable.',
    url: 'https://news.example/explainer/claims/witkoff-alternative/',
    appearanceUrl: 'https://news.example/explainer/guarantees/#claim-witkoff-alternative',
    author: { name: 'Steve Witkoff', isPerson: true },
    datePublished: '2025-08-17',
  };
  const claim = buildClaim(CLAIM);

  it('describes the statement as a schema.org Claim with its words, its own page and the day it was reported', () => {
    expect(claim).toMatchObject({
      '@context': SCHEMA_CONTEXT,
      '@type': 'Claim',
      text: CLAIM.text,
      url: CLAIM.url,
      datePublished: '2025-08-17',
    });
  });

  it('names a person who makes the claim as a Person', () => {
    expect(claim['author']).toEqual({ '@type': 'Person', name: 'Steve Witkoff' });
  });

  it('names an office, an outlet or unnamed reports as an Organization', () => {
    const reported = buildClaim({ ...CLAIM, author: { name: 'Unnamed reports', isPerson: false } });
    expect(reported['author']).toEqual({ '@type': 'Organization', name: 'Unnamed reports' });
  });

  it('points its appearance and first appearance at the sentence in context', () => {
    const appearance = { '@type': 'CreativeWork', url: CLAIM.appearanceUrl };
    expect(claim['appearance']).toEqual(appearance);
    expect(claim['firstAppearance']).toEqual(appearance);
  });

  it('says nothing beyond what the site knows: no rating, no review', () => {
    expect(Object.keys(claim).sort()).toEqual(
      ['@context', '@type', '@id', 'text', 'url', 'author', 'datePublished', 'appearance', 'firstAppearance'].sort(),
    );
  });

  it('survives serialising, with its words intact', () => {
    expect(JSON.parse(serialiseJsonLd(claim))).toEqual(claim);
  });

  it('is known by its own page: the URL is its @id', () => {
    expect(claim['@id']).toBe(CLAIM.url);
  });
});

describe('serialiseJsonLd', () => {
  it('escapes "<" so a value cannot close the script block', () => {
    const json = serialiseJsonLd({ headline: 'A </script><script>alert(1)</script> title' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: 'A </script><script>alert(1)</script> title' });
  });
});
