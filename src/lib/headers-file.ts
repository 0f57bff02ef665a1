import { EMBED_ROUTES, FILE_ROUTES, locatorMapFile, socialCardFile } from '../routes';
import { withBaseIfInternal } from './url';

/** Cloudflare Pages ignores _headers lines longer than this many characters. */
export const MAX_HEADERS_LINE = 2000;

/** Cloudflare Pages reads at most this many rules of a _headers file and ignores the rest. */
export const MAX_HEADERS_RULES = 100;

/** One rule of a _headers file: a path pattern, why it is there, what it detaches, and its headers. */
export interface HeadersRule {
  /** Path pattern from the site root, before the base is added ("/og/*", "/:lang/og/*"). */
  path: string;
  /** A comment for whoever reads dist/_headers. */
  why: string;
  /** Headers an earlier matching rule set that this rule removes first (Cloudflare's `! Name` lines). */
  detach?: readonly string[];
  /** Header name to value, in the order written. */
  headers: Readonly<Record<string, string>>;
}

/** What the rules need to know of the build: its two policies, nothing that grows with its pages. */
export interface HeadersInput {
  /** The Content-Security-Policy of every response no other site may frame. */
  csp: string;
  /** The Content-Security-Policy of the embeddable views: the same sources, and any site may frame them. */
  embedCsp: string;
}

/** Revalidated on every visit, so a correction shows at once. */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate';
/** Files that keep their names when their contents change (cards, the map): an hour. */
export const HOUR_CACHE = 'public, max-age=3600';
/** Build assets carry a content hash in their name. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** The offline worker: checked on every visit so a new build takes over. */
export const WORKER_CACHE = 'no-cache';

/** Headers every response carries, whatever it is, and that no later rule changes. */
export const EVERY_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** The placeholder standing for a translated edition's segment: one path segment, in Cloudflare's and Netlify's syntax. */
export const EDITION_PLACEHOLDER = ':lang';

/**
 * The rules of dist/_headers: a fixed list, whatever the number of pages, sections or editions.
 * `/*` gives every response the page defaults (revalidation, the strict policy, no framing);
 * each later rule first detaches what it replaces, then sets its own value. Cloudflare Pages
 * applies the matching rules in file order and joins two values of one header unless the later
 * rule detaches the earlier one (`! Name`), so no value is ever joined. Anything under /embed/
 * is framable; a translated edition's cards and map sit below one placeholder segment.
 */
export function buildHeadersRules(input: HeadersInput): HeadersRule[] {
  const cached = (path: string, why: string, value: string): HeadersRule => ({ path, why, detach: ['Cache-Control'], headers: { 'Cache-Control': value } });
  return [
    {
      path: '/*',
      why:
        'Every response: pages and files revalidate on every visit (a correction shows at once), under the strict policy, never framed. ' +
        'Strict-Transport-Security only counts over HTTPS (every host named in docs/deploying.md serves it). The rules below replace what they must.',
      headers: { ...EVERY_RESPONSE_HEADERS, 'Cache-Control': PAGE_CACHE, 'Content-Security-Policy': input.csp, 'X-Frame-Options': 'DENY' },
    },
    {
      path: `/${EMBED_ROUTES.root}/*`,
      why:
        'Embeddable views (any edition), their oEmbed files and the resizer: any site may frame them, so the strict policy and ' +
        'X-Frame-Options go and a policy with frame-ancestors * replaces them; readable from any origin, for oEmbed consumers in a browser.',
      detach: ['Content-Security-Policy', 'X-Frame-Options'],
      headers: { 'Content-Security-Policy': input.embedCsp, 'Access-Control-Allow-Origin': '*' },
    },
    cached(`/${FILE_ROUTES.assets}/*`, 'Build assets carry a content hash in their name and never change.', IMMUTABLE_CACHE),
    // By file name, not folder: a placeholder matches any first segment, and "/:lang/map/*" would
    // also match the embeddable map's page (/embed/map/); no page ends in ".png" or ".svg".
    cached(`/${socialCardFile('*')}`, 'Social cards keep their names when their text changes: cache for an hour.', HOUR_CACHE),
    cached(`/${EDITION_PLACEHOLDER}/${socialCardFile('*')}`, 'A translated edition’s cards, below its one segment, cached like the original’s.', HOUR_CACHE),
    cached(`/${locatorMapFile('*')}`, 'The locator map keeps its name when it is redrawn: cache for an hour like the cards.', HOUR_CACHE),
    cached(`/${EDITION_PLACEHOLDER}/${locatorMapFile('*')}`, 'A translated edition’s map, cached like the original’s.', HOUR_CACHE),
    cached(`/${FILE_ROUTES.worker}`, 'The offline worker must be checked on every visit so a new build takes over.', WORKER_CACHE),
  ];
}

/**
 * Writes the rules as a _headers file in Cloudflare Pages' dialect (detach lines included),
 * every path under the base. Throws when there are more rules, or a longer line, than Cloudflare reads.
 */
export function renderHeadersFile(rules: readonly HeadersRule[], base: string): string {
  const lines = [
    '# HTTP headers for Cloudflare Pages, written by src/integrations/host-files/headers.ts from',
    '# src/lib/headers-file.ts. Rules apply in order; a "! Name" line removes what an earlier rule set.',
    '# Netlify reads this file too but has no "! Name" line: see docs/deploying.md. Under BASE_PATH this',
    '# file belongs at the host’s publish root: every path already carries the base.',
  ];
  for (const rule of rules) {
    lines.push('');
    if (rule.why) lines.push(`# ${rule.why}`);
    lines.push(withBaseIfInternal(base, rule.path));
    for (const name of rule.detach ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  if (rules.length > MAX_HEADERS_RULES) {
    throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads only the first ${MAX_HEADERS_RULES}.`);
  }
  const tooLong = lines.find((line) => line.length > MAX_HEADERS_LINE);
  if (tooLong) {
    throw new Error(`A _headers line has ${tooLong.length} characters; Cloudflare Pages ignores lines over ${MAX_HEADERS_LINE}: "${tooLong.slice(0, 80)}…"`);
  }
  return `${lines.join('\n')}\n`;
}

/** A rule as read back from a _headers file: the path line, its detach lines, its header lines. */
export interface ParsedHeadersRule {
  path: string;
  detach: string[];
  headers: [name: string, value: string][];
}

/** Reads a _headers file in Cloudflare's dialect: comments and blank lines skipped, `! Name` lines kept apart. */
export function parseHeadersFile(text: string): ParsedHeadersRule[] {
  const rules: ParsedHeadersRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ path: line, detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`A _headers line comes before any path: "${line}"`);
    if (line.startsWith('! ')) rule.detach.push(line.slice(2).trim());
    else {
      const colon = line.indexOf(':');
      if (colon < 1) throw new Error(`A _headers line is neither a header nor a detach line: "${line}"`);
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** A rule's path pattern as Cloudflare reads it: "*" any characters (slashes too), ":name" one segment. */
export function headersPathPattern(path: string): RegExp {
  const escaped = path.split('*').map((part) => part.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/**
 * The headers Cloudflare Pages sends for a path, by lower-case name: the matching rules in file
 * order, each first removing its detached headers, then setting its own, appending with ", " to
 * a value an earlier rule set and did not detach (which the build's rules never do).
 */
export function headersForPath(rules: readonly ParsedHeadersRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((candidate) => headersPathPattern(candidate.path).test(path))) {
    for (const name of rule.detach) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}
