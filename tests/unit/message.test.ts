import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { formatMessage } from '../../src/i18n/message';

// The one filler of the site (src/i18n/message.ts): ICU MessageFormat, strict about placeholders.
describe('formatMessage', () => {
  const minutes = '{n, plural, one {# хвилина} few {# хвилини} many {# хвилин} other {# хвилини}}';

  it('picks each Ukrainian plural form: one, few, many and other', () => {
    const cases: [number, string][] = [
      [1, '1 хвилина'],
      [21, '21 хвилина'],
      [2, '2 хвилини'],
      [24, '24 хвилини'],
      [5, '5 хвилин'],
      [11, '11 хвилин'],
      [12, '12 хвилин'],
      [1.5, '1,5 хвилини'],
    ];
    for (const [n, text] of cases) expect(formatMessage('k', minutes, { n }, 'uk'), String(n)).toBe(text);
  });

  it('picks the English forms by the English rules', () => {
    const parts = '{count, plural, one {# part} other {# parts}}';
    expect(formatMessage('k', parts, { count: 1 }, 'en')).toBe('1 part');
    expect(formatMessage('k', parts, { count: 0 }, 'en')).toBe('0 parts');
  });

  it('chooses a select branch, with other for the rest', () => {
    const message = '{kind, select, update {the update} other {the typo fix}}';
    expect(formatMessage('k', message, { kind: 'update' }, 'en')).toBe('the update');
    expect(formatMessage('k', message, { kind: 'typo' }, 'en')).toBe('the typo fix');
  });

  it('fills a zero and an empty string, ignores values the message does not use, and leaves markup-like text alone', () => {
    expect(formatMessage('k', '[{count}][{list}]', { count: 0, list: '', unused: 'x' }, 'en')).toBe('[0][]');
    expect(formatMessage('k', 'a <b> c', {}, 'en')).toBe('a <b> c');
  });

  it('throws on a placeholder without a value, naming the key and the values there are', () => {
    expect(() => formatMessage('src/i18n/en.ts claims.saidWhen', 'Said {wen}', { when: 'in May' }, 'en')).toThrow(
      'src/i18n/en.ts claims.saidWhen: the placeholder {wen} is not known; use one of {when}.',
    );
    // A placeholder inside a plural branch counts too.
    expect(() => formatMessage('k', '{n, plural, other {# of {total}}}', { n: 2 }, 'en')).toThrow('k: the placeholder {total} is not known');
  });

  it('throws on a message that does not parse, naming the key', () => {
    expect(() => formatMessage('src/i18n/uk.ts part', 'Частина {position', { position: 1 }, 'uk')).toThrow(/^src\/i18n\/uk\.ts part: the message/);
  });
});

describe('the dictionaries through the filler', () => {
  const uk = dictionaryFor('uk');
  const en = dictionaryFor('en');

  it('counts parts in whole sentences in both editions', () => {
    expect(en.storyInParts(1)).toBe('The story in 1 part');
    expect(en.storyInParts(5)).toBe('The story in 5 parts');
    expect(uk.storyInParts(1)).toBe('Матеріал у 1 частині');
    expect(uk.storyInParts(3)).toBe('Матеріал у 3 частинах');
  });

  it('names the message key when a dictionary message misses a value', () => {
    expect(() => uk.msg('claims.saidWhen', {})).toThrow('src/i18n/uk.ts claims.saidWhen: the placeholder {when} is not known');
  });

  it('cuts a message at its markup slots', () => {
    expect(en.parts('footer.source', { provenance: 'P.' }, ['headline', 'date'])).toEqual([
      'Originally published as ',
      { slot: 'headline' },
      '. P. Story as of ',
      { slot: 'date' },
      '.',
    ]);
    expect(uk.around('claims.laterStep', { status: 'Спростовано' }, 'date')).toEqual(['Спростовано ', '']);
  });
});
