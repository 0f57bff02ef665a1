// Lists, by edition, the English files with no translation, the translations behind their English
// file and the ones not yet reviewed, most urgent first, with a count line; with --stamp, records
// the English file's current fingerprint in the named translations.
//   npm run translations                       what is missing, behind or unreviewed
//   npm run translations -- --stamp <file>…    after translating a file's current English
import { TRANSLATED_LOCALES } from '../i18n/locales.ts';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { fingerprintText } from '../lib/fingerprint.ts';

const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';
const LOCALES: readonly string[] = TRANSLATED_LOCALES;
/** The English files an edition translates: the two at the top of content/ and the folders (as src/content.config.ts loads them). */
const ENGLISH_FILES = ['opening.mdx', 'map.yaml'];
const ENGLISH_FOLDERS = { pages: '.yaml', sections: '.mdx', timeline: '.yaml', people: '.yaml', terms: '.yaml', claims: '.yaml', sources: '.yaml', updates: '.yaml' } as const;
const FROM_LINE = /^(\s*from:\s*)("?)([^"\n]*)\2\s*$/m;

/** Content files in a folder and below, drafts ("_…") left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(mdx|yaml)$/.test(entry.name) && !entry.name.startsWith('_') ? [join(dir, entry.name)] : [],
  );
}

/** The English files an edition should translate, relative to content/. */
function englishFiles(): string[] {
  return [
    ...ENGLISH_FILES.filter((file) => existsSync(join(CONTENT_DIR, file))),
    ...Object.entries(ENGLISH_FOLDERS).flatMap(([folder, extension]) => {
      const dir = join(CONTENT_DIR, folder);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((file) => file.endsWith(extension) && !file.startsWith('_'))
        .sort()
        .map((file) => `${folder}/${file}`);
    }),
  ];
}

function englishOf(translated: string, locale: string): string {
  return join(CONTENT_DIR, relative(join(CONTENT_DIR, locale), translated));
}

/** The YAML of a file: the whole file, or an MDX file's frontmatter, with where it sits in the text. */
function yamlPart(text: string): { start: number; end: number } {
  const mdx = /^---\r?\n([\s\S]*?\r?\n)---(?:\r?\n|$)/.exec(text);
  return mdx ? { start: 4, end: 4 + (mdx[1]?.length ?? 0) } : { start: 0, end: text.length };
}

/** The provenance block, as written: `translation:` and the lines indented under it. */
const BLOCK = /^translation:[^\n]*\n?(?:[ \t]+[^\n]*\n?|[ \t]*\n(?=[ \t]))*/m;

/**
 * The text with the provenance stamped: `from` set to the English fingerprint, method and review
 * kept (a file without a translation: block gets { from, method: machine-assisted, review: unreviewed }).
 */
function stamp(text: string, fingerprint: string): string {
  const { start, end } = yamlPart(text);
  const yaml = text.slice(start, end);
  const data = (parse(yaml) ?? {}) as Record<string, unknown>;
  const old = (typeof data['translation'] === 'object' && data['translation'] !== null ? data['translation'] : {}) as Record<string, unknown>;
  const method = typeof old['method'] === 'string' ? old['method'] : 'machine-assisted';
  const review = old['review'] !== undefined && typeof old['review'] === 'object' && old['review'] !== null ? (old['review'] as Record<string, unknown>) : undefined;
  const reviewLine = review ? `{ by: ${JSON.stringify(String(review['by'] ?? ''))}, on: ${JSON.stringify(String(review['on'] ?? ''))} }` : 'unreviewed';
  const block = `translation:\n  from: "${fingerprint}"\n  method: ${method}\n  review: ${reviewLine}\n`;
  const match = BLOCK.exec(yaml);
  const stamped = match ? `${yaml.slice(0, match.index)}${block}${yaml.slice(match.index + match[0].length)}` : `${yaml}${yaml === '' || yaml.endsWith('\n') ? '' : '\n'}${block}`;
  return `${text.slice(0, start)}${stamped}${text.slice(end)}`;
}

type State = 'missing' | 'behind' | 'unreviewed' | 'reviewed';

const args = process.argv.slice(2);
if (args[0] === '--stamp') {
  const files = args.slice(1);
  if (files.length === 0) throw new Error('--stamp needs the translated files to stamp, such as content/uk/sections/territory.mdx');
  for (const file of files) {
    const locale = LOCALES.find((l) => relative(join(CONTENT_DIR, l), file).split('/')[0] !== '..');
    if (!locale) throw new Error(`${file} is not under ${LOCALES.map((l) => join(CONTENT_DIR, l)).join(' or ')}`);
    const english = englishOf(file, locale);
    if (!existsSync(english)) throw new Error(`${file}: there is no English file ${english} to translate from`);
    if (!existsSync(file)) throw new Error(`${file} does not exist: make it with npm run new -- translation ${english} --edition ${locale}`);
    writeFileSync(file, stamp(readFileSync(file, 'utf8'), fingerprintText(readFileSync(english, 'utf8'))));
    console.log(`${file}: made from ${english} as it is now`);
  }
} else {
  for (const locale of LOCALES) {
    const dir = join(CONTENT_DIR, locale);
    const rows: { state: State; line: string }[] = [];
    for (const path of englishFiles()) {
      const english = join(CONTENT_DIR, path);
      const file = join(dir, path);
      if (!existsSync(file)) {
        rows.push({ state: 'missing', line: `${'missing'.padEnd(16)}${''.padEnd(12)}${english} (npm run new -- translation ${english} --edition ${locale})` });
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const recorded = FROM_LINE.exec(text)?.[3] ?? '';
      const behind = recorded !== fingerprintText(readFileSync(english, 'utf8'));
      const review = /review:\s*unreviewed/.test(text) || !/review:/.test(text) ? 'unreviewed' : 'reviewed';
      rows.push({ state: behind ? 'behind' : review, line: `${(behind ? 'behind' : 'current').padEnd(16)}${review.padEnd(12)}${file}` });
    }
    const orphans = existsSync(dir) ? filesUnder(dir).filter((file) => !existsSync(englishOf(file, locale))) : [];
    for (const file of orphans) console.log(`${'no English file'.padEnd(16)}${''.padEnd(12)}${file}`);
    const order: State[] = ['missing', 'behind', 'unreviewed', 'reviewed'];
    // Reviewed and current files need nothing: they are only counted.
    for (const state of order.slice(0, 3)) for (const row of rows.filter((r) => r.state === state)) console.log(row.line);
    const count = (state: State) => rows.filter((row) => row.state === state).length;
    const extra = orphans.length > 0 ? `; ${orphans.length} without an English file` : '';
    console.log(`${locale}: ${count('missing')} missing, ${count('behind')} behind, ${count('unreviewed')} unreviewed, ${count('reviewed')} reviewed of ${rows.length}${extra}`);
  }
}
