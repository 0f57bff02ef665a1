// Real Chromium over the built site, served by Cloudflare's Pages runtime (tests/support/host.ts),
// so pages arrive with the headers the host really sends. The e2e tests and `npm run bench` use it;
// Node 24 runs this file as is from the bench script.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { listBuiltFiles } from '../../src/integrations/built-files.ts';
import { builtFileToPath } from '../../src/lib/url.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { EMBED_ROUTES, PAGE_ROUTES } from '../../src/routes.ts';
import { detectBase, startHost, type HostedSite } from './host.ts';

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

/**
 * The pages with one page per claim collapsed to the first of each edition: every claim page
 * is the same template with other words, so the slow whole-page checks (axe, keyboard, print,
 * layout shift) look at one per language, while the render and no-JavaScript checks open them all.
 */
export function onePagePerTemplate(pages: readonly SitePage[], base: string): SitePage[] {
  const claimPage = new RegExp(`^${base}(?:([a-z]{2})/)?${PAGE_ROUTES.claims}/[^/]+/$`);
  const editionOf = (page: SitePage) => claimPage.exec(page.path)?.[1] ?? '';
  const firstClaims = new Set(LOCALES.map((locale) => pages.find((page) => claimPage.test(page.path) && editionOf(page) === (locale === DEFAULT_LOCALE ? '' : locale))));
  return pages.filter((page) => !claimPage.test(page.path) || firstClaims.has(page));
}

/** The built site served on loopback, and a browser to look at it with. */
export interface OpenSite {
  /** `wrangler pages dev` over the build. */
  server: HostedSite;
  /** One Chromium for the whole test file. */
  browser: Browser;
  /** Every page to check, 404 last. */
  pages: SitePage[];
  /** Absolute URL of a site path such as a page's `path`. */
  urlOf: (path: string) => string;
  /** Closes the browser, then wrangler. */
  close: () => Promise<void>;
}

/** Serves `dir` (base read from its canonical URLs) and launches Chromium. */
export async function openSite(dir: string): Promise<OpenSite> {
  const base = detectBase(dir);
  const server = await startHost(dir, { base });
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    pages: listPages(dir, base),
    urlOf: (path) => new URL(path, server.origin).href,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
