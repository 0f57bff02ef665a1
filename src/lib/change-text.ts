/**
 * How the words of the updates log are found in the text. Editors copy words from a page
 * into YAML, so differences they cannot see or type alike do not count: runs of white space,
 * and curly against straight quotes and apostrophes. Case, letters and punctuation do count.
 */

/** The text with white space collapsed and quotes and apostrophes straightened, as the log's words are compared. */
export function foldText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();
}

/** True when `passage` holds `words` (compared folded); empty words are held nowhere. */
export function holdsWords(passage: string, words: string): boolean {
  const folded = foldText(words);
  return folded !== '' && foldText(passage).includes(folded);
}

/** The indexes of the passages (paragraphs) that hold `words`, in order; none for empty words. */
export function passagesHolding(passages: readonly string[], words: string): number[] {
  return passages.flatMap((passage, index) => (holdsWords(passage, words) ? [index] : []));
}

/**
 * True when the old words of a change still stand in `passage` outside the new words: with
 * before "talks" and after "talks in Washington", the new text holds "talks" only inside
 * the replacement, so the change was made.
 */
export function stillHoldsOldWords(passage: string, before: string, after: string): boolean {
  const old = foldText(before);
  if (old === '') return false;
  const replacement = foldText(after);
  // A character no text holds, so the old words cannot be found across the gap a replacement leaves.
  const rest = replacement === '' ? foldText(passage) : foldText(passage).split(replacement).join('\u0000');
  return rest.includes(old);
}

/** The first words of a long passage for a message: at most `max` characters, cut at a word. */
export function excerptWords(words: string, max = 60): string {
  const folded = words.replace(/\s+/g, ' ').trim();
  return folded.length <= max ? folded : `${folded.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
