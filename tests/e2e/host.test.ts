// The build as Cloudflare Pages serves it: `wrangler pages dev` (Cloudflare's workerd runtime)
// over dist/, and over a BASE_PATH build nested the way the README deploys it. Every page, every
// header rule, every redirect, folder URLs and the not-found page, over HTTP. What is expected
// comes from the build (its files, its _headers and _redirects), the page-kind registry and the
// caching and framing policy (tests/support/header-policy.ts), never from counts typed in. The
// runtime also checks src/lib/headers-file.ts's model of how Cloudflare applies _headers
// (rules in order, `! Name` detaching), which tests/site/host-files.test.ts relies on.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CACHE, headersForPath, parseHeadersFile, type ParsedHeadersRule } from '../../src/lib/headers-file';
import { parseRedirects } from '../../src/lib/redirects-file';
import { builtFileToPath } from '../../src/lib/url';
import { kindOfPath } from '../../src/page-kinds';
import { DIST, ROOT, editionOfFile, listFiles, pathOfHtmlFile, requireDist } from '../support/dist';
import { expectedCache, expectedHeaders as policyOf } from '../support/header-policy';
import { startHost, WRANGLER_ENV, WRANGLER_FLAGS, type HostedSite } from '../support/host';
import { buildVariant, type VariantBuild } from '../support/variant-build';

/** Where the caching policy gives files other than pages their own Cache-Control (any edition's cards and map included). */
const CACHE_RULES: readonly { name: string; matches: (file: string) => boolean; value: string }[] = [
  { name: 'hashed assets', matches: (file) => file.startsWith('_astro/'), value: expectedCache('_astro/x.js') },
  { name: 'social cards', matches: (file) => /^([^/]+\/)?og\/[^/]+\.png$/.test(file), value: expectedCache('og/home.png') },
  { name: 'locator maps', matches: (file) => /^([^/]+\/)?map\/[^/]+\.svg$/.test(file), value: expectedCache('map/light.svg') },
  { name: 'the offline worker', matches: (file) => file === 'sw.js', value: expectedCache('sw.js') },
];
/** Headers _headers decides, each checked against what the file says a path gets. */
const SECURITY_HEADERS = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-security-policy', 'x-frame-options', 'cache-control'];
/** The host reads these; they are never pages or assets. */
const CONFIG_FILES = new Set(['_headers', '_redirects']);
/** A file written into the served copy when the build has no `_astro/` file to check that rule with. */
const ASTRO_PROBE = '_astro/host-probe.js';

/** The rules of a build's _headers, in Cloudflare's dialect (detach lines kept). */
function headerRules(dir: string): ParsedHeadersRule[] {
  return parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
}

/** Lower-case header name → every value the file gives it, in any rule. */
function valuesByName(rules: readonly ParsedHeadersRule[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const rule of rules) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, (out.get(key) ?? new Set()).add(value));
    }
  }
  return out;
}

/** What _headers says a path gets, by lower-case name, applied the way Cloudflare documents (src/lib/headers-file.ts). */
function expectedHeaders(rules: readonly ParsedHeadersRule[], path: string): Map<string, string> {
  const out = headersForPath(rules, path);
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
  let rules: ParsedHeadersRule[];
  let base: string;

  beforeAll(async () => {
    rules = headerRules(dist);
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
    writeFileSync(join(probe, '_headers'), '/*\n  X-Probe: one\n/a/*\n  X-Probe: two\n/b/*\n  ! X-Probe\n  X-Probe: three\n');
    mkdirSync(join(probe, 'b'));
    writeFileSync(join(probe, 'b/index.html'), '<!doctype html><title>b</title>');
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
      await response.arrayBuffer();
      const expected = expectedHeaders(rules, path);
      const { framable, cacheControl } = policyOf(file);
      if (expected.get('x-frame-options') !== (framable ? undefined : 'DENY')) problems.push(`${path}: _headers X-Frame-Options ${expected.get('x-frame-options')}`);
      if (!expected.get('content-security-policy')?.includes(framable ? 'frame-ancestors *' : "frame-ancestors 'none'")) problems.push(`${path}: _headers frame-ancestors`);
      if (expected.get('cache-control') !== cacheControl) problems.push(`${path}: _headers Cache-Control ${expected.get('cache-control')}`);
      problems.push(...securityProblems(response, expected, path));
    }
    expect(problems).toEqual([]);
  });

  // One page of each kind in each edition the build has it in: the first such file.
  const samples = [
    ...new Map(
      pageFiles(dist).flatMap((file) => {
        const found = kindOfPath(builtFileToPath(file));
        return found ? [[`${found.kind.id} ${editionOfFile(file)}`, { file, kind: found.kind.id, edition: editionOfFile(file), framable: found.kind.framable }] as const] : [];
      }),
    ).values(),
  ];
  it.each(samples)('sends the $kind page $file ($edition) one policy, X-Frame-Options only when not framable, and revalidation', async ({ file, framable }) => {
    const response = await get(host, servedPath(file, base));
    await response.arrayBuffer();
    const policy = response.headers.get('content-security-policy') ?? '';
    const strict = rules[0]?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
    const embed = rules.find((rule) => rule.detach.includes('Content-Security-Policy'))?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
    // Cloudflare joins a second policy with ", ": one policy is exactly one value of the file.
    expect(policy).toBe(framable ? embed : strict);
    expect(policy).toContain(framable ? 'frame-ancestors *' : "frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe(framable ? null : 'DENY');
    expect(response.headers.get('cache-control')).toBe(PAGE_CACHE);
  });

  it.each(CACHE_RULES)('sends $name with Cache-Control: $value', async ({ name, matches, value }) => {
    const files = listFiles(served).filter(matches);
    expect(files.length, `the build has no file for ${name}${name === 'hashed assets' ? ' and no probe was written' : ''}`).toBeGreaterThan(0);
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

  it('joins the values of one header set by two matching rules, unless the later one detaches it, as Cloudflare documents', async () => {
    // This is why every later rule of the build detaches what it replaces.
    const response = await get(overlap, '/a/');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-probe')).toBe('one, two');
    expect((await get(overlap, '/')).headers.get('x-probe')).toBe('one');
    expect((await get(overlap, '/b/')).headers.get('x-probe')).toBe('three');
    // The build's model of the host agrees.
    const model = parseHeadersFile(readFileSync(join(probe, '_headers'), 'utf8'));
    expect(['/', '/a/', '/b/'].map((path) => headersForPath(model, path).get('x-probe'))).toEqual(['one', 'one, two', 'three']);
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
      // The host answers a missing path with its own Cache-Control (wrangler's runtime: no-store), checked below.
      expect(securityProblems(response, expectedHeaders(rules, `${base}${rest}`), rest).filter((problem) => !problem.includes(': cache-control is'))).toEqual([]);
      // A missing page may be added later: it must not be cached as missing for long.
      expect(response.headers.get('cache-control') ?? '').not.toMatch(/immutable|max-age=[1-9]/);
    },
  );
});

describe(`a BASE_PATH build served at <publish root>/news/explainer/`, () => {
  const BASE = '/news/explainer/';
  let build: VariantBuild;
  let host: HostedSite;
  let rules: ParsedHeadersRule[];

  beforeAll(async () => {
    build = await buildVariant({ siteUrl: 'https://news.example.com', basePath: BASE });
    rules = headerRules(build.dist);
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
