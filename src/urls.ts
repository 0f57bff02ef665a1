import { DEFAULT_SITE_URL } from './lib/build-settings';
import { buildFilePath, buildPagePath, toAbsoluteUrl } from './lib/url';

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
