import { describe, expect, it } from 'vitest';
import { differingWords, excerptWords, foldText, holdsWords, passagesHolding, stillHoldsOldWords } from '../../src/lib/change-text';
import { TIMELINE_PLACE_PREFIX, eventPlace, parseChangePlace } from '../../src/lib/change-places';

describe('foldText', () => {
  it('collapses white space and straightens quotes and apostrophes, keeping case and punctuation', () => {
    expect(foldText('  Monday’s\n talks, “very  productive”  ')).toBe('Monday\'s talks, "very productive"');
    expect(foldText('Talks.')).not.toBe(foldText('talks.'));
  });
});

describe('holdsWords', () => {
  it('finds words typed with straight quotes in a text with curly ones', () => {
    expect(holdsWords('Monday’s White House meeting', "Monday's White")).toBe(true);
  });

  it('holds no empty words', () => {
    expect(holdsWords('anything', '  ')).toBe(false);
  });

  it('tells a different word apart', () => {
    expect(holdsWords('on 28 February', 'on 27 February')).toBe(false);
  });
});

describe('passagesHolding', () => {
  it('lists every passage holding the words, in order', () => {
    expect(passagesHolding(['a talk', 'no', 'the talk'], 'talk')).toEqual([0, 2]);
    expect(passagesHolding(['a talk'], '')).toEqual([]);
  });
});

describe('stillHoldsOldWords', () => {
  it('sees old words that still stand', () => {
    expect(stillHoldsOldWords('the talks in Alaska', 'in Alaska', 'in Anchorage')).toBe(true);
  });

  it('does not count old words that stand only inside the new ones', () => {
    expect(stillHoldsOldWords('the talks in Washington ended', 'talks', 'talks in Washington')).toBe(false);
  });

  it('counts old words that stand elsewhere too', () => {
    expect(stillHoldsOldWords('talks in Washington; more talks', 'talks', 'talks in Washington')).toBe(true);
  });

  it('does not find old words across the gap a replacement leaves', () => {
    expect(stillHoldsOldWords('a b c', 'a c', 'b')).toBe(false);
  });

  it('is never true for empty old words', () => {
    expect(stillHoldsOldWords('anything', '', 'anything')).toBe(false);
  });
});

describe('excerptWords', () => {
  it('keeps short words whole and cuts long ones at a word with an ellipsis', () => {
    expect(excerptWords('a short phrase')).toBe('a short phrase');
    expect(excerptWords('one two three four', 10)).toBe('one two…');
  });
});

describe('differingWords', () => {
  const passages = ['The talks in Alaska ended early.', 'Trump met Putin on Friday.'];

  it('names the words between the longest run of first words and of last words one passage holds', () => {
    expect(differingWords(passages, 'The talks in Anchorage ended early.')).toBe('Anchorage');
    expect(differingWords(passages, 'Trump met Putin on Saturday.')).toBe('Saturday.');
    expect(differingWords(passages, 'Biden met Putin on Friday.')).toBe('Biden');
  });

  it('is undefined when a passage holds all the words, or none of the first or last words', () => {
    expect(differingWords(passages, 'met Putin')).toBeUndefined();
    expect(differingWords(passages, 'Nothing like it')).toBeUndefined();
    expect(differingWords(passages, '')).toBeUndefined();
  });

  it('compares folded words, as the checks find them', () => {
    expect(differingWords(['Monday’s talks were long.'], "Monday's talks were short.")).toBe('short.');
  });
});

describe('change places', () => {
  it('reads "timeline/<id>" as an event and anything else as a body of text', () => {
    expect(parseChangePlace('timeline/vatican-meeting')).toEqual({ kind: 'event', id: 'vatican-meeting' });
    expect(parseChangePlace('opening')).toEqual({ kind: 'body', id: 'opening' });
    expect(parseChangePlace('territory')).toEqual({ kind: 'body', id: 'territory' });
  });

  it('writes an event’s place with the same prefix it reads', () => {
    expect(eventPlace('alaska-summit')).toBe(`${TIMELINE_PLACE_PREFIX}alaska-summit`);
    expect(parseChangePlace(eventPlace('alaska-summit'))).toEqual({ kind: 'event', id: 'alaska-summit' });
  });
});
