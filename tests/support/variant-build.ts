import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToBuiltFile } from '../../src/lib/url.ts';
import { ROOT, listFiles } from './dist';

/** The Node 24 binary the project pins; the system Node cannot run Astro 7. */
const NODE_24 = join(ROOT, 'node_modules/node/bin/node');
/** Astro's command-line entry, run with NODE_24. */
const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** What a build reads from the project; copied so each variant builds in a folder of its own. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'] as const;

/** Variables Vitest sets for the code under test that a child build must not inherit. */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'] as const;

/** Where a site is published: the settings a variant is built with. */
export interface VariantSettings {
  /** SITE_URL, an absolute origin; default the build's own default. */
  siteUrl?: string;
  /** BASE_PATH, such as "/news/explainer/"; default "/". */
  basePath?: string;
  /** Changes the project copy before the build (adds an edition, say); default none. */
  prepare?: (project: string) => void;
}

/** A finished variant build. */
export interface VariantBuild {
  /** The built site. */
  dist: string;
  /** Milliseconds the build took. */
  ms: number;
  /** Removes the build's temporary folder. */
  remove: () => void;
}

// Astro colours its messages; failure messages should be plain text.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Runs `astro build` of the real content with the given SITE_URL and BASE_PATH
 * in a temporary copy of the project (node_modules linked), so dist/, the
 * project's .astro/ folder and other builds are never touched. Astro writes its
 * prerender chunks to <cwd>/.astro/.prerender/ whenever outDir lies outside the
 * working directory, so two such builds at once overwrite each other's chunks;
 * building inside the copy keeps them apart. Rejects with the end of the
 * build's output on failure.
 */
export function buildVariant(settings: VariantSettings = {}, timeoutMs = 240_000): Promise<VariantBuild> {
  const work = mkdtempSync(join(tmpdir(), 'explainer-variant-'));
  const project = join(work, 'project');
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  settings.prepare?.(project);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: join(project, 'dist'),
    CACHE_DIR: join(work, 'cache'),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CI: '1',
  };
  // Always the real content and the settings asked for, whatever the calling shell has set.
  // Vitest puts Vite's BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV=test into process.env;
  // Astro would take BASE_URL over the configured base, so none of them may reach the build.
  for (const name of [...VITEST_ENV, 'CONTENT_DIR', 'DIST_DIR', 'SITE_URL', 'BASE_PATH']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  if (settings.siteUrl !== undefined) env['SITE_URL'] = settings.siteUrl;
  if (settings.basePath !== undefined) env['BASE_PATH'] = settings.basePath;

  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE_24, [ASTRO_CLI, 'build'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const dist = join(project, 'dist');
      if (code === 0 && existsSync(join(dist, 'index.html'))) {
        resolve({ dist, ms: Date.now() - started, remove: () => rmSync(work, { recursive: true, force: true }) });
      } else {
        rmSync(work, { recursive: true, force: true });
        const tail = output.replace(ANSI, '').split('\n').slice(-40).join('\n');
        reject(new Error(`astro build with ${JSON.stringify(settings)} exited with ${code}:\n${tail}`));
      }
    });
  });
}

/** SHA-256 of every file of a built site, by path relative to it. */
export function hashFiles(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/**
 * The file a site path is served from, or undefined: "/news/x/territory/" under
 * base "/news/x/" is territory/index.html. Paths outside the base have none.
 */
export function fileForPath(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  if (rest.split('/').includes('..')) return undefined;
  const file = pathToBuiltFile(rest);
  const full = join(dist, file);
  return existsSync(full) && statSync(full).isFile() ? file : undefined;
}
