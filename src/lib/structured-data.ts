/** A JSON-LD object, ready for JSON.stringify. */
export type JsonLd = Record<string, unknown>;

/** The schema.org context every top-level object names. */
export const SCHEMA_CONTEXT = 'https://schema.org';

/** Facts every article object of the site shares; all URLs absolute. */
export interface ArticleFacts {
  /** Site name: the publisher of the explainer. */
  siteTitle: string;
  /** Absolute URL of the home page, the publisher's address. */
  homeUrl: string;
  /** BCP 47 language of the text. */
  inLanguage: string;
  /** First publication, ISO date. */
  datePublished: string;
  /** Latest update, ISO date. */
  dateModified: string;
  /** Headline the original report was filed under; it has no known URL, so none is given. */
  originalHeadline: string;
}

/** What one page says about itself as an article; all URLs absolute. */
export interface ArticlePage {
  /** Absolute canonical URL of the page. */
  url: string;
  /** The page's headline (schema.org advises 110 characters at most). */
  headline: string;
  /** The page's description. */
  description: string;
  /** Absolute URL of the page's social card. */
  imageUrl: string;
  /** Corrections published to the page, oldest first; default none (no `correction` is written). */
  corrections?: readonly CorrectionFacts[] | undefined;
  /** For a page of a translated edition: the absolute URL of the original page it translates. */
  translationOf?: string | undefined;
}

/** One correction as a schema.org CorrectionComment says it. */
export interface CorrectionFacts {
  /** The correction's note for readers. */
  text: string;
  /** When it was published, ISO date. */
  datePublished: string;
  /** Absolute URL of its entry in the updates log. */
  url: string;
}


/**
 * A NewsArticle for a page of the explainer. The site is the publisher; no author
 * is named because the report's author is not known. `isBasedOn` names the
 * original report by its headline only.
 */
export function buildNewsArticle(page: ArticlePage, facts: ArticleFacts): JsonLd {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'NewsArticle',
    headline: page.headline,
    // No description or mainEntityOfPage: the page's meta description and url say them, and
    // every byte here is first-render bytes.
    url: page.url,
    image: [page.imageUrl],
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    inLanguage: facts.inLanguage,
    publisher: { '@type': 'Organization', name: facts.siteTitle, url: facts.homeUrl },
    isBasedOn: { '@type': 'NewsArticle', headline: facts.originalHeadline },
    ...(page.corrections && page.corrections.length > 0 ? { correction: page.corrections.map(buildCorrectionComment) } : {}),
    ...(page.translationOf ? { translationOfWork: { '@type': 'NewsArticle', '@id': page.translationOf, url: page.translationOf } } : {}),
  };
}

/** A schema.org CorrectionComment: what was corrected, when, and where the log says so. */
export function buildCorrectionComment(correction: CorrectionFacts): JsonLd {
  return { '@type': 'CorrectionComment', text: correction.text, datePublished: correction.datePublished, url: correction.url };
}

/** JSON for a <script type="application/ld+json"> block: "<" is escaped so no text can close the script. */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** What a schema.org Claim says of one attributed statement. */
export interface ClaimFacts {
  /** The claim's words, as in the article. */
  text: string;
  /** Absolute URL of the claim's own page. */
  url: string;
  /** Absolute URL of the sentence in context (page plus anchor). */
  appearanceUrl: string;
  /** Who makes it: a person, or an organisation or unnamed reports. */
  author: { name: string; isPerson: boolean };
  /** When the article reported it, ISO date. */
  datePublished: string;
}

/** A schema.org Claim: the statement, who makes it, and where it appears (here first, as far as the site knows); its own page's URL is its id. */
export function buildClaim(claim: ClaimFacts): JsonLd {
  const appearance = { '@type': 'CreativeWork', url: claim.appearanceUrl };
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Claim',
    '@id': claim.url,
    text: claim.text,
    url: claim.url,
    author: { '@type': claim.author.isPerson ? 'Person' : 'Organization', name: claim.author.name },
    datePublished: claim.datePublished,
    appearance,
    firstAppearance: appearance,
  };
}

