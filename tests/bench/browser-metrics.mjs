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
