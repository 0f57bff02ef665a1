// Quotation marks are a promise: only words the article quotes stand in them. This module reads
// the marks of both editions' typography (English “…” with ‘…’ inside, Ukrainian «…» with „…“
// inside) and sets them, so no template wraps a text that holds marks in marks of the same kind.

/** One language's quotation marks: the outer pair and the pair used inside a quotation. */
export interface QuoteMarks {
  outer: readonly [open: string, close: string];
  inner: readonly [open: string, close: string];
}

/** English nests ‘…’ inside “…”. */
export const ENGLISH_QUOTES: QuoteMarks = { outer: ['“', '”'], inner: ['‘', '’'] };
/** Ukrainian nests „…“ inside «…». */
export const UKRAINIAN_QUOTES: QuoteMarks = { outer: ['«', '»'], inner: ['„', '“'] };

/** A quotation found in a text: its whole span with the marks, and the words inside them. */
export interface Quotation {
  /** The quotation with its marks: “historic,” */
  text: string;
  /** The words inside the marks, without the marks. */
  inner: string;
}

/** What a scan of a text's double quotation marks found. */
export interface QuotationScan {
  /** Every outermost quotation, in order. */
  quotations: Quotation[];
  /** True when a quotation opens inside a quotation of the same kind («…«…»…», “…“…”…”). */
  hasNestedSameMarks: boolean;
  /** True when a mark is left open or closes nothing. */
  isUnbalanced: boolean;
}

// The double marks both editions use. The apostrophe ’ doubles as the English inner closing mark,
// so the single marks are never read as quotations: “we’re” holds no quotation.
const CLOSER_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
const CLOSERS = new Set(['”', '»', '“']);

/** Reads the double quotation marks of a text (both editions' kinds), outermost quotations first. */
export function scanQuotations(text: string): QuotationScan {
  const quotations: Quotation[] = [];
  const open: { mark: string; at: number }[] = [];
  let hasNestedSameMarks = false;
  let isUnbalanced = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? '';
    const top = open.at(-1);
    // “ closes „…“ in Ukrainian and opens a quotation in English: it closes only what „ opened.
    if (top && CLOSER_OF[top.mark] === char) {
      open.pop();
      if (open.length === 0) quotations.push({ text: text.slice(top.at, at + 1), inner: text.slice(top.at + 1, at) });
    } else if (char in CLOSER_OF) {
      if (open.some((entry) => entry.mark === char)) hasNestedSameMarks = true;
      open.push({ mark: char, at });
    } else if (CLOSERS.has(char)) {
      isUnbalanced = true;
    }
  }
  if (open.length > 0) isUnbalanced = true;
  return { quotations, hasNestedSameMarks, isUnbalanced };
}

/** The outermost quotations in a text, each with its marks: “…”, «…» or „…“. */
export function findQuotations(text: string): string[] {
  return scanQuotations(text).quotations.map((quotation) => quotation.text);
}

/** Folds a quotation's words for comparison: white space, case, the curl of apostrophes and the punctuation at either end. */
export function foldQuoted(words: string): string {
  return words
    .replace(/\s+/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/^[\s.,;:!?…]+|[\s.,;:!?…]+$/g, '')
    .toLowerCase();
}

/** A text without the sentence's end punctuation after a closing mark: “…”. reads as “…” */
function trimEnd(text: string): string {
  return text.trim().replace(/(?<=[”»“])[.,;:!?]+$/, '');
}

/** True when the whole of `text` (but for a stop after the closing mark) is one quotation: “If we’re not strong today, …” */
export function isWhollyQuoted(text: string): boolean {
  const trimmed = trimEnd(text);
  const { quotations } = scanQuotations(trimmed);
  return quotations.length === 1 && quotations[0]?.text === trimmed;
}

/** The words of a wholly quoted text without its outer marks (and a stop after them); any other text as it is. */
export function unquote(text: string): string {
  return isWhollyQuoted(text) ? (scanQuotations(trimEnd(text)).quotations[0]?.inner ?? text) : text;
}

/** Sets `text` in the language's quotation marks, turning outer marks already inside it into the inner pair. */
export function quoteIn(marks: QuoteMarks, text: string): string {
  const [outerOpen, outerClose] = marks.outer;
  const [innerOpen, innerClose] = marks.inner;
  const inner = [...text].map((char) => (char === outerOpen ? innerOpen : char === outerClose ? innerClose : char)).join('');
  return `${outerOpen}${inner}${outerClose}`;
}

/** A word without the punctuation around it. */
function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** True when two words differ only in their endings: the stem, all but the last two letters (at least four), is the same. */
function sameStem(word: string, other: string): boolean {
  const stem = Math.max(Math.min(word.length, other.length) - 2, Math.min(4, other.length));
  return word.slice(0, stem) === other.slice(0, stem);
}

/**
 * True when `words` (folded) stand in one of the `quoted` texts (folded), as a run of its words,
 * each word whole or in another grammatical form: Ukrainian declines a quoted phrase to fit its
 * sentence («коаліції охочих» of «коаліція охочих»), and a quotation may take part of a longer one.
 */
export function isQuotedIn(words: string, quoted: readonly string[]): boolean {
  const these = words.split(' ').filter(Boolean);
  if (these.length === 0) return true;
  return quoted.some((text) => {
    if (text.includes(words)) return true;
    const those = text.split(' ').map(bareWord);
    for (let start = 0; start + these.length <= those.length; start++) {
      if (these.every((word, index) => sameStem(bareWord(word), those[start + index] ?? ''))) return true;
    }
    return false;
  });
}
