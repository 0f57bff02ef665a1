// The static server behaves as the host will: folder URLs, the trailing-slash redirect,
// 404.html, content types, caching validators, a base path, and _headers/_redirects rules.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectBase, headersFor, matchPattern, parseHeadersFile, start, type RunningServer } from '../support/static-server';

const HEADERS_FILE = `# Site-wide
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'
  X-Robots-Tag: all

/:section/
  X-Section: yes
  X-Robots-Tag: noarchive

/og/*
  Cache-Control: public, max-age=31536000, immutable
  ! X-Robots-Tag
`;

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Home</title><link rel="canonical" href="https://example.org/">',
  'territory/index.html': '<!doctype html><title>Territory</title>',
  '404.html': '<!doctype html><title>Not found</title><p>This page does not exist',
  'style.css': 'body{color:red}',
  'app.js': 'console.log(1)',
  'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'og/home.png': 'not really a png',
  'rss.xml': '<rss/>',
  'robots.txt': 'User-agent: *',
  'manifest.webmanifest': '{}',
  'data.json': '{}',
  'favicon.ico': 'ico',
  _headers: HEADERS_FILE,
  _redirects: '/old /territory/ 301\n/gone/* /territory/#:splat 302\n',
};

let dir: string;
let bare: string;
let site: RunningServer;
let based: RunningServer;
let plain: RunningServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  bare = mkdtempSync(join(tmpdir(), 'static-server-bare-'));
  writeFileSync(join(bare, 'index.html'), '<!doctype html><title>Bare</title>');
  site = await start(dir);
  based = await start(dir, { base: '/news/explainer/' });
  plain = await start(bare);
});
afterAll(async () => {
  await Promise.all([site?.close(), based?.close(), plain?.close()]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
});

const get = (server: RunningServer, path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}${path}`, { redirect: 'manual', headers });

describe('the static server', () => {
  it('listens on loopback and reports its URL', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(based.url).toMatch(/\/news\/explainer\/$/);
  });

  it('serves a folder URL from its index.html', async () => {
    const response = await get(site, '/territory/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Territory</title>');
  });

  it('redirects a folder URL without its trailing slash, keeping the query', async () => {
    const response = await get(site, '/territory?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/territory/?x=1');
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const response = await get(site, '/nowhere/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('This page does not exist');
  });

  it('answers 404 in plain text when the build has no 404.html', async () => {
    const response = await get(plain, '/nowhere/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found\n');
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
    ['/og/home.png', 'image/png'],
    ['/rss.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/favicon.ico', 'image/x-icon'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(site, path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers 304 to a request that already has the current ETag', async () => {
    const first = await get(site, '/style.css');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(site, '/style.css', { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
  });

  it('compresses text with brotli when the browser accepts it', async () => {
    const response = await fetch(`${site.origin}/`, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toContain('<title>Home</title>');
  });

  it('never serves its own configuration files', async () => {
    expect((await get(site, '/_headers')).status).toBe(404);
    expect((await get(site, '/_redirects')).status).toBe(404);
  });

  it('refuses paths that climb out of the folder', async () => {
    // An encoded slash survives URL parsing, so the decoded path really points next to the folder.
    const secret = `${dir}-secret.txt`;
    writeFileSync(secret, 'secret');
    const response = await get(site, `/..%2f${basename(secret)}`);
    rmSync(secret);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('applies the _headers rules that match a page, combining blocks', async () => {
    const response = await get(site, '/territory/');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-section')).toBe('yes');
    expect(response.headers.get('x-robots-tag')).toBe('all, noarchive');
  });

  it('applies _headers to the 404 page and leaves out rules that do not match', async () => {
    const response = await get(site, '/');
    expect(response.headers.get('x-section')).toBeNull();
    const missing = await get(site, '/a/b/c');
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('lets a later _headers rule replace Cache-Control and detach a header', async () => {
    const response = await get(site, '/og/home.png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-robots-tag')).toBeNull();
  });

  it('serves without custom headers when there is no _headers file', async () => {
    const response = await get(plain, '/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('follows _redirects for paths with no file, filling in the splat', async () => {
    const old = await get(site, '/old');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/territory/');
    const gone = await get(site, '/gone/abc');
    expect(gone.status).toBe(302);
    expect(gone.headers.get('location')).toBe('/territory/#abc');
  });

  it('serves the site under a base path and nothing outside it', async () => {
    expect((await get(based, '/news/explainer/territory/')).status).toBe(200);
    expect((await get(based, '/territory/')).status).toBe(404);
    const bareBase = await get(based, '/news/explainer');
    expect(bareBase.status).toBe(301);
    expect(bareBase.headers.get('location')).toBe('/news/explainer/');
    expect((await get(based, '/news/explainer/territory/')).headers.get('x-section')).toBe('yes');
  });
});

describe('the _headers rules', () => {
  it('match "*" across segments and ":name" within one', () => {
    expect(matchPattern('/og/*', '/og/cards/home.png')).toEqual({ splat: 'cards/home.png' });
    expect(matchPattern('/:section/', '/territory/')).toEqual({ section: 'territory' });
    expect(matchPattern('/:section/', '/a/b/')).toBeUndefined();
    expect(matchPattern('https://example.org/*', '/x')).toEqual({ splat: 'x' });
  });

  it('match patterns written with or without the base path', () => {
    const rules = parseHeadersFile('/news/explainer/read/\n  A: 1\n/read/\n  B: 2\n');
    const headers = headersFor(rules, '/news/explainer/read/', '/news/explainer/');
    expect(headers.get('a')?.value).toBe('1');
    expect(headers.get('b')?.value).toBe('2');
  });

  it('reject a header line that comes before any path', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/before any path pattern/);
  });
});

describe('detectBase', () => {
  it('reads the base path from the home page’s canonical URL', () => {
    expect(detectBase(dir)).toBe('/');
    const nested = mkdtempSync(join(tmpdir(), 'static-server-base-'));
    writeFileSync(join(nested, 'index.html'), '<link rel="canonical" href="https://example.org/news/explainer/">');
    expect(detectBase(nested)).toBe('/news/explainer/');
    rmSync(nested, { recursive: true, force: true });
  });
});
