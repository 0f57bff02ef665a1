import { describe, expect, it } from 'vitest';
import { ENGLISH_QUOTES, UKRAINIAN_QUOTES, foldQuoted, isQuotedIn, isWhollyQuoted, quoteIn, scanQuotations, unquote } from '../../src/lib/quotations';

describe('scanQuotations', () => {
  it('finds the outermost quotations of either edition', () => {
    expect(scanQuotations('He called it “historic” and «дуже продуктивною».').quotations.map((q) => q.inner)).toEqual(['historic', 'дуже продуктивною']);
  });

  it('reads „…“ inside «…» as one quotation, and the apostrophe as no mark', () => {
    const scan = scanQuotations('«Він сказав „так“ учора» і we’re fine');
    expect(scan.quotations.map((q) => q.text)).toEqual(['«Він сказав „так“ учора»']);
    expect(scan.hasNestedSameMarks).toBe(false);
    expect(scan.isUnbalanced).toBe(false);
  });

  it('flags marks of one kind nested in each other', () => {
    expect(scanQuotations('«яку Білий дім назвав «дуже продуктивною»»').hasNestedSameMarks).toBe(true);
  });

  it('flags a quotation left open or a mark that closes nothing', () => {
    expect(scanQuotations('as “fantastic.').isUnbalanced).toBe(true);
    expect(scanQuotations('as fantastic.”').isUnbalanced).toBe(true);
  });
});

describe('isWhollyQuoted and unquote', () => {
  it('knows a direct quotation from reported speech with a quoted word', () => {
    expect(isWhollyQuoted('“If we’re not strong today, we’ll pay dearly tomorrow.”')).toBe(true);
    expect(isWhollyQuoted('«Якщо ми не будемо сильними сьогодні, завтра ми дорого заплатимо».')).toBe(true);
    expect(isWhollyQuoted('later describing their relationship as “fantastic.”')).toBe(false);
    expect(isWhollyQuoted('“robust” security and “historic” talks')).toBe(false);
  });

  it('takes the marks off a direct quotation only', () => {
    expect(unquote('«Так».')).toBe('Так');
    expect(unquote('later describing it as “fantastic.”')).toBe('later describing it as “fantastic.”');
  });
});

describe('quoteIn', () => {
  it('nests ‘…’ inside “…” in English', () => {
    expect(quoteIn(ENGLISH_QUOTES, 'not “thankful” enough')).toBe('“not ‘thankful’ enough”');
  });

  it('nests „…“ inside «…» in Ukrainian', () => {
    expect(quoteIn(UKRAINIAN_QUOTES, 'назвав «дуже продуктивною»')).toBe('«назвав „дуже продуктивною“»');
  });
});

describe('foldQuoted', () => {
  it('compares words regardless of case, apostrophes and end punctuation', () => {
    expect(foldQuoted(' Fantastic.')).toBe('fantastic');
    expect(foldQuoted('we’re')).toBe("we're");
  });
});

describe('isQuotedIn', () => {
  const quoted = ['коаліція охочих', 'some concessions', "if we're not strong today, we'll pay dearly tomorrow"];

  it('finds words quoted whole or in part', () => {
    expect(isQuotedIn('some concessions', quoted)).toBe(true);
    expect(isQuotedIn("we'll pay dearly tomorrow", quoted)).toBe(true);
  });

  it('accepts another grammatical form of each quoted word', () => {
    expect(isQuotedIn('коаліції охочих', quoted)).toBe(true);
    expect(isQuotedIn('коаліцію охочих', quoted)).toBe(true);
  });

  it('refuses words the quotations do not hold', () => {
    expect(isQuotedIn('peace offer', quoted)).toBe(false);
    expect(isQuotedIn('коаліція сильних', quoted)).toBe(false);
    expect(isQuotedIn('concessions made', quoted)).toBe(false);
  });
});
