import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { formatMessage } from '../../src/i18n/message';
import { pseudoMdx, pseudoMessage, pseudoMessages, pseudoText } from '../support/pseudo-locale';

// The transform that makes the pseudo editions from English (tests/support/pseudo-locale.ts).
describe('pseudo text', () => {
  it('accents every letter and makes the words about 40 % longer', () => {
    const english = 'Read the whole story on one page';
    const pseudo = pseudoText(english);
    expect(pseudo).not.toMatch(/[A-Za-z]/);
    expect(pseudo.length / english.length).toBeGreaterThan(1.3);
    expect(pseudo.length / english.length).toBeLessThan(1.5);
  });

  it('keeps case, so a check that ignores case finds a pseudo word in pseudo text', () => {
    expect(pseudoText('Reportedly').toLowerCase()).toBe(pseudoText('reportedly'));
    expect(pseudoText('He reportedly said')).toContain(pseudoText('reportedly'));
  });

  it('keeps placeholders, plural and select syntax and "#", and the message still fills', () => {
    const message = '{count, plural, one {The story in # part} other {The story in # parts}}';
    const pseudo = pseudoMessage(message);
    expect(pseudo).toMatch(/^\{count, plural, one \{[^A-Za-z{}]+ # [^A-Za-z{}]+\} other \{[^A-Za-z{}]+ # [^A-Za-z{}]+\}\}$/);
    expect(formatMessage('storyInParts', pseudo, { count: 2 }, 'en-XA')).toBe(`${pseudoText('The story in')} 2 ${pseudoText('parts')}`);
    expect(pseudoMessage('Part {position} of {total}')).toBe(`${pseudoText('Part')} {position} ${pseudoText('of')} {total}`);
  });

  it('turns every message of the English dictionary but the ones that are not words', () => {
    const pseudo = pseudoMessages() as typeof en;
    expect(pseudo.dateLocale).toBe(en.dateLocale);
    expect(pseudo.quoteMarks).toEqual(en.quoteMarks);
    expect(pseudo.nav.timeline).toBe(pseudoText(en.nav.timeline));
    expect(pseudo.changes.theEntry).toContain('{kind, select, update {');
  });

  it('keeps MDX components, their attributes, expressions, link targets and quotation marks', () => {
    const body = '<Claim id="witkoff-robust">A “robust” <Mention id="donbas">Donbas</Mention> offer</Claim> {/* note */} [see](https://example.org/a).';
    const pseudo = pseudoMdx(body);
    expect(pseudo.match(/<[^>]*>|\{[^}]*\}|\]\([^)]*\)/g)).toEqual(body.match(/<[^>]*>|\{[^}]*\}|\]\([^)]*\)/g));
    expect(pseudo).toContain(`“${pseudoText('robust')}”`);
    expect(pseudo.replace(/<[^>]*>|\{[^}]*\}|\]\([^)]*\)/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
