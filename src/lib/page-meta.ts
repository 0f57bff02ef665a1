import { HOME_CARD_ID, NOT_FOUND_ROUTE, isEmbedPath, socialCardFile } from '../routes';
import { toAbsoluteUrl, buildFilePath, buildPagePath, normaliseBase } from './url';

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
  /** False for pages search engines should not list (the 404 page). */
  isIndexable: boolean;
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
  /** Site name. */
  title: string;
  /** Absolute origin, such as "https://example.org". */
  origin: string;
  /** Base path, such as "/" or "/news/explainer/". */
  base: string;
  /** First publication, ISO date. */
  published: string;
  /** Latest update, ISO date. */
  modified: string;
  /** The story's headline, shown on the home card; default: the alt text names it without quoting it. */
  headline?: string | undefined;
  /** The date cards show ("As of …"), ISO date; default `published`. */
  asOf?: string | undefined;
  /** The edition's path segment below the base ("" for the original, "uk"); default "". */
  edition?: string | undefined;
  /** False for an edition search engines should not list yet (an unreviewed translation); default true. */
  isIndexable?: boolean | undefined;
  /** The card's alt text in the edition's language (the dictionary's cardAlt); `title` undefined names the headline without quoting it. */
  describeCard: (card: { siteTitle: string; title: string | undefined; asOf: string }) => string;
}

/**
 * True for page URLs that belong in the sitemap: every page but the 404 page and the
 * embeddable views (their full pages are listed instead). `base` is the path the site is
 * built for (default "/"), so only the folder right below it counts as the embeds' folder.
 */
export function isListedInSitemap(pageUrl: string, base = '/'): boolean {
  const path = new URL(pageUrl, 'http://localhost').pathname;
  const root = normaliseBase(base);
  if (path.startsWith(root) && isEmbedPath(path.slice(root.length))) return false;
  return !new RegExp(`/${NOT_FOUND_ROUTE}(\\.html|/)?$`).test(path);
}

/** The longest page title search results show whole. */
export const TITLE_MAX = 90;

/** Builds a page's head data: unique title, absolute canonical and card URLs. */
export function buildPageMeta(page: PageMetaInput, site: SiteFacts): PageMeta {
  // A title names the site too while search results show it whole (about 90 characters); a longer one stands alone.
  const titled = page.pageTitle ? `${page.pageTitle} · ${site.title}` : site.title;
  const title = titled.length <= TITLE_MAX || !page.pageTitle ? titled : page.pageTitle;
  const socialTitle = page.pageTitle ?? site.title;
  const isNotFound = page.segment === NOT_FOUND_ROUTE;
  // The 404 page is written as 404.html, so that is its only real address.
  const inEdition = (path: string) => (site.edition ? `${site.edition}/${path}` : path);
  const path = isNotFound
    ? buildFilePath(site.base, inEdition(`${NOT_FOUND_ROUTE}.html`))
    : buildPagePath(site.base, inEdition(page.segment));
  const cardTitle = page.cardId === HOME_CARD_ID ? site.headline : socialTitle;
  return {
    title,
    socialTitle,
    description: page.description,
    canonical: toAbsoluteUrl(site.origin, path),
    image: {
      url: toAbsoluteUrl(site.origin, buildFilePath(site.base, inEdition(socialCardFile(page.cardId)))),
      ...SOCIAL_CARD_SIZE,
      alt: site.describeCard({ siteTitle: site.title, title: cardTitle, asOf: site.asOf ?? site.published }),
    },
    published: site.published,
    modified: site.modified,
    jsonLd: page.jsonLd ?? [],
    isIndexable: !isNotFound && site.isIndexable !== false,
  };
}
