import { describe, expect, it } from 'vitest';
import { HEADING_LEVELS, headingTag } from '../../src/lib/heading-level';

describe('headingTag', () => {
  it('maps each allowed level to its tag', () => {
    expect(HEADING_LEVELS.map((level) => headingTag(level))).toEqual(['h2', 'h3', 'h4']);
  });

  it('refuses levels a nested component may not use, saying what it got and what it expects', () => {
    expect(() => headingTag(1)).toThrow('Heading level must be one of 2, 3, 4; received 1.');
    expect(() => headingTag(5)).toThrow(/received 5/);
    expect(() => headingTag(2.5)).toThrow(/received 2\.5/);
  });
});
