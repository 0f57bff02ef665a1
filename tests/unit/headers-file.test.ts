import { describe, expect, it } from 'vitest';
import { LOCALES, localeSegment } from '../../src/i18n/locales';
import { buildHeaderCsp } from '../../src/lib/csp';
import {
  EVERY_RESPONSE_HEADERS,
  MAX_HEADERS_LINE,
  MAX_HEADERS_RULES,
  buildHeadersRules,
  renderHeadersFile,
  type HeadersInput,
  type HeadersRule,
} from '../../src/lib/headers-file';
import { builtFileToPath } from '../../src/lib/url';
import {
  EMBED_ROUTES,
  FILE_ROUTES,
  NOT_FOUND_ROUTE,
  PAGE_ROUTES,
  locatorMapFile,
  oembedFile,
  sectionTimelineEmbed,
  socialCardFile,
} from '../../src/routes';
import { sectionSlugs } from './content-files';

/** The embeddable views a build writes: the timeline, one slice per section (at most), the map. */
const EMBED_SEGMENTS = [EMBED_ROUTES.timeline, ...sectionSlugs().map(sectionTimelineEmbed), EMBED_ROUTES.map];
/** The HTML files a build writes: the fixed pages, one per section of content/sections/, the 404 page and the embeds. */
const HTML_FILES = [
  ...Object.values(PAGE_ROUTES).map((segment) => (segment === '' ? 'index.html' : `${segment}/index.html`)),
  ...sectionSlugs().map((slug) => `${slug}/index.html`),
  `${NOT_FOUND_ROUTE}.html`,
  ...EMBED_SEGMENTS.map((segment) => `${segment}/index.html`),
];
/** Their URL paths, as src/integrations/host-files.ts passes them. */
const PAGE_PATHS = HTML_FILES.map((file) => `/${builtFileToPath(file)}`);
const EMBED_PAGE_PATHS = PAGE_PATHS.filter((path) => path.startsWith(`/${EMBED_ROUTES.root}/`));
const SITE_PAGE_PATHS = PAGE_PATHS.filter((path) => !EMBED_PAGE_PATHS.includes(path));
/** Other files of a build: at the top, in the folders with rules of their own, and beside the embeds. */
const ROOT_FILE_PATHS = [FILE_ROUTES.favicon, FILE_ROUTES.robots, FILE_ROUTES.feed, FILE_ROUTES.sitemap, 'sitemap-0.xml'].map((file) => `/${file}`);
const FILE_PATHS = [
  ...ROOT_FILE_PATHS,
  `/${FILE_ROUTES.assets}/enhance.a1b2c3.js`,
  `/${socialCardFile('home')}`,
  `/${locatorMapFile('light')}`,
  `/${FILE_ROUTES.embedResizer}`,
  ...EMBED_SEGMENTS.map((segment) => `/${oembedFile(segment)}`),
];
const SOURCES = { scriptSrc: ["'self'", "'sha256-AAAA='"], styleSrc: ["'self'", "'sha256-BBBB='"] };
const CSP = buildHeaderCsp(SOURCES);
const EMBED_CSP = buildHeaderCsp(SOURCES, 'any');
const INPUT: HeadersInput = { csp: CSP, embedCsp: EMBED_CSP, pagePaths: PAGE_PATHS, filePaths: FILE_PATHS };
const RULES = buildHeadersRules(INPUT);
const PAGE_CACHE = 'public, max-age=0, must-revalidate';

/** The headers that decide who may frame a response. */
const FRAMING_HEADERS = ['Content-Security-Policy', 'X-Frame-Options'];

/** Whether a rule's pattern matches a concrete path, reading "*" at the end as "anything below". */
function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Every value each header gets at a path, from all the rules that match it: what Cloudflare would join. */
function headersAt(rules: readonly HeadersRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((candidate) => matches(candidate.path, path))) {
    for (const [name, value] of Object.entries(rule.headers)) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** Whether one path can match both patterns, reading "*" at the end as "anything below". */
function canMatchSamePath(a: string, b: string): boolean {
  const splat = (pattern: string) => (pattern.endsWith('*') ? pattern.slice(0, -1) : undefined);
  const [pa, pb] = [splat(a), splat(b)];
  if (pa === undefined && pb === undefined) return a === b;
  if (pa !== undefined && pb !== undefined) return pa.startsWith(pb) || pb.startsWith(pa);
  return pa !== undefined ? b.startsWith(pa) : a.startsWith(pb ?? '');
}

/** "header in pathA and pathB" for every header two rules that can match one path both set. */
function headerClashes(rules: readonly HeadersRule[]): string[] {
  const clashes: string[] = [];
  for (const [i, a] of rules.entries()) {
    for (const b of rules.slice(i + 1)) {
      if (!canMatchSamePath(a.path, b.path)) continue;
      const names = new Set(Object.keys(a.headers).map((name) => name.toLowerCase()));
      for (const name of Object.keys(b.headers)) {
        if (names.has(name.toLowerCase())) clashes.push(`${name.toLowerCase()} in ${a.path} and ${b.path}`);
      }
    }
  }
  return clashes;
}

/** A rendered _headers file read back: path line to its header lines. */
function readHeadersFile(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('  ')) current?.push(line.trim());
    else rules.set(line, (current = []));
  }
  return rules;
}

describe('buildHeadersRules', () => {
  it('gives every page outside the embeds its own rule, and the embeds none of their own', () => {
    expect(SITE_PAGE_PATHS).toContain('/');
    expect(SITE_PAGE_PATHS).toContain(`/${NOT_FOUND_ROUTE}.html`);
    expect(EMBED_PAGE_PATHS.length).toBeGreaterThan(0);
    for (const path of SITE_PAGE_PATHS) expect(RULES.filter((rule) => rule.path === path), path).toHaveLength(1);
    for (const path of EMBED_PAGE_PATHS) expect(RULES.filter((rule) => rule.path === path), path).toHaveLength(0);
  });

  it('has pages revalidate on every visit, under the strict policy, never framed', () => {
    for (const path of SITE_PAGE_PATHS) {
      const rule = RULES.find((r) => r.path === path);
      expect(rule?.headers, path).toEqual({ 'Cache-Control': PAGE_CACHE, 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY' });
    }
  });

  it('covers the embeds’ folder with one rule: revalidated, framable by any site, no X-Frame-Options', () => {
    const rule = RULES.find((r) => r.path === `/${EMBED_ROUTES.root}/*`);
    expect(rule?.headers['Cache-Control']).toBe(PAGE_CACHE);
    expect(rule?.headers['Content-Security-Policy']).toBe(EMBED_CSP);
    expect(rule?.headers['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(Object.keys(rule?.headers ?? {})).not.toContain('X-Frame-Options');
  });

  it('never sets one header in two rules that can match the same path (hosts would join the values)', () => {
    expect(headerClashes(RULES)).toEqual([]);
  });

  it('would notice such a clash: a catch-all and a page setting Cache-Control, in any letter case', () => {
    const clashing: HeadersRule[] = [
      { path: '/*', why: '', headers: { 'Cache-Control': 'no-cache' } },
      { path: '/og/*', why: '', headers: { 'Cache-Control': 'public, max-age=3600' } },
      { path: '/read/', why: '', headers: { 'cache-control': 'max-age=0' } },
    ];
    expect(headerClashes(clashing)).toEqual(['cache-control in /* and /og/*', 'cache-control in /* and /read/']);
  });

  it('puts on "/*" only what every response shares, so no rule below can be joined with it', () => {
    const all = RULES.filter((rule) => rule.path === '/*');
    expect(all).toHaveLength(1);
    expect(all[0]?.headers).toEqual(EVERY_RESPONSE_HEADERS);
    expect(Object.keys(EVERY_RESPONSE_HEADERS).sort()).toEqual(
      ['Cross-Origin-Opener-Policy', 'Permissions-Policy', 'Referrer-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options'].sort(),
    );
    for (const name of [...FRAMING_HEADERS, 'Cache-Control']) expect(Object.keys(all[0]?.headers ?? {}), name).not.toContain(name);
  });

  it('gives every built file exactly one policy and, outside the embeds, X-Frame-Options: DENY', () => {
    const problems: string[] = [];
    for (const path of [...PAGE_PATHS, ...FILE_PATHS]) {
      const headers = headersAt(RULES, path);
      const isEmbed = path.startsWith(`/${EMBED_ROUTES.root}/`);
      const expected = isEmbed ? { csp: [EMBED_CSP], frame: undefined } : { csp: [CSP], frame: ['DENY'] };
      if (JSON.stringify(headers.get('Content-Security-Policy')) !== JSON.stringify(expected.csp)) problems.push(`${path}: policy ${headers.get('Content-Security-Policy')?.length ?? 0} times or the wrong one`);
      if (JSON.stringify(headers.get('X-Frame-Options')) !== JSON.stringify(expected.frame)) problems.push(`${path}: X-Frame-Options ${headers.get('X-Frame-Options')}`);
      for (const name of Object.keys(EVERY_RESPONSE_HEADERS)) if (headers.get(name)?.length !== 1) problems.push(`${path}: ${name}`);
    }
    expect(problems).toEqual([]);
  });

  it('caches hashed assets for a year, cards and the map for an hour, and checks the worker every time', () => {
    const cacheOf = (path: string) => RULES.find((rule) => rule.path === path)?.headers['Cache-Control'];
    expect(cacheOf(`/${FILE_ROUTES.assets}/*`)).toBe('public, max-age=31536000, immutable');
    expect(cacheOf(`/${FILE_ROUTES.socialCards}/*`)).toBe('public, max-age=3600');
    expect(cacheOf(`/${FILE_ROUTES.map}/*`)).toBe('public, max-age=3600');
    expect(cacheOf(`/${FILE_ROUTES.worker}`)).toBe('no-cache');
  });

  it('gives each top-level file that no folder rule covers a rule of its own, and no other file one', () => {
    const exact = RULES.filter((rule) => !rule.path.endsWith('*') && !PAGE_PATHS.includes(rule.path)).map((rule) => rule.path);
    expect(exact.sort()).toEqual([...ROOT_FILE_PATHS, `/${FILE_ROUTES.worker}`].sort());
  });

  it('explains each kind of rule once, not once per page or file', () => {
    const pageRules = RULES.filter((rule) => PAGE_PATHS.includes(rule.path));
    expect(pageRules.filter((rule) => rule.why !== '')).toHaveLength(1);
    const fileRules = RULES.filter((rule) => ROOT_FILE_PATHS.includes(rule.path));
    expect(fileRules.filter((rule) => rule.why !== '')).toHaveLength(1);
    const others = RULES.filter((rule) => !PAGE_PATHS.includes(rule.path) && !ROOT_FILE_PATHS.includes(rule.path));
    expect(others.every((rule) => rule.why !== '')).toBe(true);
  });

  it('gives each edition’s cards and map one folder rule each, not one rule per file', () => {
    for (const prefix of LOCALES.map((locale) => (localeSegment(locale) === '' ? '/' : `/${localeSegment(locale)}/`))) {
      for (const folder of [FILE_ROUTES.socialCards, FILE_ROUTES.map]) {
        expect(RULES.filter((rule) => rule.path === `${prefix}${folder}/*`), `${prefix}${folder}`).toHaveLength(1);
      }
    }
  });

  it('stays far below Cloudflare’s rule limit whatever the number of embeddable views', () => {
    const manyEmbeds = Array.from({ length: 500 }, (_, index) => `/${EMBED_ROUTES.root}/claims/claim-${index}/`);
    expect(buildHeadersRules({ ...INPUT, pagePaths: [...PAGE_PATHS, ...manyEmbeds] })).toHaveLength(RULES.length);
    expect(RULES.length).toBeLessThan(MAX_HEADERS_RULES / 2);
  });
});

describe('renderHeadersFile', () => {
  const base = '/news/explainer/';
  const text = renderHeadersFile(RULES, base);
  const rules = readHeadersFile(text);

  it('writes every path under the base', () => {
    expect([...rules.keys()]).toEqual(RULES.map((rule) => `/news/explainer${rule.path}`));
    expect(rules.has('/news/explainer/')).toBe(true);
    expect(rules.has('/news/explainer/*')).toBe(true);
    expect(rules.has('/news/explainer/embed/*')).toBe(true);
  });

  it('leaves the paths as they are at the root', () => {
    expect([...readHeadersFile(renderHeadersFile(RULES, '/')).keys()]).toEqual(RULES.map((rule) => rule.path));
  });

  it('sends COOP, HSTS and nosniff on every response, the policy with each page', () => {
    const all = rules.get('/news/explainer/*') ?? [];
    expect(all).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect(all).toContain('Strict-Transport-Security: max-age=31536000');
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(rules.get('/news/explainer/')).toContain(`Content-Security-Policy: ${CSP}`);
    expect(rules.get('/news/explainer/embed/*')).toContain(`Content-Security-Policy: ${EMBED_CSP}`);
  });

  it('writes each rule’s headers indented under its path, its reason as a comment above', () => {
    const lines = text.split('\n');
    const at = lines.indexOf('/news/explainer/_astro/*');
    expect(lines[at - 1]).toMatch(/^# Build assets/);
    expect(lines[at + 1]).toBe('  Cache-Control: public, max-age=31536000, immutable');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines[0]).toMatch(/^# /);
  });

  it('accepts a line of exactly the longest length Cloudflare Pages reads', () => {
    const prefix = '  Content-Security-Policy: ';
    const csp = 'x'.repeat(MAX_HEADERS_LINE - prefix.length);
    expect(() => renderHeadersFile(buildHeadersRules({ csp, embedCsp: csp, pagePaths: ['/'], filePaths: [] }), '/')).not.toThrow();
  });

  it('throws when a line is longer than Cloudflare Pages reads', () => {
    const csp = 'x'.repeat(MAX_HEADERS_LINE);
    expect(() => renderHeadersFile(buildHeadersRules({ csp, embedCsp: 'x', pagePaths: ['/'], filePaths: [] }), '/')).toThrow(
      new RegExp(`A _headers line has ${MAX_HEADERS_LINE + '  Content-Security-Policy: '.length} characters; Cloudflare Pages ignores lines over ${MAX_HEADERS_LINE}`),
    );
  });

  it('throws, naming the limit and the fix, when there are more rules than Cloudflare Pages reads', () => {
    const pagePaths = Array.from({ length: MAX_HEADERS_RULES }, (_, index) => `/page-${index}/`);
    expect(() => renderHeadersFile(buildHeadersRules({ ...INPUT, pagePaths }), '/')).toThrow(
      new RegExp(`_headers would have \\d+ rules; Cloudflare Pages reads only the first ${MAX_HEADERS_RULES}\\. Give a folder of pages one rule`),
    );
  });
});
