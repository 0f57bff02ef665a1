import { diffWords } from 'diff';

/** A run of words of a change: kept, added ("ins") or removed ("del"). */
export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/**
 * The word-level difference between the words before and after a change, in reading order
 * (removed words before the added ones that replace them). A replacement is read "in on 28",
 * not "inon 28": a space is kept between removed and added words that would otherwise touch.
 */
export function diffChange(before: string, after: string): DiffPart[] {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  const parts: DiffPart[] = [];
  for (const change of diffWords(collapse(before), collapse(after))) {
    const part: DiffPart = { kind: change.added ? 'ins' : change.removed ? 'del' : 'same', text: change.value };
    const previous = parts.at(-1);
    if (previous?.kind === 'del' && part.kind === 'ins' && !/\s$/.test(previous.text) && !/^\s/.test(part.text)) parts.push({ kind: 'same', text: ' ' });
    parts.push(part);
  }
  return parts;
}
