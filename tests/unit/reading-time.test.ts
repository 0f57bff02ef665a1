import { describe, expect, it } from 'vitest';
import { countWords, formatReadingTime, mdxToPlainText, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts words, not punctuation or markup', () => {
    expect(countWords('“Historic,” he said — twice.')).toBe(4);
    expect(countWords(mdxToPlainText('<Mention id="x">Donald Trump</Mention> spoke. {/* note to editors */}'))).toBe(3);
  });

  it('rounds to whole minutes at 200 words a minute, never below one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(301)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });

  it('reads as “n min read”', () => {
    expect(formatReadingTime(3)).toBe('3 min read');
  });

  it('keeps the text of Markdown links', () => {
    expect(mdxToPlainText('see [the timeline](/timeline/)')).toBe('see the timeline');
  });
});
