import { describe, expect, it } from 'vitest';
import { PRINT_LENGTH, paragraphPrint } from '../../src/lib/paragraph-print';

describe('paragraphPrint', () => {
  it('is a short URL-safe string of PRINT_LENGTH characters', () => {
    expect(paragraphPrint('The outcome of Monday’s talks.')).toMatch(new RegExp(`^[A-Za-z0-9_-]{${PRINT_LENGTH}}$`));
  });

  it('is the same for the same words, line breaks and spaces aside', () => {
    expect(paragraphPrint('The outcome of\nMonday’s  talks.')).toBe(paragraphPrint('The outcome of Monday’s talks.'));
  });

  it('changes when one word changes', () => {
    expect(paragraphPrint('a heated exchange in February')).not.toBe(paragraphPrint('a heated exchange on 28 February'));
  });
});
