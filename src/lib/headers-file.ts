import { FILE_ROUTES } from '../routes';
import { withBaseIfInternal } from './url';

/** Cloudflare Pages ignores _headers lines longer than this many characters. */
export const MAX_HEADERS_LINE = 2000;

/** One rule of a _headers file: a path pattern, why it is there, and its headers. */
export interface HeadersRule {
  /** Path pattern from the site root, before the base is added ("/og/*"). */
  path: string;
  /** A comment for whoever reads dist/_headers. */
  why: string;
  /** Header name to value, in the order written. */
  headers: Readonly<Record<string, string>>;
}

/** What the rules need to know of the build. */
export interface HeadersInput {
  /** The Content-Security-Policy every response carries. */
  csp: string;
  /** URL paths of the built pages from the site root ("/", "/territory/", "/404.html"). */
  pagePaths: readonly string[];
}

/** Revalidated on every visit, so a correction shows at once. */
const PAGE_CACHE = 'public, max-age=0, must-revalidate';
/** Files that keep their names when their contents change (cards, the map): an hour. */
const HOUR_CACHE = 'public, max-age=3600';

/**
 * The rules of dist/_headers. No header is set by two rules that can match the
 * same path: Cloudflare Pages joins such values with a comma, which would break
 * Cache-Control; so pages get one rule each rather than a catch-all.
 */
export function buildHeadersRules(input: HeadersInput): HeadersRule[] {
  return [
    {
      path: `/${FILE_ROUTES.assets}/*`,
      why: 'Build assets carry a content hash in their name and never change.',
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    },
    ...input.pagePaths.map((path, index) => ({
      path,
      why: index === 0 ? 'Pages: browsers and CDNs revalidate every time, so a correction shows at once.' : '',
      headers: { 'Cache-Control': PAGE_CACHE },
    })),
    {
      path: `/${FILE_ROUTES.socialCards}/*`,
      why: 'Social cards keep their names when their text changes: cache for an hour.',
      headers: { 'Cache-Control': HOUR_CACHE },
    },
    {
      path: `/${FILE_ROUTES.map}/*`,
      why: 'The locator map keeps its name when it is redrawn: cache for an hour like the cards.',
      headers: { 'Cache-Control': HOUR_CACHE },
    },
    {
      path: `/${FILE_ROUTES.worker}`,
      why: 'The offline worker must be checked on every visit so a new build takes over.',
      headers: { 'Cache-Control': 'no-cache' },
    },
    {
      path: '/*',
      why: 'Security headers for every response. Strict-Transport-Security only counts over HTTPS (every host named in docs/deploying.md serves it).',
      headers: {
        'Content-Security-Policy': input.csp,
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
        'X-Frame-Options': 'DENY',
      },
    },
  ];
}

/**
 * Writes the rules as a _headers file (the format Netlify and Cloudflare Pages
 * read), every path under the base. Throws when a line is too long for Cloudflare.
 */
export function renderHeadersFile(rules: readonly HeadersRule[], base: string): string {
  const lines = [
    '# HTTP headers for Netlify and Cloudflare Pages (other hosts ignore this file), written by',
    '# src/integrations/host-files.ts from src/lib/headers-file.ts. Under BASE_PATH this file',
    '# belongs at the host’s publish root: every path already carries the base.',
  ];
  for (const rule of rules) {
    lines.push('');
    if (rule.why) lines.push(`# ${rule.why}`);
    lines.push(withBaseIfInternal(base, rule.path));
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  const tooLong = lines.find((line) => line.length > MAX_HEADERS_LINE);
  if (tooLong) {
    throw new Error(`A _headers line has ${tooLong.length} characters; Cloudflare Pages ignores lines over ${MAX_HEADERS_LINE}: "${tooLong.slice(0, 80)}…"`);
  }
  return `${lines.join('\n')}\n`;
}
