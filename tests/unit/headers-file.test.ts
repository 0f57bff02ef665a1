import { describe, expect, it } from 'vitest';
import { LOCALES, localeSegment } from '../../src/i18n/locales';
import { buildHeaderCsp } from '../../src/lib/csp';
import {
  EVERY_RESPONSE_HEADERS,
  HOUR_CACHE,
  IMMUTABLE_CACHE,
  MAX_HEADERS_LINE,
  MAX_HEADERS_RULES,
  PAGE_CACHE,
  WORKER_CACHE,
  buildHeadersRules,
  headersForPath,
  headersPathPattern,
  parseHeadersFile,
  renderHeadersFile,
  type HeadersInput,
} from '../../src/lib/headers-file';
import { builtFileToPath } from '../../src/lib/url';
import { PAGE_KINDS, kindOfPath, routeInEdition } from '../../src/page-kinds';
import { EMBED_ROUTES, FILE_ROUTES, locatorMapFile, oembedFile, sectionTimelineEmbed, socialCardFile } from '../../src/routes';
import { sectionSlugs } from './content-files';

const SOURCES = { scriptSrc: ["'self'", "'sha256-AAAA='"], styleSrc: ["'self'", "'sha256-BBBB='"] };
const CSP = buildHeaderCsp(SOURCES);
const EMBED_CSP = buildHeaderCsp(SOURCES, 'any');
const INPUT: HeadersInput = { csp: CSP, embedCsp: EMBED_CSP };
const RULES = buildHeadersRules(INPUT);
const BASE = '/news/explainer/';
const PARSED = parseHeadersFile(renderHeadersFile(RULES, BASE));
const PARSED_AT_ROOT = parseHeadersFile(renderHeadersFile(RULES, '/'));

/** Each edition's path prefix below the root ("/", "/uk/"). */
const PREFIXES = LOCALES.map(localeSegment).map((segment) => (segment === '' ? '/' : `/${segment}/`));
/** One concrete page path for each kind in each edition that has it, the ":name" segments filled with a real slug. */
const PAGES = PAGE_KINDS.flatMap((kind) =>
  LOCALES.filter((locale) => kind.editions === 'every' || localeSegment(locale) === '').map((locale) => {
    return { kind, path: `/${routeInEdition(kind.route.replace(/:[a-z]+/g, sectionSlugs()[0] ?? 'x'), locale)}` };
  }),
);
/** Other built files, by the Cache-Control they must get. */
const FILES: [path: string, cache: string][] = [
  ...[FILE_ROUTES.favicon, FILE_ROUTES.robots, FILE_ROUTES.feed, FILE_ROUTES.sitemap].map((file): [string, string] => [`/${file}`, PAGE_CACHE]),
  [`/${FILE_ROUTES.assets}/enhance.a1b2c3.js`, IMMUTABLE_CACHE],
  [`/${FILE_ROUTES.worker}`, WORKER_CACHE],
  ...PREFIXES.flatMap((prefix): [string, string][] => [
    [`${prefix}${socialCardFile('home')}`, HOUR_CACHE],
    [`${prefix}${locatorMapFile('light')}`, HOUR_CACHE],
  ]),
];
const EMBED_FILES = [`/${FILE_ROUTES.embedResizer}`, `/${oembedFile(sectionTimelineEmbed(sectionSlugs()[0] ?? 'x'))}`];

describe('buildHeadersRules', () => {
  it('writes the same rules whatever the build holds: they take only the two policies', () => {
    expect(buildHeadersRules({ csp: 'a', embedCsp: 'b' }).map((rule) => rule.path)).toEqual(RULES.map((rule) => rule.path));
    expect(RULES.length).toBeLessThan(MAX_HEADERS_RULES / 10);
  });

  it('puts the page defaults and what every response shares on "/*", first, so later rules can replace them', () => {
    expect(RULES[0]?.path).toBe('/*');
    expect(RULES[0]?.headers).toEqual({ ...EVERY_RESPONSE_HEADERS, 'Cache-Control': PAGE_CACHE, 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY' });
  });

  it('has every later rule detach each header it sets that an earlier rule set (nothing is joined)', () => {
    for (const [index, rule] of RULES.entries()) {
      const earlier = new Set(RULES.slice(0, index).flatMap((r) => Object.keys(r.headers).map((name) => name.toLowerCase())));
      for (const name of Object.keys(rule.headers)) {
        if (earlier.has(name.toLowerCase())) expect(rule.detach?.map((d) => d.toLowerCase()), `${rule.path} ${name}`).toContain(name.toLowerCase());
      }
    }
  });
});

describe('the rules as Cloudflare Pages applies them (headersForPath)', () => {
  it.each(PAGES.map(({ kind, path }) => ({ id: kind.id, path, framable: kind.framable })))(
    'gives the $id page $path one policy, revalidation, and X-Frame-Options only when it may not be framed',
    ({ path, framable }) => {
      expect(kindOfPath(builtFileToPath(path.slice(1)))?.kind.framable, path).toBe(framable);
      const headers = headersForPath(PARSED, `${BASE}${path.slice(1)}`);
      expect(headers.get('content-security-policy')).toBe(framable ? EMBED_CSP : CSP);
      expect(headers.get('x-frame-options')).toBe(framable ? undefined : 'DENY');
      expect(headers.get('cache-control')).toBe(PAGE_CACHE);
      for (const [name, value] of Object.entries(EVERY_RESPONSE_HEADERS)) expect(headers.get(name.toLowerCase()), name).toBe(value);
    },
  );

  it.each(FILES.map(([path, cache]) => ({ path, cache })))('caches $path with $cache, under the strict policy', ({ path, cache }) => {
    const headers = headersForPath(PARSED, `${BASE}${path.slice(1)}`);
    expect(headers.get('cache-control')).toBe(cache);
    expect(headers.get('content-security-policy')).toBe(CSP);
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it('lets any site frame every file under /embed/, whatever the edition or kind of view, with no new rule', () => {
    const paths = [...EMBED_FILES, `/${EMBED_ROUTES.root}/claims/any-claim/`, `/${EMBED_ROUTES.root}/uk/timeline/`, `/${EMBED_ROUTES.root}/uk/claims/x/oembed.json`];
    for (const path of paths) {
      const headers = headersForPath(PARSED, `${BASE}${path.slice(1)}`);
      expect(headers.get('content-security-policy'), path).toBe(EMBED_CSP);
      expect(headers.get('x-frame-options'), path).toBeUndefined();
      expect(headers.get('access-control-allow-origin'), path).toBe('*');
      expect(headers.get('cache-control'), path).toBe(PAGE_CACHE);
    }
  });

  it('joins two values of one header when the later rule does not detach it, as Cloudflare does', () => {
    const rules = parseHeadersFile('/*\n  X-Probe: one\n/a/*\n  X-Probe: two\n/b/*\n  ! X-Probe\n  X-Probe: three\n');
    expect(headersForPath(rules, '/a/x').get('x-probe')).toBe('one, two');
    expect(headersForPath(rules, '/b/x').get('x-probe')).toBe('three');
  });

  it('reads ":name" as one path segment and "*" as anything, slashes included', () => {
    expect(headersPathPattern('/:lang/og/*').test('/uk/og/home.png')).toBe(true);
    expect(headersPathPattern('/:lang/og/*').test('/uk/x/og/home.png')).toBe(false);
    expect(headersPathPattern('/:lang/og/*').test('/og/home.png')).toBe(false);
    expect(headersPathPattern('/embed/*').test('/embed/uk/claims/x/')).toBe(true);
    expect(headersPathPattern('/sw.js').test('/swxjs')).toBe(false);
  });

  it('applies at the root as under the base', () => {
    expect(headersForPath(PARSED_AT_ROOT, '/embed/map/').get('content-security-policy')).toBe(EMBED_CSP);
    expect(headersForPath(PARSED_AT_ROOT, '/').get('x-frame-options')).toBe('DENY');
  });
});

describe('renderHeadersFile', () => {
  const text = renderHeadersFile(RULES, BASE);

  it('writes every path under the base, in order', () => {
    expect(PARSED.map((rule) => rule.path)).toEqual(RULES.map((rule) => `/news/explainer${rule.path}`));
  });

  it('writes each rule’s detach lines, then its headers, indented under its path, its reason as a comment above', () => {
    const lines = text.split('\n');
    const at = lines.indexOf('/news/explainer/_astro/*');
    expect(lines[at - 1]).toMatch(/^# Build assets/);
    expect(lines[at + 1]).toBe('  ! Cache-Control');
    expect(lines[at + 2]).toBe(`  Cache-Control: ${IMMUTABLE_CACHE}`);
    expect(text.endsWith('\n')).toBe(true);
    expect(lines[0]).toMatch(/^# /);
  });

  it('accepts a line of exactly the longest length Cloudflare Pages reads', () => {
    const csp = 'x'.repeat(MAX_HEADERS_LINE - '  Content-Security-Policy: '.length);
    expect(() => renderHeadersFile(buildHeadersRules({ csp, embedCsp: csp }), '/')).not.toThrow();
  });

  it('throws when a line is longer than Cloudflare Pages reads', () => {
    const csp = 'x'.repeat(MAX_HEADERS_LINE);
    expect(() => renderHeadersFile(buildHeadersRules({ csp, embedCsp: 'x' }), '/')).toThrow(
      new RegExp(`A _headers line has ${MAX_HEADERS_LINE + '  Content-Security-Policy: '.length} characters; Cloudflare Pages ignores lines over ${MAX_HEADERS_LINE}`),
    );
  });

  it('throws, naming the limit, when there are more rules than Cloudflare Pages reads', () => {
    const many = Array.from({ length: MAX_HEADERS_RULES + 1 }, (_, index) => ({ path: `/p${index}/`, why: '', headers: { X: 'y' } }));
    expect(() => renderHeadersFile(many, '/')).toThrow(new RegExp(`_headers would have ${MAX_HEADERS_RULES + 1} rules; Cloudflare Pages reads only the first ${MAX_HEADERS_RULES}`));
  });

  it('reads back what it writes', () => {
    expect(PARSED_AT_ROOT.map(({ path, detach, headers }) => ({ path, detach, headers: Object.fromEntries(headers) }))).toEqual(
      RULES.map(({ path, detach, headers }) => ({ path, detach: [...(detach ?? [])], headers })),
    );
  });
});

describe('the page-kind registry against the edition placeholder', () => {
  it('gives no page a card’s or map’s caching, whatever its first segment', () => {
    const hour = PAGES.filter(({ path }) => headersForPath(PARSED_AT_ROOT, path).get('cache-control') === HOUR_CACHE).map(({ path }) => path);
    const asFile = ['/claims/og/', '/claims/map/', `/${EMBED_ROUTES.map}/`].filter((path) => headersForPath(PARSED_AT_ROOT, path).get('cache-control') === HOUR_CACHE);
    expect([...hour, ...asFile]).toEqual([]);
  });
});
