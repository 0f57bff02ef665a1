/** Normalises a base path to start and end with "/" ("news/x" becomes "/news/x/"). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The site-relative URL of a page: base plus segment, always with a trailing
 * slash so it matches the folder-per-page output; `hash` is an anchor id without "#".
 */
export function buildPagePath(base: string, segment = '', hash?: string): string {
  const cleanSegment = segment.replace(/^\/+|\/+$/g, '');
  const path = cleanSegment === '' ? normaliseBase(base) : `${normaliseBase(base)}${cleanSegment}/`;
  return hash ? `${path}#${hash}` : path;
}

/** The site-relative URL of a file (an image, the feed): base plus file path, no trailing slash. */
export function buildFilePath(base: string, file: string): string {
  return `${normaliseBase(base)}${file.replace(/^\/+/, '')}`;
}

/** Turns a site-relative path into an absolute URL on the given origin. */
export function toAbsoluteUrl(site: string, path: string): string {
  return new URL(path, site).href;
}

/** Adds the base to a site-root link ("/territory/"); leaves anchors, relative and external links alone. */
export function withBaseIfInternal(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return `${normaliseBase(base)}${href.slice(1)}`;
}
