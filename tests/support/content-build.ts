import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist';
import { hashFiles } from './variant-build';

/** The Node 24 binary the project pins; the system Node cannot run Astro 7. */
export const NODE_24 = join(ROOT, 'node_modules/node/bin/node');
/** The build command `npm run build` runs, run with NODE_24: Astro into a fresh folder, swapped in on success. */
export const BUILD_CLI = join(ROOT, 'src/cli/build.ts');
/** The folder holding the content overlays: bad/<case>/ for each failure, good/<case>/ for controls. */
export const FIXTURES = join(ROOT, 'tests/fixtures');

/**
 * Where the temporary copies are built: the project's git-ignored tmp/ folder, not the
 * system one. Astro writes its prerender chunks beside outDir only when outDir is inside
 * the working directory; otherwise every build shares <root>/.astro/.prerender/ and
 * builds running at the same time delete or load each other's chunks. The chunks also
 * need the project's node_modules, so the copy cannot live outside the project.
 */
export const WORK_PARENT = join(ROOT, 'tmp');

/** The file in each fixture folder that describes the case; never copied into content. */
export const FIXTURE_README = 'README.md';

/** What one build of a content variant did. */
export interface ContentBuildResult {
  /** Exit code of the build; null if it was killed. */
  status: number | null;
  /** stdout and stderr together in the order they were written, as an editor sees them; ANSI colours removed. */
  output: string;
  /** The last line the build printed: what the output folder holds now. */
  lastLine: string;
  /** The output folder as the build names it, relative to the project ("tmp/bad-content-XXXXXX/dist"). */
  outDir: string;
  /** What the temporary folder holds after the build (content, cache, dist…): the build's own work folders must be gone. */
  workEntries: string[];
  /** With `hashOutput`: every file of the output folder after the build and its sha256. */
  outputHashes?: Map<string, string> | undefined;
  /** The temporary content folder that was built, for reading paths in messages. */
  contentDir: string;
  /** The built files asked for (relative to the output folder) and their text; a file not built is missing. */
  files: Record<string, string>;
  /** With `keepOutput`: the built site, and how to remove it when done. */
  kept?: { dist: string; remove: () => void } | undefined;
}

/** What else a content build does besides laying a fixture over content/. */
export interface ContentBuildOptions {
  /** Built files (relative to the output folder) whose text to return; default none. */
  readFiles?: readonly string[];
  /** Changes the copied content folder before the build, e.g. rewrites a paragraph; default none. */
  edit?: (contentDir: string) => void;
  /** Keeps the built site (for serving it) instead of removing everything; default false. */
  keepOutput?: boolean;
  /** How long the build may take; default 120 s. */
  timeoutMs?: number;
  /** A built site (such as dist/) copied into the output folder first, as the last good build; default none. */
  previousOutput?: string;
  /** Hashes every file of the output folder after the build (`outputHashes`); default false. */
  hashOutput?: boolean;
}

// Astro colours its messages; the tests compare plain text.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Copies content/ to a temporary folder, lays the files of `fixture` (a folder
 * under tests/fixtures/, such as "bad/duplicate-order", whose files have the
 * same relative paths as in content/; undefined for none) over it, and runs
 * the build an editor runs (src/cli/build.ts) on that copy into a temporary
 * outDir and cacheDir (all under WORK_PARENT), so dist/ and the real content are
 * never touched. The temporary folder is removed afterwards, unless `keepOutput`
 * asks to serve the result.
 */
export function buildContentVariant(fixture: string | undefined, options: ContentBuildOptions = {}): ContentBuildResult {
  const { readFiles = [], edit, keepOutput = false, timeoutMs = 120_000, previousOutput, hashOutput = false } = options;
  mkdirSync(WORK_PARENT, { recursive: true });
  const work = mkdtempSync(join(WORK_PARENT, 'bad-content-'));
  const contentDir = join(work, 'content');
  let keep = false;
  try {
    cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
    if (fixture !== undefined) {
      const overlay = join(FIXTURES, fixture);
      if (!existsSync(overlay)) throw new Error(`No fixture folder at ${overlay}.`);
      // The fixture mirrors content/; its top-level README.md describes the case and is not content.
      cpSync(overlay, contentDir, {
        recursive: true,
        filter: (source) => source !== join(overlay, FIXTURE_README),
      });
    }
    edit?.(contentDir);
    const dist = join(work, 'dist');
    if (previousOutput !== undefined) cpSync(previousOutput, dist, { recursive: true, preserveTimestamps: true });
    // stdout and stderr into one file, so the output keeps the order a terminal shows.
    const logFile = join(work, 'build.log');
    const log = openSync(logFile, 'w');
    let run: ReturnType<typeof spawnSync>;
    try {
      run = spawnSync(NODE_24, [BUILD_CLI], {
        cwd: ROOT,
        timeout: timeoutMs,
        stdio: ['ignore', log, log],
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          OUT_DIR: dist,
          CACHE_DIR: join(work, 'cache'),
          // Plain text: no colours, no interactive prompts.
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          CI: '1',
        },
      });
    } finally {
      closeSync(log);
    }
    const output = `${readFileSync(logFile, 'utf8')}${run.error ? `\n${String(run.error)}` : ''}`.replace(ANSI, '');
    const lastLine = output.trimEnd().split('\n').at(-1) ?? '';
    const workEntries = readdirSync(work).filter((name) => name !== 'build.log').sort();
    const outputHashes = hashOutput && existsSync(dist) ? hashFiles(dist) : undefined;
    const files: Record<string, string> = {};
    for (const file of readFiles) {
      const built = join(dist, file);
      if (existsSync(built)) files[file] = readFileSync(built, 'utf8');
    }
    const outDir = dist.slice(ROOT.length).replace(/^\/+/, '');
    const result = { status: run.status, output, lastLine, outDir, workEntries, outputHashes, contentDir, files };
    const remove = () => rmSync(work, { recursive: true, force: true });
    if (keepOutput && run.status === 0) {
      keep = true;
      return { ...result, kept: { dist, remove } };
    }
    return result;
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}
