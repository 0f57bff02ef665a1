import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { uk } from '../../src/i18n/uk';
import { namesSource, whoSaysIt } from '../../src/lib/attribution';

const witkoff = { who: 'Steve Witkoff', label: 'Witkoff' };
const cbs = { who: 'European officials', label: 'CBS' };

describe('whoSaysIt', () => {
  it('puts the speaker before the article’s verb, with no comma between them', () => {
    expect(whoSaysIt(en, witkoff, 'told CNN', 'who')).toBe('Steve Witkoff told CNN');
    expect(whoSaysIt(en, witkoff, 'told CNN', 'label')).toBe('Witkoff told CNN');
    expect(whoSaysIt(uk, { who: 'Білий дім', label: 'Білий дім' }, 'назвав', 'who')).toBe('Білий дім назвав');
  });

  it('sets an attribution that names its source aside, and never says the name twice', () => {
    expect(whoSaysIt(en, cbs, 'according to CBS', 'who')).toBe('European officials, according to CBS');
    expect(whoSaysIt(en, cbs, 'according to CBS', 'label')).toBe('according to CBS');
    expect(whoSaysIt(uk, { who: 'Європейські посадовці', label: 'CBS' }, 'за даними CBS', 'label')).toBe('за даними CBS');
  });
});

describe('namesSource', () => {
  it('finds the source in the attribution whatever its case', () => {
    expect(namesSource('According to cbs', 'CBS')).toBe(true);
    expect(namesSource('told CNN', 'Witkoff')).toBe(false);
  });
});
