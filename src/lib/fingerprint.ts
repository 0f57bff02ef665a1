import { createHash } from 'node:crypto';

/**
 * The fingerprint of an English content file: the first 16 hex digits of the SHA-256 of its
 * text, line endings folded. A translation records the fingerprint of the file it was made
 * from; when the English file changes, the fingerprints differ and the translation is behind.
 */
export function fingerprintText(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex').slice(0, 16);
}

/** The shape a recorded fingerprint must have. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/;
