import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist';

/** The Node 24 binary the project pins; the system Node cannot run Astro 7. */
export const NODE_24 = join(ROOT, 'node_modules/node/bin/node');
/** Astro's command-line entry, run with NODE_24. */
export const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');
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
  /** Exit code of `astro build`; null if it was killed. */
  status: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
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
}

// Astro colours its messages; the tests compare plain text.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Copies content/ to a temporary folder, lays the files of `fixture` (a folder
 * under tests/fixtures/, such as "bad/duplicate-order", whose files have the
 * same relative paths as in content/; undefined for none) over it, and runs
 * `astro build` on that copy into a temporary outDir and cacheDir (all under
 * WORK_PARENT), so dist/ and the real content are never touched. The temporary
 * folder is removed afterwards, unless `keepOutput` asks to serve the result.
 */
export function buildContentVariant(fixture: string | undefined, options: ContentBuildOptions = {}): ContentBuildResult {
  const { readFiles = [], edit, keepOutput = false, timeoutMs = 120_000 } = options;
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
    const run = spawnSync(NODE_24, [ASTRO_CLI, 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: timeoutMs,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: join(work, 'dist'),
        CACHE_DIR: join(work, 'cache'),
        // Plain text: no colours, no interactive prompts.
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        CI: '1',
      },
    });
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${String(run.error)}` : ''}`.replace(ANSI, '');
    const files: Record<string, string> = {};
    for (const file of readFiles) {
      const built = join(work, 'dist', file);
      if (existsSync(built)) files[file] = readFileSync(built, 'utf8');
    }
    const remove = () => rmSync(work, { recursive: true, force: true });
    if (keepOutput && run.status === 0) {
      keep = true;
      return { status: run.status, output, contentDir, files, kept: { dist: join(work, 'dist'), remove } };
    }
    return { status: run.status, output, contentDir, files };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}
