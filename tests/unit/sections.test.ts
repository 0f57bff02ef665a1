import { describe, expect, it } from 'vitest';
import { sortSections } from '../../src/lib/sections';

const sections = [
  { id: 'territory', order: 3 },
  { id: 'guarantees', order: 1 },
  { id: 'outlook', order: 5 },
  { id: 'coalition', order: 2 },
  { id: 'relationships', order: 4 },
];

describe('sortSections', () => {
  it('orders sections by their order field', () => {
    expect(sortSections(sections).map((s) => s.id)).toEqual([
      'guarantees',
      'coalition',
      'territory',
      'relationships',
      'outlook',
    ]);
  });

  it('leaves its input in place', () => {
    sortSections(sections);
    expect(sections[0]?.id).toBe('territory');
  });

  it('orders by number, not by text (10 after 9)', () => {
    const many = [{ id: 'ten', order: 10 }, { id: 'nine', order: 9 }, { id: 'one', order: 1 }];
    expect(sortSections(many).map((s) => s.id)).toEqual(['one', 'nine', 'ten']);
  });

  it('keeps the other fields of each section', () => {
    const [first] = sortSections([{ id: 'b', order: 2, title: 'B' }, { id: 'a', order: 1, title: 'A' }]);
    expect(first).toEqual({ id: 'a', order: 1, title: 'A' });
  });

  it('gives an empty list for no sections', () => {
    expect(sortSections([])).toEqual([]);
  });
});
