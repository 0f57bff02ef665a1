import { describe, expect, it } from 'vitest';
import {
  groupEventsByYear,
  isAfterStoryDate,
  selectEvents,
  sortEvents,
  type TimelineEntry,
} from '../../src/lib/timeline';

function event(id: string, date: string, status: TimelineEntry['status'] = 'happened'): TimelineEntry {
  return {
    id,
    date,
    status,
    title: `Title of ${id}`,
    summary: `Summary of ${id}`,
    section: 'territory',
    source: 'article',
    cites: [],
    people: [],
    terms: [],
  };
}

const ids = (events: readonly TimelineEntry[]) => events.map((e) => e.id);

describe('sortEvents', () => {
  it('orders events by date, oldest first', () => {
    const events = [event('c', '2025-08-15'), event('a', '1949-04-04'), event('b', '2014-03-18')];
    expect(ids(sortEvents(events))).toEqual(['a', 'b', 'c']);
  });

  it('puts happened events before scheduled ones on the same day', () => {
    const events = [event('a-talks', '2025-08-18', 'scheduled'), event('z-statement', '2025-08-18', 'happened')];
    expect(ids(sortEvents(events))).toEqual(['z-statement', 'a-talks']);
  });

  it('breaks remaining ties by id so the order never depends on file order', () => {
    const forwards = [event('witkoff-cnn', '2025-08-17'), event('coalition-meeting', '2025-08-17')];
    expect(ids(sortEvents(forwards))).toEqual(['coalition-meeting', 'witkoff-cnn']);
    expect(ids(sortEvents([...forwards].reverse()))).toEqual(['coalition-meeting', 'witkoff-cnn']);
  });

  it('returns a new array and leaves its input alone', () => {
    const events = [event('b', '2025-01-02'), event('a', '2025-01-01')];
    const sorted = sortEvents(events);
    expect(sorted).not.toBe(events);
    expect(ids(events)).toEqual(['b', 'a']);
  });
});

describe('selectEvents', () => {
  const all = [event('c', '2025-03-01'), event('a', '2025-01-01'), event('b', '2025-02-01')];

  it('keeps only the listed events, in timeline order rather than list order', () => {
    expect(ids(selectEvents(all, ['c', 'a']))).toEqual(['a', 'c']);
  });

  it('ignores ids that match no event', () => {
    expect(ids(selectEvents(all, ['b', 'nope']))).toEqual(['b']);
  });

  it('returns nothing for an empty list', () => {
    expect(selectEvents(all, [])).toEqual([]);
  });
});

describe('groupEventsByYear', () => {
  it('groups events under their year, years ascending, events in timeline order', () => {
    const events = [
      event('talks', '2025-08-18', 'scheduled'),
      event('treaty', '1949-04-04'),
      event('summit', '2025-08-15'),
      event('invasion', '2022-02-24'),
      event('claims', '2022-09-30'),
    ];
    const groups = groupEventsByYear(events);
    expect(groups.map((g) => g.year)).toEqual([1949, 2022, 2025]);
    expect(groups.map((g) => ids(g.events))).toEqual([['treaty'], ['invasion', 'claims'], ['summit', 'talks']]);
  });

  it('returns no groups for no events', () => {
    expect(groupEventsByYear([])).toEqual([]);
  });
});

describe('isAfterStoryDate', () => {
  it('is true only for days after the story date', () => {
    expect(isAfterStoryDate('2025-08-18', '2025-08-17')).toBe(true);
    expect(isAfterStoryDate('2025-08-17', '2025-08-17')).toBe(false);
    expect(isAfterStoryDate('2025-08-16', '2025-08-17')).toBe(false);
  });

  it('compares across years and months, not just days', () => {
    expect(isAfterStoryDate('2026-01-01', '2025-12-31')).toBe(true);
    expect(isAfterStoryDate('2025-09-01', '2025-08-31')).toBe(true);
    expect(isAfterStoryDate('2024-12-31', '2025-01-01')).toBe(false);
  });
});
