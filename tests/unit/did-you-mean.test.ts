import { describe, expect, it } from 'vitest';
import { closestId, suggestFix } from '../../src/lib/did-you-mean';

const PEOPLE = ['donald-trump', 'emmanuel-macron', 'keir-starmer', 'steve-witkoff', 'vladimir-putin', 'volodymyr-zelensky'];

describe('closestId', () => {
  it('finds the id a typo meant', () => {
    expect(closestId('vladimir-putn', PEOPLE)).toBe('vladimir-putin');
    expect(closestId('volodymyr-zelenskyy', PEOPLE)).toBe('volodymyr-zelensky');
    expect(closestId('steve-witkof', PEOPLE)).toBe('steve-witkoff');
  });

  it('finds the id from a part of it, or its parts in another order, when only one id fits', () => {
    expect(closestId('putin', PEOPLE)).toBe('vladimir-putin');
    expect(closestId('putin-vladimir', PEOPLE)).toBe('vladimir-putin');
    expect(closestId('Macron', PEOPLE)).toBe('emmanuel-macron');
  });

  it('offers nothing when no id is close, rather than a wrong guess', () => {
    expect(closestId('jd-vance', PEOPLE)).toBeUndefined();
    expect(closestId('', PEOPLE)).toBeUndefined();
    expect(closestId('putin', [])).toBeUndefined();
    // Short ids allow one edit only: "art-5" is four edits from "article-5".
    expect(closestId('art-5', ['article-5'])).toBeUndefined();
  });

  it('does not pick one of several ids that share the part', () => {
    expect(closestId('witkoff', ['witkoff-article-5', 'witkoff-alternative'])).toBeUndefined();
  });

  it('picks the nearest of several close ids', () => {
    expect(closestId('witkoff-article-6', ['witkoff-article-5', 'witkoff-article-56'])).toBe('witkoff-article-5');
  });
});

describe('suggestFix', () => {
  it('leads the fix with the suggestion', () => {
    expect(suggestFix('vladimir-putn', PEOPLE, 'use one of: a, b')).toBe('did you mean "vladimir-putin"? Otherwise use one of: a, b');
  });

  it('leaves the fix as it is when nothing is close', () => {
    expect(suggestFix('jd-vance', PEOPLE, 'use one of: a, b')).toBe('use one of: a, b');
  });
});
