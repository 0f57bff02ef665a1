// Makes a new content file from its template, or the translation of an English file.
//   npm run new -- section <slug>                          content/sections/<slug>.mdx
//   npm run new -- claim <id> [--in <section>] [--speaker <id>]
//   npm run new -- update <yyyy-mm-dd> [--in <where> --before "…" --after "…"] [--claims <id>,…]
//   npm run new -- person|term|source|event <id>
//   npm run new -- translation <English file> [--edition uk]
// Every field has a comment saying what it is, with an example; the placeholders build as they
// are (a claim builds once its words are marked in the text). Never overwrites a file.
import { TRANSLATED_LOCALES } from '../i18n/locales.ts';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { fingerprintText } from '../lib/fingerprint.ts';
import { NEW_KINDS, idProblem, newFilePath, newFileText, nextSteps, translatableKind, translationFileText, type NewKind, type StoryFacts } from '../lib/new-content.ts';

const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';
const EDITIONS: readonly string[] = TRANSLATED_LOCALES;
const USAGE = [
  'Usage:',
  '  npm run new -- section <slug>',
  '  npm run new -- claim <id> [--in <section slug or opening>] [--speaker <person or source id>]',
  '  npm run new -- update <yyyy-mm-dd> [--in <section, opening or timeline/<event id>> --before "old words" --after "new words"] [--claims <id>,…]',
  '  npm run new -- person <id> | term <id> | source <id> | event <id>',
  '  npm run new -- translation <English file, such as content/claims/<id>.yaml> [--edition uk]',
].join('\n');

/** Stops with a message and the usage, without a stack trace: the reader is an editor. */
function fail(message: string, withUsage = false): never {
  console.error(withUsage ? `${message}\n\n${USAGE}` : message);
  process.exit(1);
}

function ids(folder: string, extension: string): string[] {
  const dir = join(CONTENT_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(extension) && !file.startsWith('_'))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}

function readYaml(file: string): Record<string, unknown> {
  return (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
}

/** A list of strings, or undefined when the value is not a non-empty one. */
function strings(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return list.length > 0 ? list : undefined;
}

/** What the templates need of the story: sections in order, people, sources, the story's date. */
function storyFacts(): StoryFacts {
  const sections = ids('sections', '.mdx')
    .map((id) => ({ id, order: Number(/^order:\s*(\d+)/m.exec(readFileSync(join(CONTENT_DIR, 'sections', `${id}.mdx`), 'utf8'))?.[1] ?? 0) }))
    .sort((a, b) => a.order - b.order);
  return {
    sections: sections.map((section) => section.id),
    maxOrder: Math.max(0, ...sections.map((section) => section.order)),
    people: ids('people', '.yaml'),
    sources: ids('sources', '.yaml'),
    speakers: Object.fromEntries([
      ...ids('people', '.yaml').map((id) => {
        const person = readYaml(join(CONTENT_DIR, 'people', `${id}.yaml`));
        const name = typeof person['name'] === 'string' ? person['name'] : id;
        return [id, { attributedAs: strings(person['attributedAs']) ?? [name.split(' ').at(-1) ?? name] }];
      }),
      ...ids('sources', '.yaml').map((id) => {
        const source = readYaml(join(CONTENT_DIR, 'sources', `${id}.yaml`));
        return [id, { attributedAs: strings(source['attributedAs']) ?? [id] }];
      }),
    ]),
    storyDate: ids('updates', '.yaml')[0] ?? new Date().toISOString().slice(0, 10),
  };
}

/** Reads the value of `--name value` from the arguments. */
function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) fail(`--${name} needs a value.`, true);
  return value;
}

function writeNew(file: string, text: string): void {
  if (existsSync(file)) fail(`${file} already exists; it is left as it is. Edit it, or choose another name.`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  console.log(`Made ${file}`);
}

function makeTranslation(args: string[]): void {
  const source = args[0];
  if (!source) fail('translation needs the English file to translate.', true);
  const edition = option(args, 'edition') ?? EDITIONS[0]!;
  if (!EDITIONS.includes(edition)) fail(`There is no edition "${edition}"; the editions are: ${EDITIONS.join(', ')}.`);
  const pathInContent = relative(resolve(CONTENT_DIR), resolve(source));
  if (pathInContent.startsWith('..') || EDITIONS.some((e) => pathInContent.split('/')[0] === e)) fail(`${source} is not an English file under ${CONTENT_DIR}/.`);
  const kind = translatableKind(pathInContent);
  if (!kind) fail(`${source} is not a file the editions translate (a section, the opening, a claim, person, term, source, timeline event, update, page or the map).`);
  const englishFile = join(CONTENT_DIR, pathInContent);
  if (!existsSync(englishFile)) fail(`There is no English file ${englishFile} to translate.`);
  const text = readFileSync(englishFile, 'utf8');
  const mdx = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  const data = (parse(mdx ? (mdx[1] ?? '') : text) ?? {}) as Record<string, unknown>;
  const target = join(CONTENT_DIR, edition, pathInContent);
  writeNew(target, translationFileText(kind, pathInContent, { data, body: mdx ? (mdx[2] ?? '') : undefined }, fingerprintText(text)));
  console.log(
    [
      `It holds the English words to translate, stamped as made from ${englishFile} as it is now (machine-assisted, unreviewed).`,
      `Next: translate every string${mdx ? ' and the text, paragraph by paragraph (keep every <Claim> and <Mention>)' : ''}; docs/translating.md says how.`,
      ...(kind === 'claims'
        ? [
            `Then wrap the translated words in ${join(CONTENT_DIR, edition, data['in'] === 'opening' ? 'opening.mdx' : `sections/${String(data['in'])}.mdx`)}: <Claim id="${pathInContent.slice('claims/'.length, -'.yaml'.length)}">…</Claim>`,
            'and copy the same words into words:; the build stops until the two match.',
          ]
        : []),
      `If the English changes before you finish: npm run translations -- --stamp ${target}`,
    ].join('\n'),
  );
}

const args = process.argv.slice(2);
const [kindArg, id, ...rest] = args;
if (kindArg === undefined || kindArg === '--help' || kindArg === '-h') {
  console.log(USAGE);
  process.exit(kindArg === undefined ? 1 : 0);
}
if (kindArg === 'translation') {
  makeTranslation(args.slice(1));
} else {
  const kind = (kindArg === 'timeline' ? 'event' : kindArg) as NewKind;
  if (!(kind in NEW_KINDS)) fail(`There is no kind "${kindArg}"; the kinds are: ${Object.keys(NEW_KINDS).join(', ')}, translation.`, true);
  if (id === undefined) fail(`${kind} needs an id: the file name, such as npm run new -- ${kind} ${kind === 'update' ? '2025-08-20' : 'ceasefire-talks'}.`);
  const problem = idProblem(kind, id);
  if (problem) fail(problem);
  const facts = storyFacts();
  const within = option(rest, 'in');
  const events = ids('timeline', '.yaml');
  const places = kind === 'update' ? [...facts.sections, ...events.map((event) => `timeline/${event}`)] : facts.sections;
  if (within !== undefined && within !== 'opening' && !places.includes(within)) fail(`--in ${within}: there is no ${kind === 'update' ? 'section or event' : 'section'} "${within}"; use opening or one of: ${places.join(', ')}.`);
  const before = option(rest, 'before');
  const after = option(rest, 'after');
  const claims = option(rest, 'claims')?.split(',').map((claim) => claim.trim()).filter(Boolean);
  const unknownClaim = claims?.find((claim) => !ids('claims', '.yaml').includes(claim));
  if (unknownClaim) fail(`--claims: there is no claim "${unknownClaim}" in ${CONTENT_DIR}/claims/.`);
  if (kind === 'update' && (before !== undefined || after !== undefined) && within === undefined) fail('--before and --after need --in: where the words are (a section, opening or timeline/<event id>).', true);
  const speaker = option(rest, 'speaker');
  if (speaker !== undefined && !facts.people.includes(speaker) && !facts.sources.includes(speaker)) {
    fail(`--speaker ${speaker}: there is no person or source "${speaker}"; use one of: ${[...facts.people, ...facts.sources].join(', ')}.`);
  }
  const file = join(CONTENT_DIR, newFilePath(kind, id));
  writeNew(file, newFileText(kind, id, facts, { in: within, speaker, before, after, claims }));
  const named = within !== undefined && (before !== undefined || after !== undefined) || (claims?.length ?? 0) > 0;
  console.log(nextSteps(kind, id, file, { in: within ?? facts.sections.at(-1) ?? 'opening', named }).join('\n'));
}
