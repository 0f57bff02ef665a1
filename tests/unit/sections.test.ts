import { describe, expect, it } from 'vitest';
import { findNeighbours, sortSections } from '../../src/lib/sections';

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
});

describe('findNeighbours', () => {
  it('gives the first section no previous, only a next', () => {
    const { previous, next } = findNeighbours(sections, 'guarantees');
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('coalition');
  });

  it('gives a middle section both neighbours by order, not by list position', () => {
    const { previous, next } = findNeighbours(sections, 'territory');
    expect(previous?.id).toBe('coalition');
    expect(next?.id).toBe('relationships');
  });

  it('gives the last section a previous and no next', () => {
    const { previous, next } = findNeighbours(sections, 'outlook');
    expect(previous?.id).toBe('relationships');
    expect(next).toBeUndefined();
  });

  it('gives a lone section no neighbours', () => {
    expect(findNeighbours([{ id: 'only', order: 1 }], 'only')).toEqual({ previous: undefined, next: undefined });
  });

  it('throws for an unknown id, listing the known ones in order', () => {
    expect(() => findNeighbours(sections, 'diplomacy')).toThrow(
      'Unknown section "diplomacy"; expected one of: guarantees, coalition, territory, relationships, outlook.',
    );
  });
});
