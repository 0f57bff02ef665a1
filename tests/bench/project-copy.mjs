// Builds the site in a throwaway copy of the project, so the bench never touches the
// working tree (its dist/, .astro/ or caches), optionally with generated sections.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a copy needs to build: the same files the real build reads. */
const PROJECT_PARTS = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project into a new folder under the system temp folder, node_modules symlinked.
 * @param {string} root the project root
 * @param {string} label part of the folder name
 * @returns {string} the copy's root
 */
export function copyProject(root, label) {
  const copy = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  for (const part of PROJECT_PARTS) {
    if (existsSync(join(root, part))) cpSync(join(root, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/**
 * Removes a copy made by copyProject.
 * @param {string} copy
 */
export function removeCopy(copy) {
  rmSync(copy, { recursive: true, force: true });
}

/** Frontmatter keys a generated section drops: they tie a section to others (events point back at it). */
const DROPPED_KEYS = new Set(['events', 'openQuestions']);

/**
 * Rewrites one section for a generated copy: a new title, nav label and order, none of the
 * keys that would tie it to other files, and its claims' words without their marks.
 * @param {string} source the section's MDX
 * @param {number} order the copy's position in the story
 * @returns {string}
 */
export function makeGeneratedSection(source, order) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('A section file has no frontmatter block.');
  const [, frontmatter = '', body = ''] = match;
  /** @type {string[]} */
  const kept = [];
  let dropping = false;
  let title = '';
  for (const line of frontmatter.split(/\r?\n/)) {
    const key = /^([A-Za-z]\w*):/.exec(line)?.[1];
    if (key) dropping = DROPPED_KEYS.has(key) || key === 'title' || key === 'navLabel' || key === 'order';
    if (key === 'title') title = line.slice('title:'.length).trim().replace(/^["']|["']$/g, '');
    if (!dropping) kept.push(line);
  }
  const fields = [
    `title: ${JSON.stringify(`${title} (generated ${order})`)}`,
    `navLabel: ${JSON.stringify(`Part ${order}`)}`,
    `order: ${order}`,
  ];
  // A claim stands once, where the article has it: a copy keeps the words but not the mark, nor
  // the quote marks (the Markdown engine would curl straight ones), so the claim checks do not
  // take the copy for an unmarked quotation.
  const copiedBody = body.replace(/<Claim id="[^"]*">([\s\S]*?)<\/Claim>/g, '$1').replace(/[“”]/g, '');
  return `---\n${[...fields, ...kept].join('\n')}\n---\n${copiedBody}`;
}

/**
 * A few words of each paragraph of a section's MDX body, as they stand on the page: comments and
 * block components dropped, tags and link targets taken out, then the first run of four plain
 * words (letters, digits, apostrophes and light punctuation), which the Markdown engine leaves as
 * they are. What an entry of the updates log quotes to name the paragraph.
 * @param {string} body
 * @returns {string[]}
 */
export function paragraphWords(body) {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^<[A-Z][\s\S]*\/>$/.test(block))
    .map((block) => {
      const words = block.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split(/\s+/);
      const plain = (/** @type {string} */ word) => /^[\p{L}\p{N}'’,.;:%-]+$/u.test(word);
      const start = words.findIndex((_, index) => words.slice(index, index + 4).length === 4 && words.slice(index, index + 4).every(plain));
      if (start === -1) throw new Error(`No four plain words to quote in the paragraph "${block.slice(0, 60)}…".`);
      return words.slice(start, start + 4).join(' ');
    });
}

/**
 * The entry of the updates log that adds generated sections: the build compares the text with the
 * record of it as published (content/published-text.lock.json) and stops on a paragraph no entry
 * names, so a generated section is logged like any new section, kind update, one change for each
 * of its paragraphs. Dated the day after the latest entry of the copy's log.
 * @param {string} copy the copy's root
 * @param {{ slug: string; body: string }[]} sections the generated sections
 */
function logGeneratedSections(copy, sections) {
  const folder = join(copy, 'content', 'updates');
  const latest = readdirSync(folder)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.yaml$/.test(name))
    .sort()
    .at(-1);
  if (!latest) throw new Error(`${folder} has no entry to follow.`);
  const day = new Date(`${latest.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  const changes = sections.flatMap(({ slug, body }) => paragraphWords(body).map((words) => `  - in: ${slug}\n    after: ${JSON.stringify(words)}`));
  const entry = [`date: "${date}"`, 'kind: update', 'note: "Sections generated for the benchmark."', 'changes:', ...changes].join('\n');
  writeFileSync(join(folder, `${date}.yaml`), `${entry}\n`);
}

/**
 * Adds sections to a copy until it has `total`, each generated from an existing one in turn,
 * with the slug "bench-<order>" and the next free order, and an entry of the updates log that
 * names their paragraphs (a new section is news; the build refuses an unlogged one).
 * @param {string} copy the copy's root
 * @param {number} total sections wanted
 * @returns {number} sections added
 */
export function generateSections(copy, total) {
  const folder = join(copy, 'content', 'sections');
  const originals = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
  if (originals.length === 0) throw new Error(`${folder} has no sections to copy.`);
  const orders = originals.map((text) => Number(/^order:\s*(\d+)/m.exec(text)?.[1] ?? 0));
  let next = Math.max(...orders) + 1;
  let added = 0;
  /** @type {{ slug: string; body: string }[]} */
  const generated = [];
  for (let count = originals.length; count < total; count += 1) {
    const source = originals[added % originals.length] ?? '';
    const slug = `bench-${String(next).padStart(4, '0')}`;
    const text = makeGeneratedSection(source, next);
    writeFileSync(join(folder, `${slug}.mdx`), text);
    generated.push({ slug, body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '') });
    next += 1;
    added += 1;
  }
  if (generated.length > 0) logGeneratedSections(copy, generated);
  return added;
}

/**
 * Runs `astro build` in a folder with the Node running this script (Node 24 under npm),
 * output and cache inside the folder; resolves with the wall-clock milliseconds.
 * @param {string} projectDir the folder to build
 * @param {string} outDir where the site goes
 * @param {Record<string, string>} [env] extra environment
 * @returns {Promise<{ ms: number; log: string }>}
 */
export function buildSite(projectDir, outDir, env = {}) {
  const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: projectDir,
      env: { ...process.env, OUT_DIR: outDir, CACHE_DIR: join(projectDir, '.bench-cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, log });
      else reject(new Error(`astro build in ${projectDir} failed (exit ${code}):\n${log.split('\n').slice(-30).join('\n')}`));
    });
  });
}

/**
 * Counts the HTML files of a build.
 * @param {string} dir
 * @returns {number}
 */
export function countPages(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  }
  return count;
}
