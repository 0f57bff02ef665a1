/** A passage's words in the sentence(s) that hold them: what stands before, the words, what follows. */
export interface SentenceInContext {
  before: string;
  words: string;
  after: string;
}

// ICU ends a sentence after any full stop before a capital, so "U.S. President" splits in two;
// a segment ending in initials ("U.S.", "U.K.") runs on into the next.
const ENDS_IN_INITIALS = /(?:^|\s|\()(?:\p{Lu}\.){2,}\s*$/u;

/** The sentences of a paragraph, in the paragraph's language, with their spaces; initials do not end one. */
export function splitSentences(paragraph: string, locale: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(paragraph)) {
    const last = sentences.at(-1);
    if (last !== undefined && ENDS_IN_INITIALS.test(last)) sentences[sentences.length - 1] = last + segment;
    else sentences.push(segment);
  }
  return sentences;
}

/**
 * The whole sentence (or run of sentences) of `paragraphs` that holds `words`, split around them,
 * so a reader sees a reported claim as the article reports it, subject and verb included.
 * Undefined when no paragraph holds the words. White space is compared collapsed.
 */
export function findSentence(paragraphs: readonly string[], words: string, locale: string): SentenceInContext | undefined {
  const collapse = (text: string) => text.replace(/\s+/g, ' ');
  const target = collapse(words).trim();
  for (const paragraph of paragraphs) {
    const text = collapse(paragraph);
    const at = text.indexOf(target);
    if (at < 0) continue;
    let start = 0;
    let from = 0;
    let to = text.length;
    for (const sentence of splitSentences(text, locale)) {
      const end = start + sentence.length;
      if (end <= at) from = end;
      if (start < at + target.length) to = end;
      start = end;
    }
    return { before: text.slice(from, at).trimStart(), words: target, after: text.slice(at + target.length, to).trimEnd() };
  }
  return undefined;
}
