import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRedirects } from '../../lib/redirects-file';

/** Rewrites dist/_redirects (copied from the public/_redirects template) with every path under the base. */
export function writeRedirectsFile(root: string, base: string): void {
  const file = join(root, '_redirects');
  if (existsSync(file)) writeFileSync(file, renderRedirects(readFileSync(file, 'utf8'), base));
}
