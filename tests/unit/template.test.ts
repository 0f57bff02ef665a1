import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/template';

describe('fillTemplate', () => {
  it('fills every placeholder with its value, numbers written as digits', () => {
    expect(
      fillTemplate('The full report in one page, in {partCount} parts: {partList}.', { partCount: 5, partList: 'guarantees, outlook' }, 'read'),
    ).toBe('The full report in one page, in 5 parts: guarantees, outlook.');
  });

  it('fills a placeholder written twice both times, and ignores values the text does not use', () => {
    expect(fillTemplate('{n} of {n}', { n: 3, unused: 'x' }, 'here')).toBe('3 of 3');
  });

  it('fills a zero and an empty string rather than taking them for missing', () => {
    expect(fillTemplate('[{count}][{list}]', { count: 0, list: '' }, 'here')).toBe('[0][]');
  });

  it('leaves text without placeholders as it is', () => {
    const text = 'Who’s who and what the terms mean.';
    expect(fillTemplate(text, { peopleCount: 9 }, 'here')).toBe(text);
  });

  it('throws on an unknown placeholder, naming where it is and the placeholders there are', () => {
    expect(() =>
      fillTemplate('{eventCount} events from {firstYaer}', { eventCount: 14, firstYear: 1949 }, 'content/pages/timeline.yaml description'),
    ).toThrow('content/pages/timeline.yaml description: the placeholder {firstYaer} is not known; use one of {eventCount}, {firstYear}.');
  });
});
