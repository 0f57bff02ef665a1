import { buildFilePath, buildPagePath, toAbsoluteUrl } from './lib/url';

// The one place pages turn paths into URLs, so BASE_PATH and SITE_URL apply everywhere.
const BASE = import.meta.env.BASE_URL;
const ORIGIN = import.meta.env.SITE ?? 'https://example.org';

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
