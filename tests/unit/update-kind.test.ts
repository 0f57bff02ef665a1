import { describe, expect, it } from 'vitest';
import { isCorrectionKind, isNotedKind } from '../../src/lib/update-kind';
import { en } from '../../src/i18n/en';
import { uk } from '../../src/i18n/uk';
import { UPDATE_KINDS, UpdateSchema } from '../../src/schemas/update';

describe('what readers are told of an entry, by its kind', () => {
  it('notes every kind at the top of pages and beside passages, but a typo fix', () => {
    expect(UPDATE_KINDS.filter((kind) => !isNotedKind(kind))).toEqual(['typo']);
  });

  it('makes a schema.org CorrectionComment of corrections only, never of a typo fix', () => {
    expect(UPDATE_KINDS.filter(isCorrectionKind)).toEqual(['correction']);
  });

  it('accepts kind: typo in an entry of the log', () => {
    expect(UpdateSchema.parse({ date: '2025-08-21', kind: 'typo', note: 'A misspelt word fixed.', changes: [{ in: 'territory', before: 'teh', after: 'the' }] }).kind).toBe('typo');
  });

  it('names a typo fix in both editions, as /changes/ lists it', () => {
    expect(en.changes.kind.typo).toBe('Typo fix');
    expect(en.changes.verb.typo).toBe('Typo fixed');
    expect(uk.changes.kind.typo).toBe('Одруківка');
    expect(uk.changes.verb.typo).toBe('Виправлено одруківку');
  });
});
