/** Words a minute for an unhurried reader of news prose. */
export const WORDS_PER_MINUTE = 200;

/** Counts the words of a text, ignoring markup-like punctuation. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a number of words, at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
