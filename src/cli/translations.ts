// Lists the translations in content/<locale>/ and whether each is behind its English file;
// with --stamp, records the English file's current fingerprint in the named translations.
//   npm run translations                       what is current, behind or unreviewed
//   npm run translations -- --stamp <file>…    after translating a file's current English
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fingerprintText } from '../lib/fingerprint.ts';

const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';
const LOCALES = ['uk'];
const FROM_LINE = /^(\s*from:\s*)("?)([^"\n]*)\2\s*$/m;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(mdx|yaml)$/.test(entry.name) && !entry.name.startsWith('_') ? [join(dir, entry.name)] : [],
  );
}

function englishOf(translated: string, locale: string): string {
  return join(CONTENT_DIR, relative(join(CONTENT_DIR, locale), translated));
}

const args = process.argv.slice(2);
if (args[0] === '--stamp') {
  const files = args.slice(1);
  if (files.length === 0) throw new Error('--stamp needs the translated files to stamp, such as content/uk/sections/territory.mdx');
  for (const file of files) {
    const locale = LOCALES.find((l) => relative(join(CONTENT_DIR, l), file).split('/')[0] !== '..');
    if (!locale) throw new Error(`${file} is not under ${LOCALES.map((l) => join(CONTENT_DIR, l)).join(' or ')}`);
    const english = englishOf(file, locale);
    if (!existsSync(english)) throw new Error(`${file}: there is no English file ${english} to translate from`);
    const text = readFileSync(file, 'utf8');
    if (!FROM_LINE.test(text)) throw new Error(`${file}: no "from:" line under translation: to stamp; add translation: { from: "", method: machine-assisted, review: unreviewed } first`);
    writeFileSync(file, text.replace(FROM_LINE, `$1"${fingerprintText(readFileSync(english, 'utf8'))}"`));
    console.log(`${file}: made from ${english} as it is now`);
  }
} else {
  for (const locale of LOCALES) {
    const dir = join(CONTENT_DIR, locale);
    if (!existsSync(dir)) continue;
    for (const file of filesUnder(dir)) {
      const english = englishOf(file, locale);
      const recorded = FROM_LINE.exec(readFileSync(file, 'utf8'))?.[3] ?? '';
      const state = !existsSync(english) ? 'no English file' : recorded === fingerprintText(readFileSync(english, 'utf8')) ? 'current' : 'behind';
      const review = /review:\s*unreviewed/.test(readFileSync(file, 'utf8')) ? 'unreviewed' : 'reviewed';
      console.log(`${state.padEnd(16)}${review.padEnd(12)}${file}`);
    }
  }
}
