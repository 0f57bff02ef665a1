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

/**
 * The URL path a built file is served at, below the base: "index.html" is "",
 * "territory/index.html" is "territory/", "og/home.png" stays as it is. The one
 * mapping from files to URLs that the build, the worker, the tests and the bench share.
 */
export function builtFileToPath(file: string): string {
  const clean = file.split('\\').join('/');
  if (clean === 'index.html') return '';
  if (clean.endsWith('/index.html')) return clean.slice(0, -'index.html'.length);
  return clean;
}

/**
 * The built file a URL path below the base is served from, as a static host
 * looks it up: "" and "territory/" are folders with an index.html, anything else is a file.
 */
export function pathToBuiltFile(pathBelowBase: string): string {
  const clean = pathBelowBase.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}
