import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, listFiles } from './dist';
import { addPseudoEdition, PSEUDO_EDITIONS, type PseudoLocale } from './pseudo-locale';
import { buildVariant } from './variant-build';

/** The pseudo editions the build adds, by locale. */
export const PSEUDO_LOCALES = Object.keys(PSEUDO_EDITIONS) as PseudoLocale[];

/** What the pseudo build is made from: a change to any of it builds again. */
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tests/support/pseudo-locale.ts'];

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    const files = input.includes('.') ? [''] : listFiles(path).sort();
    for (const file of files) hash.update(file).update(readFileSync(file ? join(path, file) : path));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The finished pseudo build. */
export interface PseudoBuild {
  /** The pseudo edition it adds. */
  locale: PseudoLocale;
  /** The built site: the real editions and, below its segment, the pseudo one. */
  dist: string;
  /** Milliseconds its build took (0 when an earlier test file's build of the same inputs was reused). */
  ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The site built with one pseudo edition added (tests/support/pseudo-locale.ts), in a copy of the
 * project. One edition a build, not both at once: each edition adds one _headers rule per page, and
 * four editions would pass the 100 rules Cloudflare Pages reads (src/lib/headers-file.ts). The site
 * test and the browser test share the builds: each is kept in the project's git-ignored tmp/ under a
 * hash of its inputs, built by whichever asks first while the other waits.
 */
export async function pseudoBuild(locale: PseudoLocale): Promise<PseudoBuild> {
  const parent = join(ROOT, 'tmp');
  mkdirSync(parent, { recursive: true });
  const prefix = `pseudo-${locale}-`;
  const key = `${prefix}${inputsHash()}`;
  const folder = join(parent, key);
  const done = join(folder, 'done');
  const lock = join(parent, `${key}.lock`);
  for (let waited = 0; !existsSync(done); waited += 1000) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it.
      if (waited > 300_000) throw new Error(`The pseudo build in ${folder} did not finish; remove ${lock} if no test is running.`);
      await sleep(1000);
      continue;
    }
    try {
      for (const old of readdirSync(parent)) if (old.startsWith(prefix) && old !== key && !old.endsWith('.lock')) rmSync(join(parent, old), { recursive: true, force: true });
      const build = await buildVariant({
        prepare: (project) => addPseudoEdition(project, locale),
      });
      try {
        rmSync(folder, { recursive: true, force: true });
        cpSync(build.dist, join(folder, 'dist'), { recursive: true });
        writeFileSync(done, String(build.ms));
        return { locale, dist: join(folder, 'dist'), ms: build.ms };
      } finally {
        build.remove();
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return { locale, dist: join(folder, 'dist'), ms: 0 };
}
