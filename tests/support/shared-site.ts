// The e2e files' side of tests/support/e2e-setup.ts: the host and the Chromium it started once
// for the whole e2e project, reached through inject(). One connection per file; each test
// makes its own contexts on it, so nothing a test stores (cookies, workers, caches) reaches another.
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { ChromiumMissingError } from './browser.ts';

/** The shared host over dist/ and this file's connection to the shared Chromium. */
export interface SharedSite {
  /** The host's origin, base and home URL. */
  server: { origin: string; base: string; url: string };
  browser: Browser;
  /** Absolute URL of a site path such as "/territory/" (base included). */
  urlOf: (path: string) => string;
  /** Drops this file's connection; the browser and the host stay up for the other files. */
  close: () => Promise<void>;
}

/** The shared host, without a browser: for tests that only fetch. */
export function sharedHost(): SharedSite['server'] {
  return inject('e2eHost');
}

/** Connects to the shared Chromium, or throws ChromiumMissingError's one line when the setup found none. */
export async function connectBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (!endpoint) throw new ChromiumMissingError(inject('chromiumPath'));
  return chromium.connect(endpoint);
}

/** The shared host and a connection to the shared Chromium, for one test file. */
export async function connectSite(): Promise<SharedSite> {
  const server = sharedHost();
  const browser = await connectBrowser();
  return {
    server,
    browser,
    urlOf: (path) => new URL(path, server.origin).href,
    close: () => browser.close(),
  };
}
