// A small static host for a built dist/ folder, with no dependency: folder URLs,
// 301 to the trailing slash, 404.html, content types, ETags, compression, an optional
// base path, and the rules of dist/_headers and dist/_redirects (Netlify/Cloudflare
// format). The e2e tests, `npm start` (tests/support/serve.mjs) and `npm run bench` all use it.
// Only erasable TypeScript here: Node 24 runs this file as is from the .mjs scripts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { normaliseBase } from '../../src/lib/url.ts';

export { normaliseBase };

/** Content type by file extension; text types carry a charset. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  xsl: 'application/xslt+xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pdf: 'application/pdf',
};

/** Types worth compressing on the fly, as a static host does. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|xslt\+xml)|image\/svg\+xml)/;

/** Files a static host reads as configuration and never serves. */
const CONFIG_FILES = new Set(['/_headers', '/_redirects']);

/** What `start` returns: where the site is and how to stop it. */
export interface RunningServer {
  /** URL of the site's home page, base path included, ending in "/". */
  url: string;
  /** Scheme, host and port, such as "http://127.0.0.1:4321". */
  origin: string;
  /** The base path the site is served under, starting and ending with "/". */
  base: string;
  /** Stops the server and drops open connections. */
  close: () => Promise<void>;
}

/** Options of `start`. */
export interface StartOptions {
  /** Port to listen on; default 0 (any free port). */
  port?: number;
  /** Interface to listen on; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Path the site is served under ("/news/explainer/"); default "/". */
  base?: string;
}

/** One block of a _headers file: a path pattern and what to attach or detach. */
export interface HeaderRule {
  /** URL path pattern with `*` (any text) and `:name` (one path segment). */
  pattern: string;
  /** Headers to attach, in file order. */
  set: [name: string, value: string][];
  /** Lower-case names of headers to remove ("! Name" lines, Cloudflare syntax). */
  detach: string[];
}

/** One line of a _redirects file. */
export interface RedirectRule {
  /** URL path pattern, as in _headers. */
  from: string;
  /** Target path or URL; `:splat` and `:name` are replaced. */
  to: string;
  /** HTTP status: 301, 302, 303, 307 or 308 redirect; 200 rewrites; 404 serves the target as not found. */
  status: number;
  /** True when the rule applies even though a file exists at `from` ("301!"). */
  force: boolean;
}


/** Reads a _headers file: a pattern line, then indented "Name: value" or "! Name" lines; "#" starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: line, set: [], detach: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`_headers: header line "${line}" comes before any path pattern.`);
    if (line.startsWith('!')) {
      current.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers: expected "Name: value" under ${current.pattern}, got "${line}".`);
    current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Reads a _redirects file: "from to [status][!]" per line; "#" starts a comment. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // A comment is a whole line or follows whitespace, so targets keep their "#anchor".
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const [from, to, code = '301'] = line.split(/\s+/);
    if (!from || !to) throw new Error(`_redirects: expected "from to [status]", got "${line}".`);
    const status = Number.parseInt(code, 10);
    if (!Number.isInteger(status)) throw new Error(`_redirects: bad status "${code}" in "${line}".`);
    rules.push({ from, to, status, force: code.endsWith('!') });
  }
  return rules;
}

/** Matches a URL path against a pattern; returns the captured `splat` and `:name` values, or undefined. */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  // An absolute pattern ("https://example.org/*") is matched on its path only.
  const patternPath = /^https?:\/\//.test(pattern) ? new URL(pattern.replace(/\*/g, '__splat__')).pathname.replace(/__splat__/g, '*') : pattern;
  const names: string[] = [];
  const source = patternPath.replace(/\*|:[A-Za-z]\w*|[.+?^${}()|[\]\\]/g, (token) => {
    if (token === '*') {
      names.push('splat');
      return '(.*)';
    }
    if (token.startsWith(':')) {
      names.push(token.slice(1));
      return '([^/]+)';
    }
    return `\\${token}`;
  });
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
}

/**
 * Matches a pattern against a request path under a base: a pattern that starts with the base
 * is compared with the full path, any other with the path inside the base ("/" + the rest).
 */
function matchUnderBase(pattern: string, fullPath: string, base: string): Record<string, string> | undefined {
  if (base === '/' || pattern.startsWith(base) || /^https?:\/\//.test(pattern)) return matchPattern(pattern, fullPath);
  return matchPattern(pattern, `/${fullPath.slice(base.length)}`);
}

/**
 * The headers every matching rule gives a path, in file order: the same header in
 * several blocks is joined with ", " (as Cloudflare does); "! Name" removes it.
 * Keys are lower-case header names.
 */
export function headersFor(rules: readonly HeaderRule[], fullPath: string, base = '/'): Map<string, { name: string; value: string }> {
  const out = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!matchUnderBase(rule.pattern, fullPath, base)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = out.get(key);
      out.set(key, { name, value: previous && previous.value !== value ? `${previous.value}, ${value}` : value });
    }
  }
  return out;
}

/** The first redirect rule that matches, with its target filled in. */
function findRedirect(rules: readonly RedirectRule[], fullPath: string, base: string): { rule: RedirectRule; target: string } | undefined {
  for (const rule of rules) {
    const params = matchUnderBase(rule.from, fullPath, base);
    if (!params) continue;
    const target = rule.to.replace(/:([A-Za-z]\w*)/g, (token, name: string) => params[name] ?? token);
    return { rule, target };
  }
  return undefined;
}

/** Reads the base path a build was made for from its home page's canonical URL; "/" when there is none. */
export function detectBase(dir: string): string {
  const home = join(dir, 'index.html');
  if (!existsSync(home)) return '/';
  const canonical = /<link[^>]+rel="canonical"[^>]*>/i.exec(readFileSync(home, 'utf8'))?.[0];
  const href = canonical && /href="([^"]+)"/.exec(canonical)?.[1];
  if (!href) return '/';
  try {
    return normaliseBase(new URL(href).pathname);
  } catch {
    return '/';
  }
}

/** A file read once and kept, with its compressed forms, until it changes on disk. */
interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** A parsed config file (_headers, _redirects), re-read when it changes on disk. */
interface CachedRules<T> {
  mtimeMs: number;
  rules: T[];
}

/** Starts serving `dir` and resolves once the server listens. */
export async function start(dir: string, options: StartOptions = {}): Promise<RunningServer> {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first.`);
  const base = normaliseBase(options.base ?? '/');
  const files = new Map<string, CachedFile>();
  const configs = new Map<string, CachedRules<unknown>>();

  const statFile = (path: string): Stats | undefined => {
    try {
      return statSync(path);
    } catch {
      return undefined;
    }
  };

  const loadRules = <T>(name: string, parse: (text: string) => T[]): T[] => {
    const path = join(root, name);
    const stats = statFile(path);
    if (!stats?.isFile()) return [];
    const cached = configs.get(name);
    if (cached && cached.mtimeMs === stats.mtimeMs) return cached.rules as T[];
    const rules = parse(readFileSync(path, 'utf8'));
    configs.set(name, { mtimeMs: stats.mtimeMs, rules });
    return rules;
  };

  const readCached = (path: string, stats: Stats): CachedFile => {
    const cached = files.get(path);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached;
    const fresh: CachedFile = { mtimeMs: stats.mtimeMs, size: stats.size, body: readFileSync(path) };
    files.set(path, fresh);
    return fresh;
  };

  /** The file a path inside the site maps to, if it is a regular file inside root. */
  const fileAt = (sitePath: string): { path: string; stats: Stats } | undefined => {
    const path = resolve(root, `.${sitePath}`);
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    const stats = statFile(path);
    return stats?.isFile() ? { path, stats } : undefined;
  };

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    fullPath: string,
    file: { path: string; stats: Stats } | undefined,
  ): void => {
    const headers = new Map<string, { name: string; value: string }>();
    const put = (name: string, value: string) => headers.set(name.toLowerCase(), { name, value });
    put('Cache-Control', 'public, max-age=0, must-revalidate');
    let body: Buffer;
    if (file) {
      const ext = file.path.slice(file.path.lastIndexOf('.') + 1).toLowerCase();
      const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
      const cached = readCached(file.path, file.stats);
      const etag = `W/"${file.stats.size.toString(16)}-${Math.floor(file.stats.mtimeMs).toString(16)}"`;
      put('Content-Type', type);
      put('ETag', etag);
      put('Last-Modified', file.stats.mtime.toUTCString());
      body = cached.body;
      if (COMPRESSIBLE.test(type)) {
        put('Vary', 'Accept-Encoding');
        const accepted = String(req.headers['accept-encoding'] ?? '');
        if (/\bbr\b/.test(accepted)) {
          cached.br ??= brotliCompressSync(cached.body);
          body = cached.br;
          put('Content-Encoding', 'br');
        } else if (/\bgzip\b/.test(accepted)) {
          cached.gzip ??= gzipSync(cached.body, { level: 9 });
          body = cached.gzip;
          put('Content-Encoding', 'gzip');
        }
      }
      if (status === 200 && req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
        status = 304;
        body = Buffer.alloc(0);
      }
    } else {
      put('Content-Type', CONTENT_TYPES['txt'] ?? 'text/plain');
      body = Buffer.from('Not found\n');
    }
    for (const [key, header] of headersFor(loadRules('_headers', parseHeadersFile), fullPath, base)) headers.set(key, header);
    if (status !== 304) put('Content-Length', String(body.length));
    res.writeHead(status, Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value])));
    res.end(req.method === 'HEAD' || status === 304 ? undefined : body);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse, fullPath: string): void => {
    send(req, res, 404, fullPath, fileAt('/404.html'));
  };

  const redirect = (res: ServerResponse, status: number, fullPath: string, location: string): void => {
    const headers: Record<string, string> = { Location: location, 'Content-Length': '0', 'Cache-Control': 'public, max-age=0, must-revalidate' };
    for (const { name, value } of headersFor(loadRules('_headers', parseHeadersFile), fullPath, base).values()) headers[name] = value;
    res.writeHead(status, headers);
    res.end();
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let fullPath: string;
    try {
      fullPath = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request\n');
      return;
    }
    if (fullPath.includes('\0')) return notFound(req, res, fullPath);
    if (base !== '/' && fullPath === base.slice(0, -1)) return redirect(res, 301, fullPath, base + url.search);
    if (!fullPath.startsWith(base)) return notFound(req, res, fullPath);
    const sitePath = `/${fullPath.slice(base.length)}`;
    if (CONFIG_FILES.has(sitePath)) return notFound(req, res, fullPath);

    const direct = sitePath.endsWith('/') ? fileAt(`${sitePath}index.html`) : fileAt(sitePath);
    const folderIndex = !direct && !sitePath.endsWith('/') ? fileAt(`${sitePath}/index.html`) : undefined;
    const found = findRedirect(loadRules('_redirects', parseRedirectsFile), fullPath, base);
    // As on Netlify, a file at the path shadows a redirect unless the rule is forced.
    if (found && (found.rule.force || (!direct && !folderIndex))) {
      const { rule, target } = found;
      if (rule.status === 200 || rule.status === 404) {
        const targetPath = target.startsWith(base) ? `/${target.slice(base.length)}` : target;
        const file = targetPath.endsWith('/') ? fileAt(`${targetPath}index.html`) : fileAt(targetPath);
        return file ? send(req, res, rule.status, fullPath, file) : notFound(req, res, fullPath);
      }
      return redirect(res, rule.status, fullPath, target);
    }
    if (direct) return send(req, res, 200, fullPath, direct);
    if (folderIndex) return redirect(res, 301, fullPath, `${url.pathname}/${url.search}`);
    return notFound(req, res, fullPath);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    base,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
