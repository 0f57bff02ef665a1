import { toAbsoluteUrl, buildFilePath, buildPagePath } from './url';

/** Size of every social card, in pixels. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What the head of a page says about it, every URL absolute. */
export interface PageMeta {
  /** Document title, unique per page. */
  title: string;
  /** Title for link previews (without the site name). */
  socialTitle: string;
  /** Meta description, unique per page. */
  description: string;
  /** Absolute canonical URL, also og:url. */
  canonical: string;
  /** The page's social card. */
  image: { url: string; width: number; height: number; alt: string };
  /** First publication, ISO date. */
  published: string;
  /** Latest update, ISO date. */
  modified: string;
  /** Structured data objects, each rendered as its own JSON-LD script. */
  jsonLd: Record<string, unknown>[];
}

/** What a page tells buildPageMeta. */
export interface PageMetaInput {
  /** Page segment ("" for home). */
  segment: string;
  /** Page title without the site name; undefined for home. */
  pageTitle: string | undefined;
  /** Description for meta tags. */
  description: string;
  /** Id of the page's social card (og/<id>.png). */
  cardId: string;
  /** JSON-LD objects for the page; default none. */
  jsonLd?: Record<string, unknown>[];
}

/** The site facts buildPageMeta needs. */
export interface SiteFacts {
  title: string;
  origin: string;
  base: string;
  published: string;
  modified: string;
}

/** Path of a page's social card image, relative to the base. */
export function socialCardFile(cardId: string): string {
  return `og/${cardId}.png`;
}

/** Builds a page's head data: unique title, absolute canonical and card URLs. */
export function buildPageMeta(page: PageMetaInput, site: SiteFacts): PageMeta {
  const title = page.pageTitle ? `${page.pageTitle} · ${site.title}` : site.title;
  const socialTitle = page.pageTitle ?? site.title;
  return {
    title,
    socialTitle,
    description: page.description,
    canonical: toAbsoluteUrl(site.origin, buildPagePath(site.base, page.segment)),
    image: {
      url: toAbsoluteUrl(site.origin, buildFilePath(site.base, socialCardFile(page.cardId))),
      ...SOCIAL_CARD_SIZE,
      alt: `${socialTitle}: ${site.title}, as of the story date`,
    },
    published: site.published,
    modified: site.modified,
    jsonLd: page.jsonLd ?? [],
  };
}
