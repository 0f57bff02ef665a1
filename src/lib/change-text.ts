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

/**
 * The words of `words` that no passage holds where they stand: in the passage that holds the
 * longest run of its first words and of its last words together, the words between the two runs.
 * Undefined when some passage holds them all, or when no passage holds even the first or last
 * word (then all of them differ). Compared folded, word by word.
 */
export function differingWords(passages: readonly string[], words: string): string | undefined {
  const list = foldText(words).split(' ').filter(Boolean);
  if (list.length === 0) return undefined;
  let best = { start: 0, end: 0 };
  for (const passage of passages.map(foldText)) {
    const holds = (from: number, to: number) => passage.includes(list.slice(from, to).join(' '));
    let start = 0;
    while (start < list.length && holds(0, start + 1)) start += 1;
    if (start === list.length) return undefined;
    let end = 0;
    while (end < list.length - start && holds(list.length - end - 1, list.length)) end += 1;
    if (start + end > best.start + best.end) best = { start, end };
  }
  if (best.start + best.end === 0) return undefined;
  return list.slice(best.start, list.length - best.end).join(' ');
}
