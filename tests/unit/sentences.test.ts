import { describe, expect, it } from 'vitest';
import { findSentence, splitSentences } from '../../src/lib/sentences';

const WITKOFF = 'Steve Witkoff, a special envoy appointed by U.S. President Donald Trump, told CNN that an agreement was reached at the Alaska summit. This principle is central.';
const APRIL = 'Zelensky was asked to leave the White House after the altercation. However, a brief meeting in April, described as “very productive” by the White House, suggested a thaw in their relationship.';

describe('splitSentences', () => {
  it('does not end a sentence at initials such as U.S.', () => {
    expect(splitSentences(WITKOFF, 'en')).toEqual([
      'Steve Witkoff, a special envoy appointed by U.S. President Donald Trump, told CNN that an agreement was reached at the Alaska summit. ',
      'This principle is central.',
    ]);
  });

  it('splits Ukrainian text too', () => {
    expect(splitSentences('Перше речення. Друге речення.', 'uk')).toHaveLength(2);
  });
});

describe('findSentence', () => {
  it('gives a fragment its whole sentence, subject and verb included', () => {
    expect(findSentence(['First paragraph.', APRIL], 'described as “very productive” by the White House', 'en')).toEqual({
      before: 'However, a brief meeting in April, ',
      words: 'described as “very productive” by the White House',
      after: ', suggested a thaw in their relationship.',
    });
  });

  it('runs past initials to the start of the sentence', () => {
    expect(findSentence([WITKOFF], 'told CNN that an agreement was reached', 'en')?.before).toBe('Steve Witkoff, a special envoy appointed by U.S. President Donald Trump, ');
  });

  it('keeps the words whole when they are the sentence, and compares white space collapsed', () => {
    expect(findSentence([APRIL], 'Zelensky was asked to leave\nthe White House after the altercation.', 'en')).toEqual({
      before: '',
      words: 'Zelensky was asked to leave the White House after the altercation.',
      after: '',
    });
  });

  it('is undefined when no paragraph holds the words', () => {
    expect(findSentence([APRIL], 'words that are not there', 'en')).toBeUndefined();
  });
});
