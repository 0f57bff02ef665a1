import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { listBuiltFiles } from '../../src/integrations/built-files.ts';
import { builtFileToPath } from '../../src/lib/url.ts';
import { isEmbedPath } from '../../src/routes.ts';
import { localeOfPath, type Locale } from '../../src/i18n/locales.ts';
import { load, type CheerioAPI } from 'cheerio';

/** The project root. */
export const ROOT = new URL('../..', import.meta.url).pathname;
/** The built site that the site tests read; `npm test` builds it first. */
export const DIST = process.env['DIST_DIR'] ?? join(ROOT, 'dist');

/** Fails with a clear message when dist/ has not been built. */
export function requireDist(dir = DIST): string {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run "npm run build" first (npm test does).`);
  }
  return dir;
}

/** Every file under a folder, as paths relative to it with "/" separators. */
export function listFiles(dir = DIST): string[] {
  return listBuiltFiles(dir);
}

/** Every HTML file of the build, relative to dist. */
export function listHtmlFiles(dir = DIST): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The URL path below the base a built HTML file is served at ("territory/index.html" is "/territory/"). */
export function pathOfHtmlFile(file: string): string {
  return `/${builtFileToPath(file)}`;
}

/**
 * True for a built file of the embeddable views (embed/…): pages made for other sites' iframes,
 * with no site chrome, a canonical pointing at the full page and noindex. Checks of the site's
 * own pages leave them out; tests/site/embeds.test.ts holds them to their own rules.
 */
export function isEmbedFile(file: string): boolean {
  return isEmbedPath(builtFileToPath(file));
}

/** Reads and parses one built HTML file. */
export function loadPage(file: string, dir = DIST): CheerioAPI {
  return load(readFileSync(join(dir, file), 'utf8'));
}

/**
 * The edition a built file belongs to: its first path segment when that is a translated edition's,
 * else the original; inside the embeds' folder, the segment after it ("embed/uk/map/" is Ukrainian).
 */
export function editionOfFile(file: string): Locale {
  const path = builtFileToPath(file);
  return localeOfPath(isEmbedPath(path) ? path.replace(/^\/*[^/]+\//, '') : path);
}

/** True for a page that asks search engines to leave it out (the 404 page, an unreviewed translation). */
export function isNoindex($: CheerioAPI): boolean {
  return ($('meta[name="robots"]').attr('content') ?? '').includes('noindex');
}
