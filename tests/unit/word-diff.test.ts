import { describe, expect, it } from 'vitest';
import { diffChange } from '../../src/lib/word-diff';

/** The parts as a string: [-removed-] and {+added+}, the way the page marks them with <del> and <ins>. */
function show(before: string, after: string): string {
  return diffChange(before, after)
    .map((part) => (part.kind === 'del' ? `[-${part.text}-]` : part.kind === 'ins' ? `{+${part.text}+}` : part.text))
    .join('');
}

describe('diffChange', () => {
  it('marks the words replaced, keeping the rest', () => {
    expect(show('since a heated exchange in February', 'since a heated exchange on 28 February')).toBe('since a heated exchange [-in-] {+on 28+} February');
  });

  it('marks a whole added paragraph as inserted and a removed one as deleted', () => {
    expect(diffChange('', 'A new paragraph.')).toEqual([{ kind: 'ins', text: 'A new paragraph.' }]);
    expect(diffChange('An old paragraph.', '')).toEqual([{ kind: 'del', text: 'An old paragraph.' }]);
  });

  it('keeps the new words readable: taken together, the kept and added parts are the words after', () => {
    const after = 'The outcome of Monday’s talks may redefine Ukraine’s path.';
    const parts = diffChange('The outcome of the talks could redefine Ukraine’s path.', after);
    const read = parts.filter((part) => part.kind !== 'del').map((part) => part.text).join('');
    expect(read.replace(/\s+/g, ' ')).toBe(after);
  });

  it('ignores differences of white space alone', () => {
    expect(diffChange('a  b\nc', 'a b c')).toEqual([{ kind: 'same', text: 'a b c' }]);
  });
});
