import { createHash } from 'node:crypto';

/** Characters of a paragraph's fingerprint: 4 base64url characters are 24 bits, one chance in 16 million that a change goes unseen. */
export const PRINT_LENGTH = 4;

/**
 * A paragraph's fingerprint: a short hash of its words (white space collapsed), written into
 * the page at build time so the reader's browser can tell which paragraphs changed since the
 * last visit without keeping, or sending, the text itself.
 */
export function paragraphPrint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim(), 'utf8').digest('base64url').slice(0, PRINT_LENGTH);
}
