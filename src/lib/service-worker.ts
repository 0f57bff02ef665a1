import { createHash } from 'node:crypto';

/** Files never cached for offline reading: social cards, the worker itself and host configuration. */
const EXCLUDED = [/^og\//, /^sw\.js$/, /^_headers$/, /^_redirects$/, /^robots\.txt$/, /^sitemap.*\.xml$/, /^rss\.xml$/];

/** The built files the worker stores on install: every page and asset but the excluded ones. */
export function selectPrecacheFiles(files: readonly string[]): string[] {
  return files.filter((file) => !EXCLUDED.some((pattern) => pattern.test(file))).sort();
}

/** The URL a built file is served at under the base ("territory/index.html" is "<base>territory/"). */
export function fileToUrl(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** A version that changes whenever any cached file changes, and only then (builds stay reproducible). */
export function computeCacheVersion(contents: readonly { file: string; data: Buffer | string }[]): string {
  const hash = createHash('sha256');
  for (const { file, data } of [...contents].sort((a, b) => a.file.localeCompare(b.file))) {
    hash.update(file).update('\0').update(data).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Fills the worker template's placeholders. */
export function renderServiceWorker(template: string, version: string, base: string, precache: readonly string[]): string {
  return template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace("'__BASE__'", JSON.stringify(base))
    .replace("['__PRECACHE__']", JSON.stringify(precache));
}
