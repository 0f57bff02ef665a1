import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../../../src/schemas/iso-date';
import { issuesOf } from './issues';

const MESSAGE = 'expected a quoted ISO date that exists, like "2025-08-15" (unquoted YAML dates roll over silently)';

describe('IsoDateSchema', () => {
  it('accepts real dates written as YYYY-MM-DD strings, leap days included', () => {
    for (const date of ['2025-08-15', '1949-04-04', '2024-02-29']) {
      expect(IsoDateSchema.parse(date)).toBe(date);
    }
  });

  it('refuses a day the calendar does not have, "2025-02-30", with the message that says how to write it', () => {
    expect(issuesOf(IsoDateSchema, '2025-02-30')).toEqual([`: ${MESSAGE}`]);
    expect(IsoDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2025-04-31').success).toBe(false);
    expect(IsoDateSchema.safeParse('2025-13-01').success).toBe(false);
  });

  it('refuses a Date object, which is what an unquoted YAML date becomes', () => {
    expect(issuesOf(IsoDateSchema, new Date('2025-03-02T00:00:00Z'))).toEqual([`: ${MESSAGE}`]);
  });

  it('refuses dates without zero padding, with a time, or in other notations', () => {
    for (const value of ['2025-8-1', '2025-08-15T10:00:00Z', '2025/08/15', '15 August 2025', '20250815', '']) {
      expect(IsoDateSchema.safeParse(value).success, value).toBe(false);
    }
  });

  it('refuses numbers and missing values', () => {
    expect(IsoDateSchema.safeParse(20250815).success).toBe(false);
    expect(IsoDateSchema.safeParse(undefined).success).toBe(false);
    expect(IsoDateSchema.safeParse(null).success).toBe(false);
  });
});
