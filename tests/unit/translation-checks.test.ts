import { describe, expect, it } from 'vitest';
import { findStructureProblems, type TranslatedBody } from '../../src/lib/translation-checks';

const ORIGINAL: TranslatedBody['original'] = {
  paragraphs: ['Witkoff told CNN.', 'Reports indicate an offer.', 'Zelensky rejected it.'],
  claims: [
    { id: 'witkoff-article-5', text: 'Witkoff told CNN.' },
    { id: 'reports-peace-offer', text: 'Reports indicate an offer.' },
  ],
  mentions: ['steve-witkoff', 'volodymyr-zelensky'],
  links: ['/timeline/#event-alaska-summit'],
};

/** A faithful translation: the same structure in other words. */
const TRANSLATED: TranslatedBody['translated'] = {
  paragraphs: ['Віткофф заявив CNN.', 'За повідомленнями, була пропозиція.', 'Зеленський її відкинув.'],
  claims: [
    { id: 'witkoff-article-5', text: 'Віткофф заявив CNN.' },
    { id: 'reports-peace-offer', text: 'За повідомленнями, була пропозиція.' },
  ],
  mentions: ['steve-witkoff', 'volodymyr-zelensky'],
  links: ['/timeline/#event-alaska-summit'],
};

function check(translated: Partial<TranslatedBody['translated']>) {
  return findStructureProblems([
    { file: 'content/uk/sections/territory.mdx', englishFile: 'content/sections/territory.mdx', original: ORIGINAL, translated: { ...TRANSLATED, ...translated } },
  ]);
}

describe('findStructureProblems', () => {
  it('accepts a translation with the same paragraphs, claims, mentions and links', () => {
    expect(check({})).toEqual([]);
  });

  it('names the file, the counts and the fix for a missing paragraph', () => {
    const [problem, ...rest] = check({ paragraphs: TRANSLATED.paragraphs.slice(0, 2) });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/uk/sections/territory.mdx', field: 'body paragraphs' });
    expect(problem?.problem).toContain('2 paragraphs where content/sections/territory.mdx has 3');
    expect(problem?.fix).toContain('paragraph by paragraph');
  });

  it('names the missing claim and where it stands', () => {
    const [problem] = check({ claims: TRANSLATED.claims.slice(0, 1) });
    expect(problem?.field).toBe('body <Claim>');
    expect(problem?.problem).toContain('number 2 is missing where the English has "reports-peace-offer"');
  });

  it('finds claims in another order, a changed mention and a changed link target', () => {
    const problems = check({
      claims: [...TRANSLATED.claims].reverse(),
      mentions: ['steve-witkoff', 'donald-trump'],
      links: ['/uk/timeline/#event-alaska-summit'],
    });
    expect(problems.map((p) => p.field)).toEqual(['body <Claim>', 'body <Mention>', 'body links']);
    expect(problems[1]?.problem).toContain('"donald-trump" where the English has "volodymyr-zelensky"');
    expect(problems[2]?.fix).toContain('the English path');
  });

  it('reports an extra claim the English does not have', () => {
    const [problem] = check({ claims: [...TRANSLATED.claims, { id: 'trump-fantastic', text: '…' }] });
    expect(problem?.problem).toContain('number 3 is "trump-fantastic" where the English has nothing');
  });
});
