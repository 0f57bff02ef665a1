// Vitest globalSetup of the e2e project: one `wrangler pages dev` over dist/ and one Chromium
// for every e2e file, instead of one of each per file (each took seconds to start on the
// 2-core machine, thirteen times). Files reach them through inject() (tests/support/browser.ts,
// connectSite). Tests that need another build or a fresh origin start their own host.
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROME_ARGS, CHROME_PATH } from './browser.ts';
import { DIST, requireDist } from './dist.ts';
import { startHost } from './host.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared host over dist/: origin ("http://127.0.0.1:41234") and base ("/" or "/news/explainer/"). */
    e2eHost: { origin: string; base: string; url: string };
    /** The shared Chromium's endpoint for chromium.connect(), or "" when there is no Chromium at `chromiumPath`. */
    chromiumEndpoint: string;
    /** Where Chromium was looked for: the one line a test prints when it is missing. */
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const host = await startHost(requireDist(DIST));
  // No Chromium is not a setup failure: the host tests need none, and each browser test then
  // fails with ChromiumMissingError's one line instead of the whole run stopping on a stack.
  let server: BrowserServer | undefined;
  if (existsSync(CHROME_PATH)) {
    try {
      server = await chromium.launchServer({ executablePath: CHROME_PATH, args: CHROME_ARGS });
    } catch (error) {
      await host.close();
      throw error;
    }
  }
  project.provide('e2eHost', { origin: host.origin, base: host.base, url: host.url });
  project.provide('chromiumEndpoint', server?.wsEndpoint() ?? '');
  project.provide('chromiumPath', CHROME_PATH);
  return async () => {
    await server?.close();
    await host.close();
  };
}
