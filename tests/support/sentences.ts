import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist';

/** The verbatim copy of the article the site reproduces. */
export const ARTICLE_FILE = join(ROOT, 'content/source/article.txt');

/** Where a paragraph of the article belongs: the opening (before the first subhead) or a section's subhead. */
export interface ArticleBlock {
  /** The subhead the paragraphs sit under; undefined for the opening. */
  subhead: string | undefined;
  /** The block's paragraphs (one per non-blank line), in order. */
  paragraphs: string[];
  /** Every sentence of those paragraphs, in order. */
  sentences: string[];
}

/** The article taken apart: its original headline and its blocks in order. */
export interface Article {
  /** Line 1, the headline the report was filed under. */
  headline: string;
  /** The opening block first, then one block per subhead. */
  blocks: ArticleBlock[];
}

// Abbreviations whose full stop does not end a sentence, even before a capital ("U.S. President").
const ABBREVIATIONS = ['U.S.', 'U.K.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'Jr.', 'Sr.', 'Gen.', 'Sen.', 'Rep.'];

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Splits a paragraph into sentences: a sentence ends at ".", "!" or "?"
 * (with any closing quote after it) followed by a space and a capital or an
 * opening quote, unless the word before the stop is an abbreviation such as
 * "U.S.". Titles without a full stop ("Sir Keir Starmer") never end one.
 */
export function splitSentences(paragraph: string): string[] {
  const text = collapseWhitespace(paragraph);
  const sentences: string[] = [];
  const boundary = /[.!?][”’"')]*(?= [“‘"(]?[A-Z0-9])/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const lastWord = text.slice(start, end).split(' ').at(-1) ?? '';
    if (ABBREVIATIONS.includes(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** True for a line that is a subhead: it does not end like a sentence (no closing stop, quote or mark). */
export function isSubhead(line: string): boolean {
  return !/[.!?…][”’"')]*$/.test(line.trim());
}

/** Parses the article text: line 1 is the headline; subheads open blocks; other non-blank lines are paragraphs. */
export function parseArticle(text: string): Article {
  const lines = text.split(/\r?\n/);
  const headline = collapseWhitespace(lines[0] ?? '');
  const blocks: ArticleBlock[] = [{ subhead: undefined, paragraphs: [], sentences: [] }];
  for (const raw of lines.slice(1)) {
    const line = collapseWhitespace(raw);
    if (line === '') continue;
    if (isSubhead(line)) {
      blocks.push({ subhead: line, paragraphs: [], sentences: [] });
      continue;
    }
    const block = blocks.at(-1);
    if (!block) throw new Error('unreachable: there is always a block');
    block.paragraphs.push(line);
    block.sentences.push(...splitSentences(line));
  }
  return { headline, blocks };
}

/** The article of content/source/article.txt, parsed. */
export function readArticle(file = ARTICLE_FILE): Article {
  return parseArticle(readFileSync(file, 'utf8'));
}
