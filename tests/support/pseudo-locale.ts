import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { en } from '../../src/i18n/en';
import { NOT_WORDS } from '../../src/i18n/dictionary';
import { fingerprintText } from '../../src/lib/fingerprint';
import { CLAIM_HEADLINE_MAX } from '../../src/schemas/claim';
import type { LanguageTags } from '../../src/i18n/locales';

/*
 * Pseudo-locale editions, as Android's en-XA and ar-XB: every word of the English accented and about
 * 40 % longer, so a word that skipped the dictionary or content shows as plain ASCII, and a layout that
 * only fits English overflows. Test-only: written into a copy of the project, never into src/ or content/.
 * An edition is exactly what docs/translating.md says a new one needs: its entry in src/i18n/locales.ts,
 * its dictionary src/i18n/<locale>.ts and its content/<locale>/.
 */

/** The pseudo editions: one left-to-right, one right-to-left. */
export const PSEUDO_EDITIONS = {
  'en-XA': { lang: 'en-XA', ogLocale: 'en_XA', dir: 'ltr', endonym: 'Éñĝļíšĥ (ÞŠÉÚÐÓ)' },
  'ar-XB': { lang: 'ar-XB', ogLocale: 'ar_XB', dir: 'rtl', endonym: 'Áŕáƀíç (ÞŠÉÚÐÓ)' },
} as const satisfies Record<string, LanguageTags>;
export type PseudoLocale = keyof typeof PSEUDO_EDITIONS;

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
};

/** One letter accented, keeping its case: the upper case of an accented letter is the accented upper case, so case-folding checks still match. */
function accent(letter: string): string {
  const lower = ACCENTED[letter.toLowerCase()] ?? letter;
  return letter === letter.toLowerCase() ? lower : lower.toUpperCase();
}

/**
 * One English word made pseudo: every letter accented, and vowels doubled from the start until it is
 * about 40 % longer. Word by word, so a phrase the checks look for inside a text (a hedge, a quotation)
 * is still inside its pseudo text.
 */
/** Which words grow: all, none, or those a check looks for (see pseudoLike). */
type Expand = boolean | ((word: string) => boolean);

function pseudoWord(word: string, expand: Expand): string {
  let extra = (typeof expand === 'function' ? expand(word) : expand) ? Math.round(word.length * 0.4) : 0;
  let out = '';
  for (const letter of word) {
    out += accent(letter);
    if (extra > 0 && /[aeiouy]/i.test(letter)) {
      out += accent(letter);
      extra--;
    }
  }
  // A word with too few vowels doubles its last letter for the rest.
  return extra > 0 ? out + accent(word.at(-1) ?? '').repeat(extra) : out;
}

/** Plain text made pseudo: every run of ASCII letters; digits, marks and spaces stay. */
export function pseudoText(text: string, expand: Expand = true): string {
  return text.replace(/[A-Za-z]+/g, (word) => pseudoWord(word, expand));
}

/** Reads one ICU argument "{…}" at `start` and returns it with the text of its branches made pseudo, and where it ends. */
function pseudoArgument(message: string, start: number, expand: Expand): [string, number] {
  let i = start + 1;
  const header = /^\s*[^\s,{}]+\s*(?:,\s*([a-z]+)\s*)?/.exec(message.slice(i));
  const type = header?.[1];
  i += header?.[0].length ?? 0;
  if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') {
    // A plain placeholder, or a number/date one: its style is syntax, not words.
    const end = message.indexOf('}', i);
    return [message.slice(start, end + 1), end + 1];
  }
  let out = message.slice(start, i);
  // ", key {branch} key {branch} …}"
  while (i < message.length && message[i] !== '}') {
    const open = message.indexOf('{', i);
    out += message.slice(i, open);
    const [branch, end] = pseudoBranch(message, open + 1, expand);
    out += `{${branch}}`;
    i = end + 1;
    const spaces = /^\s*/.exec(message.slice(i))?.[0] ?? '';
    out += spaces;
    i += spaces.length;
  }
  return [`${out}}`, i + 1];
}

/** The text of a message (or a branch of one) up to its closing brace, made pseudo; returns where the brace is. */
function pseudoBranch(message: string, start: number, expand: Expand): [string, number] {
  let out = '';
  let i = start;
  while (i < message.length && message[i] !== '}') {
    if (message[i] === '{') {
      const [argument, end] = pseudoArgument(message, i, expand);
      out += argument;
      i = end;
    } else {
      const next = message.slice(i).search(/[{}]/);
      const end = next === -1 ? message.length : i + next;
      out += pseudoText(message.slice(i, end), expand);
      i = end;
    }
  }
  return [out, i];
}

/** An ICU message made pseudo: its words, never its placeholders, plural/select keys or "#". */
export function pseudoMessage(message: string, expand: Expand = true): string {
  return pseudoBranch(message, 0, expand)[0];
}

/**
 * MDX made pseudo: the words of its text, never its components and their attributes, {expressions},
 * link targets or code; so its structure (paragraphs, claims, mentions) is the English one.
 */
export function pseudoMdx(body: string): string {
  const syntax = /(<[^>]*>|\{[^}]*\}|\]\([^)]*\)|`[^`]*`|https?:\/\/\S+)/g;
  return body
    .split(syntax)
    .map((piece, index) => (index % 2 === 1 ? piece : pseudoText(piece)))
    .join('');
}

/** A dictionary made pseudo from the English one, every message but those that are not words (NOT_WORDS). */
export function pseudoMessages(): unknown {
  const walk = (value: unknown, key: string): unknown => {
    if ((NOT_WORDS as readonly string[]).includes(key)) return value;
    if (typeof value === 'string') return pseudoMessage(value);
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${key}.${i}`));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, key ? `${key}.${k}` : k)]));
    return value;
  };
  return walk(en, '');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The words of an English YAML value in the shape of the translated one: a field the translation
 * gives (as the Ukrainian edition's file shows, content/uk/) takes the English words made pseudo; a field
 * it keeps as in English (an id, a name) stays.
 */
function pseudoLike(english: unknown, shape: unknown, key = ''): unknown {
  // A translation gives only the words of an English entry that also holds references ({text, cites},
  // {question, section}): its longest string.
  if (typeof shape === 'string' && english && typeof english === 'object' && !Array.isArray(english)) {
    const words = Object.values(english).filter((value): value is string => typeof value === 'string');
    return pseudoLike(words.sort((x, y) => y.length - x.length)[0], undefined, key);
  }
  if (typeof english === 'string') {
    if (typeof shape === 'string' && shape === english) return english;
    const longer = pseudoMessage(english);
    const limit = LENGTH_LIMITS[key] ?? Infinity;
    return longer.length <= limit ? longer : shortened(english, limit);
  }
  if (Array.isArray(english)) return english.map((item, i) => pseudoLike(item, Array.isArray(shape) ? shape[i] : undefined, key));
  if (english && typeof english === 'object' && shape && typeof shape === 'object') {
    return Object.fromEntries(
      Object.keys(shape)
        .filter((k) => k !== 'translation' && k in english)
        .map((k) => [k, pseudoLike((english as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k], k)]),
    );
  }
  return english;
}

/**
 * A field the schemas hold to a length (src/schemas/translation.ts), made pseudo and then shortened as a
 * translator would ("say less"): words the checks look for (a name, an attribution, a hedge:
 * src/lib/claim-checks.ts) and quoted words stay, as they must read as they do elsewhere; the longest of
 * the others go until it fits. A label with nothing to leave out is only accented.
 */
function shortened(english: string, limit: number): string {
  const tokens = english.split(/(“[^”]*”|\s+)/).filter((token) => token !== '');
  const removable = (token: string) => !/^\s+$/.test(token) && !token.startsWith('“') && !(token.match(/[A-Za-z]+/g) ?? []).some((word) => checkedWords.has(word.toLowerCase()));
  const words = tokens.map((token) => (/^\s+$/.test(token) ? token : pseudoText(token)));
  const text = () => words.join('').replace(/\s+/g, ' ').trim();
  while (text().length > limit) {
    let longest = -1;
    // Never the first word: it starts the sentence.
    for (let i = 1; i < tokens.length; i++) if (words[i] !== '' && removable(tokens[i] ?? '') && (longest === -1 || (words[i] ?? '').length > (words[longest] ?? '').length)) longest = i;
    if (longest === -1) return pseudoMessage(english, false);
    words[longest] = '';
  }
  return text();
}

/**
 * The proper names of the content: the words of every field the Ukrainian edition keeps exactly as the
 * English (a source's label "CBS"), which the pseudo editions keep too.
 */
export function namesKeptInEnglish(content: string): Set<string> {
  const names = new Set<string>();
  const collect = (english: unknown, translated: unknown) => {
    if (typeof english === 'string' && english === translated) for (const word of english.match(/[A-Za-z]+/g) ?? []) names.add(word);
    else if (english && typeof english === 'object' && translated && typeof translated === 'object') {
      for (const [key, value] of Object.entries(translated)) if (key !== 'translation') collect((english as Record<string, unknown>)[key], value);
    }
  };
  const model = join(content, 'uk');
  for (const file of filesUnder(model)) {
    const path = relative(model, file);
    const data = (text: string) => (path.endsWith('.mdx') ? parse(FRONTMATTER.exec(text)?.[1] ?? '') : parse(text));
    collect(data(readFileSync(join(content, path), 'utf8')), data(readFileSync(file, 'utf8')));
  }
  return names;
}

/** The longest a translated field may be, by field name (src/schemas/translation.ts). */
const LENGTH_LIMITS: Record<string, number> = { headline: CLAIM_HEADLINE_MAX, navLabel: 18, label: 12 };

/** The words of every name, attribution and hedge of the English content. */
let checkedWords = new Set<string>();

function collectCheckedWords(content: string): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown) => {
    for (const text of [value].flat()) if (typeof text === 'string') for (const word of text.match(/[A-Za-z]+/g) ?? []) words.add(word.toLowerCase());
  };
  for (const folder of ['claims', 'people', 'sources']) {
    for (const file of filesUnder(join(content, folder))) {
      const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const key of ['attribution', 'hedges', 'attributedAs', 'name', 'label']) add(data[key]);
    }
  }
  return words;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * Writes content/<locale>/ of a project copy: one file per file of the Ukrainian edition (the list of
 * what an edition translates), each the English file's words made pseudo, stamped as an unreviewed
 * machine translation of the English as it is now.
 */
export function writePseudoContent(project: string, locale: PseudoLocale): number {
  const content = join(project, 'content');
  const model = join(content, 'uk');
  checkedWords = collectCheckedWords(content);
  let count = 0;
  for (const file of filesUnder(model)) {
    const path = relative(model, file);
    const englishText = readFileSync(join(content, path), 'utf8');
    const translation = { from: fingerprintText(englishText), method: 'machine-assisted', review: 'unreviewed' };
    const target = join(content, locale, path);
    mkdirSync(dirname(target), { recursive: true });
    if (path.endsWith('.mdx')) {
      const english = FRONTMATTER.exec(englishText);
      const shape = FRONTMATTER.exec(readFileSync(file, 'utf8'));
      const data = { ...(pseudoLike(parse(english?.[1] ?? ''), parse(shape?.[1] ?? '')) as object), translation };
      writeFileSync(target, `---\n${stringify(data, { lineWidth: 0 })}---\n${pseudoMdx(englishText.slice(english?.[0].length ?? 0))}`);
    } else {
      const data = { ...(pseudoLike(parse(englishText), parse(readFileSync(file, 'utf8'))) as object), translation };
      writeFileSync(target, stringify(data, { lineWidth: 0 }));
    }
    count++;
  }
  return count;
}

/** Adds a pseudo edition to a project copy: its entry in src/i18n/locales.ts, its dictionary and its content. */
export function addPseudoEdition(project: string, locale: PseudoLocale): void {
  const locales = join(project, 'src/i18n/locales.ts');
  const source = readFileSync(locales, 'utf8');
  const end = source.indexOf('} as const satisfies Record<string, LanguageTags>');
  if (end === -1) throw new Error('src/i18n/locales.ts no longer lists its editions in one object; update tests/support/pseudo-locale.ts.');
  writeFileSync(locales, `${source.slice(0, end)}  '${locale}': ${JSON.stringify(PSEUDO_EDITIONS[locale])},\n${source.slice(end)}`);
  writeFileSync(
    join(project, `src/i18n/${locale}.ts`),
    `// Made by tests/support/pseudo-locale.ts from src/i18n/en.ts.\nimport type { Messages } from './dictionary';\n\nexport const messages: Messages = ${JSON.stringify(pseudoMessages(), null, 2)};\n`,
  );
  writePseudoContent(project, locale);
}
