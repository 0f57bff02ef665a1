import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE, countWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('“Historic,” he said — twice.')).toBe(4);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('70% of 2025')).toBe(3);
  });

  it('counts words in any script', () => {
    expect(countWords('Київ і Донецьк')).toBe(3);
  });

  it('rounds to whole minutes at 200 words a minute, never below one', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(301)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
});
