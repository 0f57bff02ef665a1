import { DEFAULT_SITE_URL } from './lib/build-settings';
import { buildFilePath, buildPagePath, toAbsoluteUrl } from './lib/url';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { localeSegment, type Locale } from './i18n/locales';

// The one place pages turn paths into URLs, so BASE_PATH and SITE_URL apply everywhere.
const BASE = import.meta.env.BASE_URL;
const ORIGIN = import.meta.env.SITE ?? DEFAULT_SITE_URL;

/** The base path the site is built for ("/" or "/news/explainer/"). */
export const BASE_PATH = BASE;
/** The absolute origin the site is built for. */
export const SITE_ORIGIN = new URL(ORIGIN).origin;

/** Site-relative URL of a page ("" is home), with an optional anchor id. */
export function pageUrl(segment = '', hash?: string): string {
  return buildPagePath(BASE, segment, hash);
}

/** Site-relative URL of a file such as "rss.xml" or "og/territory.png". */
export function fileUrl(file: string): string {
  return buildFilePath(BASE, file);
}

/** Absolute URL of a site-relative path. */
export function absoluteUrl(path: string): string {
  return toAbsoluteUrl(ORIGIN, path);
}

/** URLs in one edition of the site: its pages and its own files (cards, map, feed) sit below its segment. */
export interface EditionUrls {
  /** Site-relative URL of a page of this edition ("" is its home page). */
  page(segment?: string, hash?: string): string;
  /** Site-relative URL of a file of this edition, such as its feed or a social card. */
  file(file: string): string;
}

/**
 * The URLs of an edition: English at the root, a translation below "/uk/". Pages come from Astro's
 * i18n routing (astro.config.mjs); files below the same segment, without the trailing slash
 * Astro's helper gives every path.
 */
export function editionUrls(locale: Locale): EditionUrls {
  const prefix = localeSegment(locale);
  return {
    page: (segment = '', hash) => {
      const path = getRelativeLocaleUrl(locale, segment.replace(/^\/+|\/+$/g, ''));
      return hash ? `${path}#${hash}` : path;
    },
    file: (file) => fileUrl(prefix === '' ? file : `${prefix}/${file.replace(/^\/+/, '')}`),
  };
}
