import { describe, expect, it } from 'vitest';
import { formatDisplayDate, isIsoDate, yearOf } from '../../src/lib/dates';

describe('isIsoDate', () => {
  it('accepts real calendar dates in YYYY-MM-DD form', () => {
    for (const date of ['2025-08-17', '1949-04-04', '2024-02-29', '2000-02-29', '2025-12-31']) {
      expect(isIsoDate(date), date).toBe(true);
    }
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    for (const date of ['2025-02-30', '2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00']) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });

  it('refuses other shapes: no zero padding, times, slashes, words', () => {
    for (const value of ['2025-8-1', '2025-08-17T00:00:00Z', '2025/08/17', '17 August 2025', '', ' 2025-08-17']) {
      expect(isIsoDate(value), value).toBe(false);
    }
  });
});

describe('formatDisplayDate', () => {
  it('writes the day, the month in full and the year, British order', () => {
    expect(formatDisplayDate('2025-08-17')).toBe('17 August 2025');
    expect(formatDisplayDate('1949-04-04')).toBe('4 April 1949');
  });

  it('does not shift the day with the time zone at either end of the year', () => {
    expect(formatDisplayDate('2025-01-01')).toBe('1 January 2025');
    expect(formatDisplayDate('2024-12-31')).toBe('31 December 2024');
  });
});

describe('yearOf', () => {
  it('returns the year as a number', () => {
    expect(yearOf('2025-08-17')).toBe(2025);
    expect(yearOf('1949-04-04')).toBe(1949);
  });
});
