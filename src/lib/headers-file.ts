import { LOCALES, localeSegment } from '../i18n/locales';
import { EMBED_ROUTES, FILE_ROUTES } from '../routes';
import { withBaseIfInternal } from './url';

/** Cloudflare Pages ignores _headers lines longer than this many characters. */
export const MAX_HEADERS_LINE = 2000;

/** Cloudflare Pages reads at most this many rules of a _headers file and ignores the rest. */
export const MAX_HEADERS_RULES = 100;

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
  /** The Content-Security-Policy of every response no other site may frame. */
  csp: string;
  /** The Content-Security-Policy of the embeddable views: the same sources, and any site may frame them. */
  embedCsp: string;
  /** URL paths of the built pages from the site root ("/", "/territory/", "/404.html", "/embed/map/"). */
  pagePaths: readonly string[];
  /** URL paths of every other built file ("/rss.xml", "/og/home.png"); each one outside the folders below gets a rule. */
  filePaths: readonly string[];
}

/** Revalidated on every visit, so a correction shows at once. */
const PAGE_CACHE = 'public, max-age=0, must-revalidate';
/** Files that keep their names when their contents change (cards, the map): an hour. */
const HOUR_CACHE = 'public, max-age=3600';

/**
 * Headers every response carries, whatever it is: the `/*` rule. Nothing else may go there,
 * because Cloudflare Pages joins the values of two matching rules that set one header
 * (a CSP on `/*` and another on `/embed/*` would make two policies, and the stricter wins).
 */
export const EVERY_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** The framing headers of everything but the embeddable views: the strict policy, and no frame anywhere. */
function unframable(input: HeadersInput): Record<string, string> {
  return { 'Content-Security-Policy': input.csp, 'X-Frame-Options': 'DENY' };
}

/** True for a path the embeddable views' one rule covers ("/embed/map/", "/embed/resize.js"). */
function isUnderEmbeds(path: string): boolean {
  return path.startsWith(`/${EMBED_ROUTES.root}/`);
}

/**
 * The rules of dist/_headers. No header is set by two rules that can match the same path:
 * Cloudflare Pages joins such values with a comma, which would break Cache-Control and
 * stack two Content-Security-Policies. So `/*` holds only what every response shares;
 * caching, the policy and X-Frame-Options come with each page's own rule, each folder's
 * rule, and one rule per other file. The embeddable views share one rule, `/embed/*`,
 * the only one that lets other sites frame what it covers, so each new view needs no rule.
 */
export function buildHeadersRules(input: HeadersInput): HeadersRule[] {
  const folders: HeadersRule[] = [
    {
      path: `/${FILE_ROUTES.assets}/*`,
      why: 'Build assets carry a content hash in their name and never change.',
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable', ...unframable(input) },
    },
    {
      path: `/${EMBED_ROUTES.root}/*`,
      why:
        'Embeddable views, their oEmbed files and the resizer: any site may frame them (no X-Frame-Options), under the same ' +
        'script and style sources; revalidated like pages; readable from any origin, for oEmbed consumers in a browser.',
      headers: {
        'Cache-Control': PAGE_CACHE,
        'Content-Security-Policy': input.embedCsp,
        'Access-Control-Allow-Origin': '*',
      },
    },
    // Each edition has its own cards and map, below its own segment.
    ...LOCALES.map(localeSegment).flatMap((segment, index): HeadersRule[] => {
      const prefix = segment === '' ? '/' : `/${segment}/`;
      return [
        {
          path: `${prefix}${FILE_ROUTES.socialCards}/*`,
          why: index === 0 ? 'Social cards keep their names when their text changes: cache for an hour.' : `The "${segment}" edition's cards, cached like the original's.`,
          headers: { 'Cache-Control': HOUR_CACHE, ...unframable(input) },
        },
        {
          path: `${prefix}${FILE_ROUTES.map}/*`,
          why: index === 0 ? 'The locator map keeps its name when it is redrawn: cache for an hour like the cards.' : `The "${segment}" edition's map, cached like the original's.`,
          headers: { 'Cache-Control': HOUR_CACHE, ...unframable(input) },
        },
      ];
    }),
  ];
  const folderPrefixes = folders.map((rule) => rule.path.slice(0, -1));
  const isInFolder = (path: string) => folderPrefixes.some((prefix) => path.startsWith(prefix));
  const pages = input.pagePaths.filter((path) => !isUnderEmbeds(path));
  const files = input.filePaths.filter((path) => !isInFolder(path) && path !== `/${FILE_ROUTES.worker}`);
  return [
    {
      path: '/*',
      why: 'Headers for every response. Strict-Transport-Security only counts over HTTPS (every host named in docs/deploying.md serves it).',
      headers: EVERY_RESPONSE_HEADERS,
    },
    ...pages.map((path, index) => ({
      path,
      why:
        index === 0
          ? 'Pages: browsers and CDNs revalidate every time, so a correction shows at once; no other site may frame them.'
          : '',
      headers: { 'Cache-Control': PAGE_CACHE, ...unframable(input) },
    })),
    ...folders,
    {
      path: `/${FILE_ROUTES.worker}`,
      why: 'The offline worker must be checked on every visit so a new build takes over.',
      headers: { 'Cache-Control': 'no-cache', ...unframable(input) },
    },
    ...files.map((path, index) => ({
      path,
      why: index === 0 ? 'Other files (feed, sitemaps, icon, robots.txt): the host’s own caching, the strict policy.' : '',
      headers: unframable(input),
    })),
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
  if (rules.length > MAX_HEADERS_RULES) {
    throw new Error(
      `_headers would have ${rules.length} rules; Cloudflare Pages reads only the first ${MAX_HEADERS_RULES}. ` +
        'Give a folder of pages one rule (as /embed/* has) instead of one rule per page.',
    );
  }
  const tooLong = lines.find((line) => line.length > MAX_HEADERS_LINE);
  if (tooLong) {
    throw new Error(`A _headers line has ${tooLong.length} characters; Cloudflare Pages ignores lines over ${MAX_HEADERS_LINE}: "${tooLong.slice(0, 80)}…"`);
  }
  return `${lines.join('\n')}\n`;
}
