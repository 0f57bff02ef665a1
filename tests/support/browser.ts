// Real Chromium over the built site, served by Cloudflare's Pages runtime (tests/support/host.ts),
// so pages arrive with the headers the host really sends. The e2e tests and `npm run bench` use it;
// Node 24 runs this file as is from the bench script.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { listBuiltFiles } from '../../src/integrations/built-files.ts';
import { builtFileToPath } from '../../src/lib/url.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { kindOfPath, PAGE_KINDS, type PageKind, type PageKindId } from '../../src/page-kinds.ts';
import { EMBED_ROUTES } from '../../src/routes.ts';

/** The Chromium binary: CHROME_PATH, else Debian's package. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** The two screens every page is checked at: a small phone and a laptop. */
export const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
] as const;

/** Launch flags; without the last, Chromium tries the (closed) network many times at start. */
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Thrown when there is no Chromium to launch; its message is the whole story, so it has no stack. */
export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(`Chromium not found at ${path}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.`);
    this.name = 'ChromiumMissingError';
    // Test runners print the stack; a stack of our own frames would only bury the one useful line.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Launches headless Chromium, or throws one clear line when it is not installed. */
export async function launchBrowser(path = CHROME_PATH): Promise<Browser> {
  if (!existsSync(path)) throw new ChromiumMissingError(path);
  return chromium.launch({ executablePath: path, args: CHROME_ARGS });
}

/** A page of the built site to open in the browser. */
export interface SitePage {
  /** URL path, base included ("/territory/", "/news/explainer/read/"). */
  path: string;
  /** True for the not-found page, which is not in the sitemap. */
  isNotFound: boolean;
}

/**
 * The pages of a build, every edition: every HTML file but the not-found pages (404.html, one per
 * edition) and the embeddable views (tests/e2e/embeds.test.ts opens those in a host page), then
 * the not-found pages when `withNotFound`. Not the sitemap: an unreviewed translation is left out of it, not out of the tests.
 */
export function listPages(dir: string, base: string, withNotFound = true): SitePage[] {
  const html = listBuiltFiles(dir).filter((file) => file.endsWith('.html'));
  const isNotFoundFile = (file: string) => /(^|\/)404\.html$/.test(file);
  const paths = html.filter((file) => !isNotFoundFile(file) && !file.startsWith(`${EMBED_ROUTES.root}/`)).map((file) => base + builtFileToPath(file));
  if (paths.length === 0) throw new Error(`${dir} has no pages: build the site first.`);
  const pages: SitePage[] = paths.map((path) => ({ path, isNotFound: false }));
  // Cloudflare answers /404.html with a 308 to /404, which serves the file with status 200;
  // the browser follows it, so the page is checked as it looks wherever a reader meets it.
  if (withNotFound) pages.push(...html.filter(isNotFoundFile).map((file) => ({ path: `${base}${file}`, isNotFound: true })));
  return pages;
}

/** A page the browser tests open, with the kind and edition src/page-kinds.ts gives its path. */
export interface KindPage extends SitePage {
  kind: PageKindId;
  locale: Locale;
  /** Size of its HTML file in bytes: how "largest" is chosen. */
  htmlBytes: number;
}

/** Every built page of every kind, each with its kind and edition; what is not a page of a kind (no such path) is left out. */
export function pagesByKind(dir: string, base: string): Map<PageKindId, KindPage[]> {
  const byKind = new Map<PageKindId, KindPage[]>(PAGE_KINDS.map((kind) => [kind.id, []]));
  for (const file of listBuiltFiles(dir).filter((name) => name.endsWith('.html'))) {
    const below = builtFileToPath(file);
    const found = kindOfPath(below);
    if (!found) continue;
    byKind.get(found.kind.id)?.push({
      path: `${base}${below}`,
      isNotFound: found.kind.id === 'notFound',
      kind: found.kind.id,
      locale: found.locale,
      htmlBytes: statSync(join(dir, file)).size,
    });
  }
  return byKind;
}

/**
 * The pages the browser tests open, chosen by each kind's `browserSample` in src/page-kinds.ts:
 * every page of a kind marked 'all' (the fixed pages), and of a kind marked 'largest' the
 * largest page (HTML bytes) of each edition: one template with other words, where the largest
 * holds the most of whatever could break. A kind with no page built yields none. `include`
 * narrows the kinds (the site-chrome checks leave out the framable embeds, which have no header
 * or skip link and are opened inside a host page by tests/e2e/embeds.test.ts). The not-found
 * pages come last, as before.
 */
export function browserPages(dir: string, base: string, include: (kind: PageKind) => boolean = () => true): KindPage[] {
  const byKind = pagesByKind(dir, base);
  const chosen = PAGE_KINDS.filter(include).flatMap((kind) => {
    const pages = byKind.get(kind.id) ?? [];
    if (kind.browserSample === 'all') return pages;
    return LOCALES.flatMap((locale) => {
      const edition = pages.filter((page) => page.locale === locale);
      // Ties go to the first path in sorted order, so the choice is the same on every run.
      return edition.reduce<KindPage[]>((best, page) => (best[0] && best[0].htmlBytes >= page.htmlBytes ? best : [page]), []);
    });
  });
  if (chosen.length === 0) throw new Error(`${dir} has no pages: build the site first.`);
  return [...chosen.filter((page) => !page.isNotFound), ...chosen.filter((page) => page.isNotFound)];
}

/** The kinds that carry the site's chrome (header, skip link, footer): every kind but the framable embeds. */
export const isSiteKind = (kind: PageKind): boolean => !kind.framable;

/**
 * Waits until the page script has run: it loads after the first paint (src/components/PageScript.astro),
 * so `load` can come before it, and a test that reads the controls then sees the page a reader sees
 * only for a moment. The module defines every custom element at once; <scheme-switch> is on every page.
 */
export async function waitForEnhancements(page: import('playwright-core').Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => customElements.get('scheme-switch') !== undefined, undefined, { timeout });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
