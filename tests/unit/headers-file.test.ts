import { describe, expect, it } from 'vitest';
import { buildHeaderCsp } from '../../src/lib/csp';
import { MAX_HEADERS_LINE, buildHeadersRules, renderHeadersFile, type HeadersRule } from '../../src/lib/headers-file';
import { builtFileToPath } from '../../src/lib/url';
import { FILE_ROUTES, NOT_FOUND_ROUTE, PAGE_ROUTES } from '../../src/routes';
import { sectionSlugs } from './content-files';

/** The HTML files a build writes: the fixed pages, one per section of content/sections/, and the 404 page. */
const HTML_FILES = [
  ...Object.values(PAGE_ROUTES).map((segment) => (segment === '' ? 'index.html' : `${segment}/index.html`)),
  ...sectionSlugs().map((slug) => `${slug}/index.html`),
  `${NOT_FOUND_ROUTE}.html`,
];
/** Their URL paths, as src/integrations/host-files.ts passes them. */
const PAGE_PATHS = HTML_FILES.map((file) => `/${builtFileToPath(file)}`);
const CSP = buildHeaderCsp({ scriptSrc: ["'self'", "'sha256-AAAA='"], styleSrc: ["'self'", "'sha256-BBBB='"] });
const RULES = buildHeadersRules({ csp: CSP, pagePaths: PAGE_PATHS });

/** Headers a response must carry whatever its path. */
const SECURITY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Opener-Policy',
  'Strict-Transport-Security',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'Permissions-Policy',
  'X-Frame-Options',
];

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
  it('gives every page path its own rule', () => {
    expect(PAGE_PATHS).toContain('/');
    expect(PAGE_PATHS).toContain(`/${NOT_FOUND_ROUTE}.html`);
    for (const path of PAGE_PATHS) expect(RULES.filter((rule) => rule.path === path), path).toHaveLength(1);
  });

  it('has pages revalidate on every visit, and nothing but that on page rules', () => {
    for (const path of PAGE_PATHS) {
      const rule = RULES.find((r) => r.path === path);
      expect(rule?.headers, path).toEqual({ 'Cache-Control': 'public, max-age=0, must-revalidate' });
    }
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

  it('sends the security headers from "/*" alone, with the policy it was given', () => {
    const withSecurity = RULES.filter((rule) => SECURITY_HEADERS.some((name) => name in rule.headers));
    expect(withSecurity.map((rule) => rule.path)).toEqual(['/*']);
    expect(Object.keys(withSecurity[0]?.headers ?? {}).sort()).toEqual([...SECURITY_HEADERS].sort());
    expect(withSecurity[0]?.headers['Content-Security-Policy']).toBe(CSP);
    expect(RULES.filter((rule) => rule.path === '/*')).toHaveLength(1);
  });

  it('caches hashed assets for a year, cards and the map for an hour, and checks the worker every time', () => {
    const cacheOf = (path: string) => RULES.find((rule) => rule.path === path)?.headers['Cache-Control'];
    expect(cacheOf(`/${FILE_ROUTES.assets}/*`)).toBe('public, max-age=31536000, immutable');
    expect(cacheOf(`/${FILE_ROUTES.socialCards}/*`)).toBe('public, max-age=3600');
    expect(cacheOf(`/${FILE_ROUTES.map}/*`)).toBe('public, max-age=3600');
    expect(cacheOf(`/${FILE_ROUTES.worker}`)).toBe('no-cache');
  });

  it('explains each kind of rule once, not once per page', () => {
    const pageRules = RULES.filter((rule) => PAGE_PATHS.includes(rule.path));
    expect(pageRules.filter((rule) => rule.why !== '')).toHaveLength(1);
    expect(RULES.filter((rule) => !PAGE_PATHS.includes(rule.path)).every((rule) => rule.why !== '')).toBe(true);
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
  });

  it('leaves the paths as they are at the root', () => {
    expect([...readHeadersFile(renderHeadersFile(RULES, '/')).keys()]).toEqual(RULES.map((rule) => rule.path));
  });

  it('sends COOP, HSTS and the policy on every response', () => {
    const all = rules.get('/news/explainer/*') ?? [];
    expect(all).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect(all).toContain('Strict-Transport-Security: max-age=31536000');
    expect(all).toContain(`Content-Security-Policy: ${CSP}`);
    expect(all).toContain('X-Content-Type-Options: nosniff');
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
    expect(() => renderHeadersFile(buildHeadersRules({ csp, pagePaths: ['/'] }), '/')).not.toThrow();
  });

  it('throws when a line is longer than Cloudflare Pages reads', () => {
    const csp = 'x'.repeat(MAX_HEADERS_LINE);
    expect(() => renderHeadersFile(buildHeadersRules({ csp, pagePaths: ['/'] }), '/')).toThrow(
      new RegExp(`A _headers line has ${MAX_HEADERS_LINE + '  Content-Security-Policy: '.length} characters; Cloudflare Pages ignores lines over ${MAX_HEADERS_LINE}`),
    );
  });
});
