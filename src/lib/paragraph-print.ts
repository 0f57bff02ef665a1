import { createHash } from 'node:crypto';

/** Characters of a paragraph's fingerprint: 4 base64url characters are 24 bits, one chance in 16 million that a change goes unseen. */
export const PRINT_LENGTH = 4;

/**
 * Characters of a paragraph's fingerprint in the record of the published text
 * (content/published-text.lock.json). The 4 characters of `data-print` are enough for a reader's
 * browser to notice a change, but the record is what keeps every edit in the updates log: over a
 * story's life of many edits, one chance in 16 million each is a chance a silent edit slips
 * through, and a longer print costs nothing. 16 characters are 96 bits: no collision in practice.
 * Both come from the same SHA-256 digest of the same words, so a paragraph's `data-print` is the
 * first 4 characters of its recorded print, and the tests can check one against the other.
 */
export const RECORD_PRINT_LENGTH = 16;

/** The SHA-256 digest of a paragraph's words (white space collapsed), base64url. */
function digest(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim(), 'utf8').digest('base64url');
}

/**
 * A paragraph's fingerprint: a short hash of its words (white space collapsed), written into
 * the page at build time so the reader's browser can tell which paragraphs changed since the
 * last visit without keeping, or sending, the text itself.
 */
export function paragraphPrint(text: string): string {
  return digest(text).slice(0, PRINT_LENGTH);
}

/** A paragraph's fingerprint in the record of the published text: the same digest, RECORD_PRINT_LENGTH characters. */
export function recordPrint(text: string): string {
  return digest(text).slice(0, RECORD_PRINT_LENGTH);
}
