// Builds the site into a fresh folder and puts it in place of dist/ only when the build succeeds,
// so a failed build leaves the last good site byte for byte as it was.
//   npm run build                 builds into dist/
//   OUT_DIR=<folder> npm run build  builds into another folder inside the project (the tests do)
// Astro's output is filtered (src/lib/build-output.ts): no route listing, and a content error
// without a stack trace into node_modules. The last line says what the output folder holds now.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildOutputFilter, describeOutcome, staleWorkFolders, workFolderNames, type BuildOutcome } from '../lib/build-output.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const target = resolve(ROOT, process.env['OUT_DIR'] ?? 'dist');
const shown = relative(ROOT, target);
// Astro writes its prerender chunks beside outDir only when outDir is in the project, and they
// need the project's node_modules; elsewhere every build would share <root>/.astro/.prerender/.
if (shown === '' || shown.startsWith('..') || isAbsolute(shown)) {
  console.error(`OUT_DIR must be a folder inside the project (${ROOT}), not ${target}: Astro's prerender chunks need the project's node_modules.`);
  process.exit(2);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Clears what a build that died left beside the output folder; brings back a good site it had moved away but not replaced. */
function clearStaleWork(): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  for (const stale of staleWorkFolders(readdirSync(parent), basename(target), isRunning)) {
    const path = join(parent, stale.name);
    if (stale.kind === 'replaced' && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** When the site in the output folder was built, if there is one. */
function lastGoodBuild(): Date | undefined {
  const index = join(target, 'index.html');
  return existsSync(index) ? statSync(index).mtime : undefined;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

clearStaleWork();
const { building, replaced } = workFolderNames(target, process.pid);
rmSync(building, { recursive: true, force: true });

const child = spawn(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], {
  cwd: ROOT,
  env: { ...process.env, OUT_DIR: building },
  stdio: ['inherit', 'pipe', 'pipe'],
});
const filters = { stdout: new BuildOutputFilter(), stderr: new BuildOutputFilter() };
child.stdout.setEncoding('utf8').on('data', (chunk: string) => process.stdout.write(filters.stdout.push(chunk)));
child.stderr.setEncoding('utf8').on('data', (chunk: string) => process.stderr.write(filters.stderr.push(chunk)));

// Ctrl-C reaches Astro too; the build then ends as stopped, and the fresh folder is cleared.
let stopped = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopped = true;
    child.kill(signal);
  });
}

child.on('close', (code) => {
  process.stdout.write(filters.stdout.end());
  process.stderr.write(filters.stderr.end());
  let outcome: BuildOutcome;
  if (code === 0 && !stopped && existsSync(join(building, 'index.html'))) {
    // Astro clears its prerender chunks after a good build; nothing of the kind may be published.
    rmSync(join(building, '.prerender'), { recursive: true, force: true });
    const pages = countPages(building);
    if (existsSync(target)) renameSync(target, replaced);
    renameSync(building, target);
    rmSync(replaced, { recursive: true, force: true });
    outcome = { ok: true, pages, target: shown };
  } else {
    rmSync(building, { recursive: true, force: true });
    outcome = { ok: false, target: shown, stopped, lastGood: lastGoodBuild() };
  }
  const line = describeOutcome(outcome);
  if (outcome.ok) console.log(line);
  else console.error(line);
  process.exitCode = outcome.ok ? 0 : code !== null && code !== 0 ? code : 1;
});
