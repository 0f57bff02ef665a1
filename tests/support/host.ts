// The built site served by Cloudflare's own Pages runtime (`wrangler pages dev`, which runs
// workerd), so the tests, the benchmark and `npm start` see _headers, _redirects, folder URLs
// and 404.html handled the way the host handles them, not the way this project believes.
// Only erasable TypeScript here: Node 24 runs this file as is from tests/bench/bench.mjs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { normaliseBase } from '../../src/lib/url.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
/** The Node the project pins: wrangler needs Node >= 22.12, and the system Node may be older. */
const NODE_24 = join(ROOT, 'node_modules/node/bin/node');
/** Wrangler's command-line entry, run with NODE_24. */
const WRANGLER_JS = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

/**
 * The runtime date wrangler emulates. Without it wrangler warns and picks its own; it must not be
 * later than the bundled workerd's release. Keep it equal to the one in package.json's "serve".
 */
export const COMPATIBILITY_DATE = '2026-11-01';

/**
 * Flags shared with `npm run serve` (package.json). `--log-level info` drops the banner, the
 * "No Functions. Shimming…" note and the table of Pages bindings (all "log" level) but keeps
 * "Ready on …" and the request lines; the interactive hotkey box would offer to open a tunnel.
 */
export const WRANGLER_FLAGS = ['--compatibility-date', COMPATIBILITY_DATE, '--log-level', 'info', '--show-interactive-dev-session=false'] as const;

/**
 * Environment shared with `npm run serve`. CLOUDFLARE_CF_FETCH_ENABLED=false makes miniflare use
 * its built-in `Request.cf` placeholder instead of downloading one from workers.cloudflare.com,
 * which offline printed "Unable to fetch the Request.cf object" and a getaddrinfo stack.
 * WRANGLER_SEND_METRICS=false: no telemetry calls.
 */
export const WRANGLER_ENV = { CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' } as const;

/** A running `wrangler pages dev`. */
export interface HostedSite {
  /** Scheme, host and port, such as "http://127.0.0.1:41234". */
  origin: string;
  /** The base path the site is served under, starting and ending with "/". */
  base: string;
  /** URL of the site's home page: origin plus base. */
  url: string;
  /** Everything wrangler printed so far, colours removed: for failure messages. */
  output: () => string;
  /** Stops wrangler and its workerd processes and removes the temporary folder. Safe to call twice. */
  close: () => Promise<void>;
}

/** Options of `startHost`. */
export interface HostOptions {
  /** Path the build was made for ("/news/explainer/"); default read from the build's canonical URLs. */
  base?: string;
  /** Port on 127.0.0.1; default 0, a free one the system picks. */
  port?: number;
  /** How long wrangler may take to answer; default 90 s (a loaded 2-core machine is slow to start workerd). */
  timeoutMs?: number;
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

/** Host configuration files: read at the publish root only, whatever the base. */
const CONFIG_FILES = ['_headers', '_redirects'] as const;

/**
 * The folder to hand to wrangler. A root build is served as it is. A sub-path build is the
 * content of <publish root>/news/explainer/, so it is linked there inside `work`, and its
 * _headers and _redirects (whose rules already carry the base) are linked at the publish root,
 * as the README's deploy recipe moves them.
 */
function publishRoot(dir: string, base: string, work: string): string {
  if (base === '/') return dir;
  const root = join(work, 'publish');
  const nested = join(root, base);
  mkdirSync(dirname(nested.replace(/\/$/, '')), { recursive: true });
  symlinkSync(dir, nested.replace(/\/$/, ''), 'dir');
  for (const name of CONFIG_FILES) {
    if (existsSync(join(dir, name))) symlinkSync(join(dir, name), join(root, name));
  }
  return root;
}

// Wrangler colours its lines even into a pipe for some messages.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
/** Keep at most this much of wrangler's output (its end), so a chatty run cannot grow without bound. */
const OUTPUT_LIMIT = 200_000;

/** Sends a signal to the whole process group (wrangler, its second Node, workerd); ignores a group already gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: every process of the group has exited already.
  }
}

/**
 * Starts `wrangler pages dev` over a built folder on 127.0.0.1 and resolves once it answers.
 * Its output is kept, not printed; a failure to start rejects with it.
 */
export async function startHost(dir: string, options: HostOptions = {}): Promise<HostedSite> {
  const site = resolve(dir);
  if (!existsSync(site) || !statSync(site).isDirectory()) throw new Error(`${site} is not a folder: build the site first.`);
  if (!existsSync(WRANGLER_JS)) throw new Error(`${WRANGLER_JS} is missing: run "npm ci" first.`);
  const base = normaliseBase(options.base ?? detectBase(site));
  const timeoutMs = options.timeoutMs ?? 90_000;
  // Wrangler writes .wrangler/ into its working folder: a temporary one keeps the project clean.
  const work = mkdtempSync(join(tmpdir(), 'explainer-host-'));
  const served = publishRoot(site, base, work);

  const env: NodeJS.ProcessEnv = { ...process.env, ...WRANGLER_ENV, WRANGLER_WRITE_LOGS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
  // Vitest's own variables (NODE_ENV=test among them) are meant for the code under test, not for wrangler.
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'NODE_ENV') delete env[name];
  const args = [
    WRANGLER_JS,
    'pages',
    'dev',
    served,
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port ?? 0),
    // Port 0 everywhere: two hosts (a test and the bench, say) never race for wrangler's default ports.
    '--inspector-port',
    '0',
    ...WRANGLER_FLAGS,
  ];
  // Its own process group, so close() can stop wrangler's child Node and the workerd processes with it.
  const child = spawn(NODE_24, args, { cwd: work, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString().replace(ANSI, '')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let running = true;
  let exitCode: number | null = null;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code) => {
      running = false;
      exitCode = code;
      done();
    }),
  );
  // If the test runner or the bench ends without close(), do not leave workerd behind.
  const killOnExit = (): void => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (running) {
        signalGroup(child, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // wrangler may have exited before its workerd processes: make sure none is left.
      signalGroup(child, 'SIGKILL');
      rmSync(work, { recursive: true, force: true });
    })();
    return closed;
  };

  try {
    const origin = await waitUntilReady(() => output, () => (running ? undefined : exitCode), timeoutMs);
    await waitUntilAnswering(`${origin}${base}`, timeoutMs);
    return { origin, base, url: `${origin}${base}`, output: () => output, close };
  } catch (error) {
    await close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`wrangler pages dev ${site} did not start: ${reason}\n--- wrangler output ---\n${output.trim() || '(nothing)'}`);
  }
}

/**
 * Resolves with the origin of wrangler's "Ready on http://…" line; rejects when it exits
 * (`exitCode` returns its code, null for a signal, undefined while it runs) or takes too long.
 */
async function waitUntilReady(output: () => string, exitCode: () => number | null | undefined, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // The line must be complete: a chunk may end in the middle of the port number.
    const ready = /Ready on (http:\/\/[^\s/]+)\/?\s/.exec(output())?.[1];
    if (ready) return ready;
    const code = exitCode();
    if (code !== undefined) throw new Error(`it exited with ${code === null ? 'a signal' : `code ${code}`}`);
    if (Date.now() > deadline) throw new Error(`no "Ready on" line after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Resolves once the URL gets any HTTP answer: "Ready" is printed as workerd listens, a real answer proves it serves. */
async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer: ${error instanceof Error ? error.message : String(error)}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/** A loopback port nothing listens on now, so two builds can be served at the same origin one after the other. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
