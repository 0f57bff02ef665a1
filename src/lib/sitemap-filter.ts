import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBase, pathToBuiltFile } from './url';

/** The robots meta tag a page carries when search engines should leave it out. */
const NOINDEX = /<meta name="robots" content="noindex"/;

/**
 * True unless the built page says noindex (an unreviewed translation, the 404 page): the page's
 * own head decides, so the sitemap (and its hreflang alternates) can never list a page that
 * asks search engines to leave it out. Runs when the build is done, over the files in `outDir`.
 */
export function isIndexableBuiltPage(outDir: string, base: string, pageUrl: string): boolean {
  const path = new URL(pageUrl, 'http://localhost').pathname;
  const root = normaliseBase(base);
  if (!path.startsWith(root)) return true;
  const file = join(outDir, pathToBuiltFile(path.slice(root.length)));
  return !existsSync(file) || !NOINDEX.test(readFileSync(file, 'utf8'));
}
