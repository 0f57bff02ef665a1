// The build as Cloudflare Pages serves it: `wrangler pages dev` (Cloudflare's workerd runtime)
// over dist/, and over a BASE_PATH build nested the way the README deploys it. Every page, every
// header rule, every redirect, folder URLs and the not-found page, over HTTP. What is expected
// comes from the build (its files, its _headers and _redirects) and from the caching policy
// written below, never from counts typed in.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRedirects } from '../../src/lib/redirects-file';
import { DIST, ROOT, isEmbedFile, listFiles, pathOfHtmlFile, requireDist } from '../support/dist';
import { startHost, WRANGLER_ENV, WRANGLER_FLAGS, type HostedSite } from '../support/host';
import { buildVariant, type VariantBuild } from '../support/variant-build';

/** The project's caching policy (README "Security headers and caching"), by where a file lives. */
const PAGE_CACHE = 'public, max-age=0, must-revalidate';
const CACHE_RULES: readonly { name: string; matches: (file: string) => boolean; value: string }[] = [
  { name: '/_astro/*', matches: (file) => file.startsWith('_astro/'), value: 'public, max-age=31536000, immutable' },
  { name: '/og/*', matches: (file) => file.startsWith('og/'), value: 'public, max-age=3600' },
  { name: '/map/*', matches: (file) => file.startsWith('map/'), value: 'public, max-age=3600' },
  { name: '/sw.js', matches: (file) => file === 'sw.js', value: 'no-cache' },
];
/** Security headers, each from the one rule of _headers that sets it for a path (`/*` for the first three). */
const SECURITY_HEADERS = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-security-policy', 'x-frame-options'];
/** The host reads these; they are never pages or assets. */
const CONFIG_FILES = new Set(['_headers', '_redirects']);
/** A file written into the served copy when the build has no `_astro/` file to check that rule with. */
const ASTRO_PROBE = '_astro/host-probe.js';

/** The rules of a build's _headers, read by Netlify's own parser (the same file format). */
async function headerRules(dir: string): Promise<Header[]> {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [join(dir, '_headers')], configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(`${dir}/_headers: ${errors.map((error) => error.message).join('; ')}`);
  return headers.filter((rule): rule is Header => 'forRegExp' in rule);
}

/** Lower-case header name → every value the file gives it, in any rule. */
function valuesByName(rules: readonly Header[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const rule of rules) {
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      out.set(key, (out.get(key) ?? new Set()).add(value));
    }
  }
  return out;
}

/**
 * What _headers says a path gets, by lower-case name: the values of every rule Netlify's matcher
 * applies to it. The build never sets one header in two matching rules, so nothing is joined here.
 */
function expectedHeaders(rules: readonly Header[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((candidate) => candidate.forRegExp.test(path))) {
    for (const [name, value] of Object.entries(rule.values)) out.set(name.toLowerCase(), value);
  }
  if (!out.has('x-content-type-options')) throw new Error(`_headers gives ${path} no X-Content-Type-Options: is the "/*" rule missing?`);
  return out;
}

/** The URL path a built file is served at under `base` ("territory/index.html" is "<base>territory/"). */
const servedPath = (file: string, base: string): string => `${base}${pathOfHtmlFile(file).slice(1)}`;

/** True for a not-found page: 404.html, and each translated edition's own below its folder. */
const isNotFoundFile = (file: string): boolean => /(^|\/)404\.html$/.test(file);

/** The built pages a reader opens: every HTML file but the not-found pages. */
const pageFiles = (dir: string): string[] => listFiles(dir).filter((file) => file.endsWith('.html') && !isNotFoundFile(file));

const get = (host: HostedSite, path: string): Promise<Response> => fetch(new URL(path, host.origin), { redirect: 'manual' });

/** What is wrong with the security headers of a response, as readable lines; [] when all is well. */
function securityProblems(response: Response, expected: Map<string, string>, where: string): string[] {
  const problems: string[] = [];
  for (const name of SECURITY_HEADERS) {
    const value = response.headers.get(name) ?? undefined;
    if (value !== expected.get(name)) problems.push(`${where}: ${name} is ${JSON.stringify(value)}, _headers says ${JSON.stringify(expected.get(name))}`);
  }
  return problems;
}

describe('dist/ served by Cloudflare Pages (wrangler pages dev)', () => {
  const dist = requireDist(DIST);
  let served: string;
  let probe: string;
  let host: HostedSite;
  let overlap: HostedSite;
  let rules: Header[];
  let base: string;

  beforeAll(async () => {
    rules = await headerRules(dist);
    // A copy, so a probe can stand in for an `_astro/` file when the build inlines every asset.
    served = mkdtempSync(join(tmpdir(), 'explainer-served-'));
    cpSync(dist, served, { recursive: true });
    if (!listFiles(served).some((file) => file.startsWith('_astro/'))) {
      mkdirSync(join(served, '_astro'), { recursive: true });
      writeFileSync(join(served, ASTRO_PROBE), 'export {};\n');
    }
    // Two rules that set one header on the same path, to see what the host makes of it.
    probe = mkdtempSync(join(tmpdir(), 'explainer-overlap-'));
    mkdirSync(join(probe, 'a'));
    writeFileSync(join(probe, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(probe, 'a/index.html'), '<!doctype html><title>a</title>');
    writeFileSync(join(probe, '_headers'), '/*\n  X-Probe: one\n/a/*\n  X-Probe: two\n');
    [host, overlap] = await Promise.all([startHost(served), startHost(probe)]);
    base = host.base;
  }, 180_000);

  afterAll(async () => {
    await Promise.all([host?.close(), overlap?.close()]);
    if (served) rmSync(served, { recursive: true, force: true });
    if (probe) rmSync(probe, { recursive: true, force: true });
  });

  it('serves every page of the build with status 200, as HTML, byte for byte', async () => {
    const problems: string[] = [];
    for (const file of pageFiles(dist)) {
      const path = servedPath(file, base);
      const response = await get(host, path);
      const body = await response.text();
      if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
      else if (response.headers.get('content-type') !== 'text/html; charset=utf-8') problems.push(`${path}: content-type ${response.headers.get('content-type')}`);
      else if (body !== readFileSync(join(dist, file), 'utf8')) problems.push(`${path}: body differs from ${file}`);
    }
    expect(problems, host.output()).toEqual([]);
  });

  it('sends every page with the security headers of _headers and revalidation caching; only embeds may be framed', async () => {
    const problems: string[] = [];
    for (const file of pageFiles(dist)) {
      const path = servedPath(file, base);
      const response = await get(host, path);
      const expected = expectedHeaders(rules, path);
      const framable = isEmbedFile(file);
      if (expected.get('x-frame-options') !== (framable ? undefined : 'DENY')) problems.push(`${path}: _headers X-Frame-Options ${expected.get('x-frame-options')}`);
      if (!expected.get('content-security-policy')?.includes(framable ? 'frame-ancestors *' : "frame-ancestors 'none'")) problems.push(`${path}: _headers frame-ancestors`);
      problems.push(...securityProblems(response, expected, path));
      const cache = response.headers.get('cache-control');
      if (cache !== PAGE_CACHE) problems.push(`${path}: cache-control is ${JSON.stringify(cache)}, expected ${JSON.stringify(PAGE_CACHE)}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(CACHE_RULES)('sends the files under $name with Cache-Control: $value', async ({ name, matches, value }) => {
    const files = listFiles(served).filter(matches);
    expect(files.length, `the build has no file for ${name}${name === '/_astro/*' ? ' and no probe was written' : ''}`).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of files) {
      const response = await get(host, `${base}${file}`);
      await response.arrayBuffer();
      if (response.status !== 200) problems.push(`${file}: status ${response.status}`);
      const cache = response.headers.get('cache-control');
      if (cache !== value) problems.push(`${file}: cache-control is ${JSON.stringify(cache)}`);
      problems.push(...securityProblems(response, expectedHeaders(rules, `${base}${file}`), file));
    }
    expect(problems).toEqual([]);
  });

  it('sends the offline worker as JavaScript, so browsers accept it', async () => {
    const response = await get(host, `${base}sw.js`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^(text|application)\/javascript\b/);
  });

  it('joins the values of one header set by two matching rules, as Cloudflare documents', async () => {
    // This is why the build gives each page its own Cache-Control rule instead of one on `/*`.
    const response = await get(overlap, '/a/');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-probe')).toBe('one, two');
    expect((await get(overlap, '/')).headers.get('x-probe')).toBe('one');
  });

  it('ends up with no joined value on any file of the build: each header is one value of _headers', async () => {
    const allowed = valuesByName(rules);
    const problems: string[] = [];
    for (const file of listFiles(served).filter((candidate) => !CONFIG_FILES.has(candidate))) {
      const path = file.endsWith('.html') ? servedPath(file, base) : `${base}${file}`;
      const response = await get(host, path);
      await response.arrayBuffer();
      // The not-found page is met at missing paths; /404.html itself is redirected (below).
      if (!isNotFoundFile(file) && response.status !== 200) problems.push(`${path}: status ${response.status}`);
      for (const [name, values] of allowed) {
        const value = response.headers.get(name);
        if (value !== null && !values.has(value)) problems.push(`${path}: ${name}: ${value}`);
      }
    }
    expect(problems, 'headers whose served value is not one value of _headers (joined by the host?)').toEqual([]);
  });

  it('follows every _redirects rule with its status to a page that exists', async () => {
    const redirects = parseRedirects(readFileSync(join(dist, '_redirects'), 'utf8'));
    expect(redirects.length, 'dist/_redirects has no rule').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const rule of redirects) {
      const response = await get(host, rule.from);
      const location = response.headers.get('location');
      if (response.status !== rule.status) problems.push(`${rule.from}: status ${response.status}, the rule says ${rule.status}`);
      if (location === null) {
        problems.push(`${rule.from}: no Location`);
        continue;
      }
      const target = new URL(location, host.origin);
      if (target.pathname !== new URL(rule.to, host.origin).pathname) problems.push(`${rule.from}: Location ${location}, the rule says ${rule.to}`);
      const landed = await get(host, target.pathname);
      await landed.arrayBuffer();
      if (landed.status !== 200) problems.push(`${rule.from} -> ${target.pathname}: status ${landed.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('redirects every page path without its trailing slash to the path with it, permanently', async () => {
    const problems: string[] = [];
    for (const file of pageFiles(dist).filter((candidate) => candidate !== 'index.html')) {
      const path = servedPath(file, base);
      const response = await get(host, path.replace(/\/$/, ''));
      const location = response.headers.get('location');
      // Cloudflare answers 308; 301 would do as well: both are permanent.
      if (![301, 308].includes(response.status) || location === null || new URL(location, host.origin).pathname !== path) {
        problems.push(`${path.replace(/\/$/, '')}: ${response.status} to ${location}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // A translated edition's folder holds its own not-found page: the host serves the nearest 404.html up the path.
  const translatedNotFound = listFiles(dist).filter((file) => isNotFoundFile(file) && file !== '404.html');
  it.each([
    ...['no-such-page/', 'no/such/page', 'territory/no-such-part/'].map((rest) => ({ rest, page: '404.html' })),
    ...translatedNotFound.map((page) => ({ rest: `${page.replace(/404\.html$/, '')}no-such-page/`, page })),
  ])(
    'answers the unknown path <base>$rest with 404 and the site’s own not-found page, $page',
    async ({ rest, page }) => {
      const response = await get(host, `${base}${rest}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(readFileSync(join(dist, page), 'utf8'));
      // An unknown path matches no page rule: it gets what every response shares, and 404.html its meta policy.
      expect(securityProblems(response, expectedHeaders(rules, `${base}${rest}`), rest)).toEqual([]);
      // A missing page may be added later: it must not be cached as missing for long.
      expect(response.headers.get('cache-control') ?? '').not.toMatch(/immutable|max-age=[1-9]/);
    },
  );
});

describe(`a BASE_PATH build served at <publish root>/news/explainer/`, () => {
  const BASE = '/news/explainer/';
  let build: VariantBuild;
  let host: HostedSite;
  let rules: Header[];

  beforeAll(async () => {
    build = await buildVariant({ siteUrl: 'https://news.example.com', basePath: BASE });
    rules = await headerRules(build.dist);
    host = await startHost(build.dist);
  }, 300_000);

  afterAll(async () => {
    await host?.close();
    build?.remove();
  });

  it('is served under the base the build was made for', () => {
    expect(host.base).toBe(BASE);
    expect(host.url).toBe(`${host.origin}${BASE}`);
  });

  it('serves every page with 200, the security headers and revalidation caching (root-level _headers)', async () => {
    const problems: string[] = [];
    for (const file of pageFiles(build.dist)) {
      const path = servedPath(file, BASE);
      const response = await get(host, path);
      await response.arrayBuffer();
      if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
      problems.push(...securityProblems(response, expectedHeaders(rules, path), path));
      if (response.headers.get('cache-control') !== PAGE_CACHE) problems.push(`${path}: cache-control ${response.headers.get('cache-control')}`);
    }
    expect(problems, host.output()).toEqual([]);
  });

  it('redirects the base without its slash, and every page without its slash', async () => {
    const problems: string[] = [];
    for (const path of [BASE, ...pageFiles(build.dist).map((file) => servedPath(file, BASE))]) {
      const response = await get(host, path.replace(/\/$/, ''));
      const location = response.headers.get('location');
      if (![301, 308].includes(response.status) || location === null || new URL(location, host.origin).pathname !== path) {
        problems.push(`${path.replace(/\/$/, '')}: ${response.status} to ${location}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('follows every _redirects rule (read at the publish root) to a page that exists', async () => {
    const redirects = parseRedirects(readFileSync(join(build.dist, '_redirects'), 'utf8'));
    expect(redirects.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const rule of redirects) {
      const response = await get(host, rule.from);
      const location = response.headers.get('location') ?? '';
      const landed = await get(host, new URL(location, host.origin).pathname);
      await landed.arrayBuffer();
      if (response.status !== rule.status || new URL(location, host.origin).pathname !== rule.to || landed.status !== 200) {
        problems.push(`${rule.from}: ${response.status} to ${location} (${landed.status}); the rule says ${rule.status} to ${rule.to}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers an unknown path under the base with 404 and the site’s own not-found page', async () => {
    // Cloudflare serves the nearest 404.html up the path, so no _redirects rule is needed for it.
    const response = await get(host, `${BASE}no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(build.dist, '404.html'), 'utf8'));
  });
});

describe('npm start and npm run serve', () => {
  it('serve dist/ with wrangler on 127.0.0.1:4321, with the flags and environment of these tests', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const serve = scripts['serve'] ?? '';
    expect(serve).toMatch(/^(\w+=\S+ )*wrangler pages dev dist /);
    expect(serve).toContain('--ip 127.0.0.1');
    expect(serve).toContain('--port ${PORT:-4321}');
    expect(serve).toContain(WRANGLER_FLAGS.join(' '));
    for (const [name, value] of Object.entries(WRANGLER_ENV)) expect(serve).toContain(`${name}=${value}`);
    // npm start builds through the build command, which keeps the last good dist/ if the build fails.
    expect(scripts['start']).toBe('npm run build && npm run serve');
    expect(scripts['build']).toBe('node src/cli/build.ts');
  });
});
