import { describe, expect, it } from 'vitest';
import { groupCitation, listSeparators, type CiteLink } from '../../src/lib/citation';
import { splitClosingPunctuation } from '../../src/lib/mdx-facts';

const claim = (who: string | undefined, label: string): CiteLink => ({ href: `#${label}`, label, name: who ? `${who} ${label}` : label, who });
const paragraph = (n: number): CiteLink => ({ href: `#p${n}`, label: `paragraph ${n}`, name: `paragraph ${n} of “Territory”` });

describe('groupCitation', () => {
  it('puts a speaker’s claims under the speaker once, in the order each speaker is first cited, and the paragraphs last', () => {
    const groups = groupCitation([paragraph(2), claim('Witkoff', 'told CNN'), claim('Zelensky', 'called'), claim('Witkoff', 'suggested'), paragraph(5)]);
    expect(groups.map((group) => [group.who, group.links.map((link) => link.label)])).toEqual([
      ['Witkoff', ['told CNN', 'suggested']],
      ['Zelensky', ['called']],
      [undefined, ['paragraph 2', 'paragraph 5']],
    ]);
  });

  it('lets an attribution that names its source stand with the links that have no speaker', () => {
    expect(groupCitation([claim(undefined, 'according to CBS')])).toEqual([{ links: [claim(undefined, 'according to CBS')] }]);
  });

  it('gives nothing for no links', () => {
    expect(groupCitation([])).toEqual([]);
  });
});

describe('listSeparators', () => {
  it('joins one, two and three items as a sentence does', () => {
    expect(listSeparators(1, 'and')).toEqual(['']);
    expect(listSeparators(2, 'і')).toEqual(['', ' і ']);
    expect(listSeparators(3, 'and')).toEqual(['', ', ', ' and ']);
  });
});

describe('splitClosingPunctuation', () => {
  it('takes the stop, comma or closing quote that ends a clause after a claim', () => {
    expect(splitClosingPunctuation('. His comments came')).toEqual(['.', ' His comments came']);
    expect(splitClosingPunctuation('.')).toEqual(['.', '']);
    expect(splitClosingPunctuation('», — сказав він')).toEqual(['»,', ' — сказав він']);
    expect(splitClosingPunctuation('?” he asked')).toEqual(['?”', ' he asked']);
  });

  it('leaves a word’s own punctuation and text that goes on', () => {
    expect(splitClosingPunctuation('’s dedication')).toEqual(['', '’s dedication']);
    expect(splitClosingPunctuation(' and more')).toEqual(['', ' and more']);
    expect(splitClosingPunctuation('.5 per cent')).toEqual(['', '.5 per cent']);
  });
});
