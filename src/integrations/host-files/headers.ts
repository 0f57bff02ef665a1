import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHeadersRules, renderHeadersFile } from '../../lib/headers-file';

/** Writes dist/_headers: a fixed set of rules carrying the two policies; returns the number of rules. */
export function writeHeadersFile(root: string, base: string, policies: { csp: string; embedCsp: string }): { rules: number; bytes: number } {
  const rules = buildHeadersRules(policies);
  const text = renderHeadersFile(rules, base);
  writeFileSync(join(root, '_headers'), text);
  return { rules: rules.length, bytes: Buffer.byteLength(text) };
}
