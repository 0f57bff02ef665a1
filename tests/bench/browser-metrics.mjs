// What Chromium fetches for a page's first view, over an emulated mobile network:
// requests before the first paint, requests in all, and font bytes.

/** Lighthouse's mobile network: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Quiet time that ends the first view: no new request for this long after load. */
const QUIET_MS = 1500;

/**
 * @typedef {object} FirstView
 * @property {number} requestsBeforeFirstRender the document plus every request finished before first-contentful-paint
 * @property {number} renderBlockingRequests resources Chromium marks render-blocking (renderBlockingStatus)
 * @property {number} requests the page's own requests for the first view, until the network is quiet
 * @property {number} workerRequests requests of the service worker (its script and what it caches ahead)
 * @property {number} fontBytes encoded bytes of font responses
 * @property {number} fcpMs first-contentful-paint over the emulated network, milliseconds
 */

/**
 * Loads a page in a fresh context (empty cache) over an emulated slow 4G network and counts.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<FirstView>}
 */
export async function measureFirstView(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    let requests = 0;
    let workerRequests = 0;
    let lastRequestAt = Date.now();
    /** @type {Promise<number>[]} */
    const fontSizes = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) workerRequests += 1;
      else requests += 1;
      lastRequestAt = Date.now();
    });
    context.on('requestfinished', (request) => {
      if (request.resourceType() === 'font') fontSizes.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    await page.goto(url, { waitUntil: 'load' });
    while (Date.now() - lastRequestAt < QUIET_MS) await new Promise((done) => setTimeout(done, 100));
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
      return {
        fcp,
        finishedBeforeFcp: resources.filter((entry) => entry.responseEnd <= fcp).length,
        blocking: resources.filter((entry) => /** @type {{ renderBlockingStatus?: string }} */ (entry).renderBlockingStatus === 'blocking').length,
      };
    });
    const fontBytes = (await Promise.all(fontSizes)).reduce((sum, size) => sum + size, 0);
    return {
      requestsBeforeFirstRender: 1 + timing.finishedBeforeFcp,
      renderBlockingRequests: timing.blocking,
      requests,
      workerRequests,
      fontBytes,
      fcpMs: timing.fcp,
    };
  } finally {
    await context.close();
  }
}

/** How long a reader who opens one page and leaves is counted for, worker included. */
export const ONE_PAGE_WINDOW_MS = 10_000;

/**
 * Every URL the browser fetched from the network (not answered by the worker's cache) while
 * `visit` ran in a fresh profile, the worker's own requests included.
 * @param {import('playwright-core').Browser} browser
 * @param {(page: import('playwright-core').Page) => Promise<void>} visit
 * @returns {Promise<string[]>}
 */
async function networkFetches(browser, visit) {
  const context = await browser.newContext();
  try {
    /** @type {string[]} */
    const urls = [];
    context.on('requestfinished', async (request) => {
      const response = await request.response();
      if (response && !response.fromServiceWorker()) urls.push(request.url());
    });
    await visit(await context.newPage());
    return urls;
  } finally {
    await context.close();
  }
}

/**
 * A reader who opens one page and leaves: the URLs fetched until its load event (the page),
 * and those fetched in the rest of the first ten seconds (the worker and anything else).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ page: string[]; after: string[] }>}
 */
export async function measureOnePageAndLeave(browser, url) {
  /** @type {string[]} */
  let page = [];
  const all = await networkFetches(browser, async (tab) => {
    const started = Date.now();
    await tab.goto(url, { waitUntil: 'load' });
    page = await tab.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]);
    await tab.waitForTimeout(Math.max(0, ONE_PAGE_WINDOW_MS - (Date.now() - started)));
  });
  return { page, after: all.filter((fetched) => !page.includes(fetched)) };
}

/**
 * A reader who reads every page in turn, in one profile: every URL fetched from the network.
 * @param {import('playwright-core').Browser} browser
 * @param {string[]} urls
 * @returns {Promise<string[]>}
 */
export async function measureReadEverything(browser, urls) {
  return networkFetches(browser, async (tab) => {
    for (const url of urls) await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(2_000);
  });
}
