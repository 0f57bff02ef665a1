// The embeddable views as a publisher's page meets them in Chromium: a host page on another
// loopback origin (127.0.0.2, so another site) pastes the embed code that the oEmbed files
// hold, pointed at the build served by Cloudflare's runtime. Each view the page-kinds registry
// samples (every kind in every edition, so a claim's view and Ukrainian views among them) loads
// with no CSP violation, fits its content within a second with the optional resizer, opens its
// links in the top window, passes axe, and without JavaScript shows at its starting height with
// a scroll bar while the fallback link works; a Pym.js parent gets its heights. The same host
// page cannot frame an ordinary page of the site. The Embed control of a full page fetches the
// code when opened, and without JavaScript links to the oEmbed file that holds it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSite, type SharedSite } from '../support/shared-site';
import { dictionaryFor } from '../../src/i18n/dictionary';
import { LOCALES } from '../../src/i18n/locales';
import { DIST, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { browserEmbeds, type ExpectedEmbed } from '../support/embeds';

const dist = requireDist(DIST);
/** The views a browser opens: every kind of view in every edition, as src/page-kinds.ts samples them (tests/site/embeds.test.ts reads every view's files). */
const EMBEDS = browserEmbeds(dist);
/** The origin the build was made for (SITE_URL): the embed code names it; the tests swap in the local host's. */
const BUILD_ORIGIN = new URL(loadPage('index.html')('link[rel="canonical"]').attr('href') ?? '').origin;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The promise of the issue: the frame fits its content within a second of loading. */
const RESIZE_LIMIT_MS = 1000;
/** The host page is another site: another loopback address, so the embed is a third-party frame. */
const HOST_ADDRESS = '127.0.0.2';

/** The embed code of a view as its oEmbed file gives it. */
function embedCode(view: ExpectedEmbed): { html: string; height: number } {
  const data = JSON.parse(readFileSync(join(dist, view.oembedFile), 'utf8')) as { html: string; height: number };
  return { html: data.html, height: data.height };
}

/** A publisher's page: the embed code with the site's URLs pointed at the local host, and a log of the frame's load and resizes. */
function hostPage(code: string, title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"></head>
<body><main><h1>A publisher's article</h1><p>Text before the embed.</p>
${code}
<p>Text after the embed.</p></main>
<script>
  // Test harness only: when the frame loaded and when its height attribute changed, in page time.
  window.__frameLog = [];
  const frame = document.querySelector('iframe');
  frame.addEventListener('load', () => window.__frameLog.push({ what: 'load', at: performance.now() }));
  new MutationObserver(() => window.__frameLog.push({ what: 'height', at: performance.now(), value: frame.getAttribute('height') }))
    .observe(frame, { attributes: true, attributeFilter: ['height'] });
</script>
</body></html>`;
}

/** A publisher's page that runs a Pym.js v1 parent's side of the protocol by hand: an id in the URL, its exact message pattern. */
function pymParentPage(src: string, id: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pym.js parent</title><link rel="icon" href="data:,"></head>
<body><div id="${id}"></div>
<script>
  // What pym.Parent does: iframe src + ?initialWidth=…&childId=<container id>, and a regex on messages.
  window.__pymHeights = [];
  const container = document.getElementById('${id}');
  const frame = document.createElement('iframe');
  frame.src = '${src}?initialWidth=' + container.offsetWidth + '&childId=${id}&parentTitle=Host&parentUrl=' + encodeURIComponent(location.href);
  frame.setAttribute('width', '100%');
  frame.setAttribute('scrolling', 'no');
  container.appendChild(frame);
  const pattern = new RegExp('^pymxPYMx${id}xPYMx(\\\\S+)xPYMx(.*)$');
  window.addEventListener('message', (event) => {
    const match = typeof event.data === 'string' ? event.data.match(pattern) : null;
    if (match && match[1] === 'height') {
      window.__pymHeights.push(Number(match[2]));
      frame.setAttribute('height', match[2] + 'px');
    }
  });
</script></body></html>`;
}

/** The pages the host server answers with, by path. */
const HOST_PAGES = new Map<string, string>();

let site: SharedSite;
let host: Server;
let hostOrigin: string;

/** The local URL of a site path below the base. */
const siteUrl = (pathBelowBase: string): string => `${site.server.url}${pathBelowBase}`;
/** The served URL of a built page. */
const pageUrlOf = (file: string): string => siteUrl(pathOfHtmlFile(file).slice(1));
/** The embed code with the build's origin swapped for the local host's. */
const localCode = (code: string): string => code.split(`${BUILD_ORIGIN}/`).join(`${site.server.origin}/`);

beforeAll(async () => {
  site = await connectSite();
  host = createServer((request, response) => {
    const page = HOST_PAGES.get(new URL(request.url ?? '/', 'http://host.invalid').pathname);
    response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((done) => host.listen(0, HOST_ADDRESS, done));
  hostOrigin = `http://${HOST_ADDRESS}:${(host.address() as AddressInfo).port}`;
  for (const [index, view] of EMBEDS.entries()) {
    const { html } = embedCode(view);
    HOST_PAGES.set(`/resized/${index}.html`, hostPage(localCode(html), `Host of ${view.name}, resized`));
    // The same code without the optional script line, as a publisher who wants no script pastes it.
    HOST_PAGES.set(`/plain/${index}.html`, hostPage(localCode(html).replace(/\n<script[^>]*><\/script>$/, ''), `Host of ${view.name}`));
  }
  HOST_PAGES.set('/pym.html', pymParentPage(siteUrl('embed/timeline/'), 'timeline-embed'));
});

afterAll(async () => {
  await new Promise<void>((done) => (host ? host.close(() => done()) : done()));
  await site?.close();
});

/** A context whose frames all record CSP violations in window.__violations, and a page in it collecting errors. */
async function contextWithWatch(options: Parameters<SharedSite['browser']['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 }, reducedMotion: 'reduce', ...options });
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return context;
}

/** Opens a host page (at a viewport size, if given) and returns it with the embed's frame once that has loaded. */
async function openHost(
  context: BrowserContext,
  path: string,
  errors: string[] = [],
  viewport?: { width: number; height: number },
): Promise<{ page: Page; frame: Frame }> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${hostOrigin}${path}`, { waitUntil: 'load' });
  const element = await page.waitForSelector('iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`${path}: the iframe has no frame`);
  await frame.waitForLoadState('load');
  return { page, frame };
}

/** The height the frame's document needs, as the embed measures it. */
const contentHeight = (frame: Frame): Promise<number> => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe.each(EMBEDS.map((view, index) => ({ ...view, index })))('the $name embed on another site’s page', (view) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await contextWithWatch();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('loads with no CSP violation, no console error and no request to any other origin', async () => {
    const errors: string[] = [];
    const foreign: string[] = [];
    const watch = (request: Request) => {
      // The site's own worker (once a test has opened a full page) fetches without a frame.
      if (request.serviceWorker()) return;
      if (request.frame().parentFrame() !== null && new URL(request.url()).origin !== site.server.origin) foreign.push(request.url());
    };
    context.on('request', watch);
    const { page, frame } = await openHost(context, `/resized/${view.index}.html`, errors);
    expect(frame.url()).toBe(pageUrlOf(view.file));
    expect(await frame.locator('h1').isVisible()).toBe(true);
    // Give late work (the map images, the resize messages) a moment to report a violation.
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations), 'CSP violations in the frame').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), 'CSP violations in the host page').toEqual([]);
    expect(errors, 'console errors and warnings').toEqual([]);
    expect(foreign, 'requests from the frame to other origins').toEqual([]);
    context.off('request', watch);
    await page.close();
  });

  it.each([
    { width: 1024, height: 800 },
    { width: 320, height: 640 },
  ])('fits the frame to its content within a second with the optional resizer, at $width px', async (viewport) => {
    const { page, frame } = await openHost(context, `/resized/${view.index}.html`, [], viewport);
    await expect
      .poll(async () => Number(await page.locator('iframe').getAttribute('height')) === (await contentHeight(frame)), { timeout: 5000, message: 'iframe height = content height' })
      .toBe(true);
    const needed = await contentHeight(frame);
    const log = await page.evaluate(() => (window as unknown as { __frameLog: { what: string; at: number; value?: string }[] }).__frameLog);
    const loaded = log.find((entry) => entry.what === 'load')?.at;
    // When the frame got its final height: the last change, which must be to the content's height.
    const settled = log.filter((entry) => entry.what === 'height').at(-1);
    expect(loaded, 'the frame’s load event').toBeDefined();
    expect(settled?.value, 'the last resize is to the content’s height').toBe(String(needed));
    const afterLoad = Math.max(0, (settled?.at ?? 0) - (loaded ?? 0));
    console.info(
      `embeds e2e: ${view.name} at ${viewport.width} px: ${needed} px tall, settled ${Math.round(afterLoad)} ms after the frame's load event, ` +
        `${Math.round(settled?.at ?? 0)} ms after the host page started`,
    );
    expect(afterLoad).toBeLessThanOrEqual(RESIZE_LIMIT_MS);
    // Fitted: nothing left to scroll inside the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight)).toBe(true);
    await page.close();
  });

  it('opens its links in the top window at the canonical page and anchor, never inside the frame', async () => {
    const { page, frame } = await openHost(context, `/resized/${view.index}.html`);
    const hrefs = await frame.locator('a[href]').evaluateAll((links) =>
      links.map((link) => ({ href: (link as HTMLAnchorElement).href, target: (link as HTMLAnchorElement).target })),
    );
    expect(hrefs.filter((link) => link.target !== '_top')).toEqual([]);
    // The link back to the full view, and the first link of the view's own content.
    const full = new URL(`${pathOfHtmlFile(view.fullFile).slice(1)}${view.anchor ? `#${view.anchor}` : ''}`, site.server.url).href;
    const contentLinks = frame.locator('main ol a[href]');
    const contentLink = (await contentLinks.count()) > 0 ? await contentLinks.first().getAttribute('href') : null;
    const targets = [full, ...(contentLink ? [new URL(contentLink, frame.url()).href] : [])];
    for (const target of targets) {
      if (page.url() !== `${hostOrigin}/resized/${view.index}.html`) await page.goto(`${hostOrigin}/resized/${view.index}.html`, { waitUntil: 'load' });
      const embedded = page.frames().find((candidate) => candidate !== page.mainFrame());
      if (!embedded) throw new Error('no embedded frame');
      await embedded.waitForLoadState('load');
      const navigated = page.waitForURL(target, { timeout: 10_000 });
      await embedded.locator(`a[href="${new URL(target).pathname}${new URL(target).hash}"]`).first().click();
      await navigated;
      expect(page.url(), 'the top window moved').toBe(target);
      expect(page.frames(), 'no frame left behind').toHaveLength(1);
      // The page it reached is the site's own, canonical page (not another embed, which has no navigation).
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').pathname).toBe(new URL(target).pathname);
      expect(await page.locator('nav').count()).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('a Pym.js parent', () => {
  it('gets height messages under the id it put in the iframe URL, and sizes the frame with them', async () => {
    const context = await contextWithWatch();
    const { page, frame } = await openHost(context, '/pym.html');
    const lastHeight = () => page.evaluate(() => (window as unknown as { __pymHeights: number[] }).__pymHeights.at(-1));
    await expect.poll(async () => (await lastHeight()) === (await contentHeight(frame)), { timeout: 5000, message: 'Pym.js height = content height' }).toBe(true);
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('timeline-embed');
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight)).toBe(true);
    await context.close();
  });
});

describe('accessibility inside the embeds (axe, WCAG 2.2 AA and best practices)', () => {
  it.each(EMBEDS.flatMap((view) => (['light', 'dark'] as const).map((colorScheme) => ({ ...view, colorScheme }))))(
    'finds nothing in the $name embed, $colorScheme, in a narrow frame',
    async ({ file, colorScheme }) => {
      // axe needs pages from browser.newContext(); the embed is opened as a document of its own at a column's width.
      const context = await site.browser.newContext({ viewport: { width: 360, height: 640 }, colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(pageUrlOf(file), { waitUntil: 'load' });
      const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
      await context.close();
      const report = results.violations.flatMap((violation) =>
        violation.nodes.slice(0, 5).map((node) => `${violation.id}: ${violation.help} | ${node.target.join(' ')} | ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
      );
      expect(report).toEqual([]);
    },
  );

  it('finds nothing in an embed as it sits in the host page’s frame', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/resized/0.html`, { waitUntil: 'load' });
    await page.frames().find((frame) => frame !== page.mainFrame())?.waitForLoadState('load');
    const results = await new AxeBuilder({ page }).include('iframe').withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
    await context.close();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1024, height: 800 }, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(EMBEDS.map((view, index) => ({ ...view, index })))(
    'shows the $name embed at its starting height, scrolling inside when taller',
    async (view) => {
      const { height } = embedCode(view);
      const { page, frame } = await openHost(context, `/resized/${view.index}.html`);
      const box = await page.locator('iframe').boundingBox();
      expect(box?.height).toBe(height);
      expect(await frame.locator('h1').isVisible()).toBe(true);
      const { scrollHeight, clientHeight, overflow } = await frame.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        clientHeight: document.documentElement.clientHeight,
        overflow: getComputedStyle(document.documentElement).overflowY,
      }));
      expect(overflow).not.toBe('hidden');
      if (scrollHeight > clientHeight) {
        // A scroll bar: the wheel over the frame moves its content.
        await page.mouse.move((box?.x ?? 0) + 40, (box?.y ?? 0) + 40);
        await page.mouse.wheel(0, 300);
        await expect.poll(() => frame.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(0);
      } else {
        expect(scrollHeight, `${view.name} fits its starting height`).toBeLessThanOrEqual(height);
      }
      await page.close();
    },
  );

  it.each(EMBEDS.map((view, index) => ({ ...view, index })))('follows the $name embed’s fallback link to its full page', async (view) => {
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/plain/${view.index}.html`, { waitUntil: 'load' });
    const link = page.locator('iframe + * a');
    const target = new URL(`${pathOfHtmlFile(view.fullFile).slice(1)}${view.anchor ? `#${view.anchor}` : ''}`, site.server.url).href;
    expect(await link.getAttribute('href')).toBe(target);
    const response = page.waitForResponse((candidate) => candidate.url() === target.replace(/#.*$/, ''));
    // By keyboard: with scripts off, a pointer click below the fold raced Playwright's own scrolling.
    await link.focus();
    await page.keyboard.press('Enter');
    expect((await response).status()).toBe(200);
    await page.waitForURL(target);
    await page.close();
  });
});

describe('framing an ordinary page of the site', () => {
  it.each(['timeline/index.html', 'index.html'])('is refused for %s: the frame stays empty and Chromium says why', async (file) => {
    const path = `/framed/${file.replace(/\W/g, '-')}.html`;
    HOST_PAGES.set(path, hostPage(`<iframe src="${pageUrlOf(file)}" title="Framed page" width="100%" height="400"></iframe>`, 'Framing test'));
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`${hostOrigin}${path}`, { waitUntil: 'load' });
    // Chromium's words: "Framing '<url>' violates the following Content Security Policy directive: "frame-ancestors 'none'"…"
    await expect
      .poll(() => messages.some((text) => text.includes(`Framing '${site.server.origin}/`) && text.includes(`"frame-ancestors 'none'"`)), {
        timeout: 5000,
        message: 'Chromium reports the framing blocked',
      })
      .toBe(true);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    // Blocked: Chromium shows its own error document instead, with none of the page's content.
    expect(frame?.url()).not.toBe(pageUrlOf(file));
    expect(await frame?.locator('main#main').count()).toBe(0);
    await context.close();
  });
});

describe('the Embed control on a full page', () => {
  /** One view of each edition whose full page offers it: a claim's, so the claim pages' control is tried too. */
  const offered = LOCALES.map((locale) => {
    const view = EMBEDS.find((candidate) => candidate.locale === locale && candidate.claimId !== undefined) ?? EMBEDS.find((candidate) => candidate.locale === locale);
    if (!view) throw new Error(`no embeddable view in ${locale}`);
    return view;
  });

  it.each(offered)('$fullFile: opened, shows the code of the oEmbed file in a named box and copies it, in the page’s language', async (view) => {
    const words = dictionaryFor(view.locale).embed.code;
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(pageUrlOf(view.fullFile), { waitUntil: 'load' });
    const control = page.locator('details.embed-code');
    const summary = (await control.locator('summary').textContent())?.trim() ?? '';
    await control.locator('summary').click();
    const box = control.getByRole('textbox', { name: summary });
    await box.waitFor();
    expect(await box.inputValue()).toBe(embedCode(view).html);
    expect(await box.getAttribute('readonly')).not.toBeNull();
    await control.getByRole('button', { name: words.copy }).click();
    await expect.poll(() => control.getByRole('status').textContent(), { timeout: 3000 }).toBe(words.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(embedCode(view).html);
    await context.close();
  });

  it.each(offered)('$fullFile: fills a control the reader opened before the page script came', async (view) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // The page script is imported after the first paint; holding the site's scripts back lets the
    // reader open the control first, as on a slow phone.
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/_astro\/[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(pageUrlOf(view.fullFile), { waitUntil: 'domcontentloaded' });
    const control = page.locator('details.embed-code');
    const summary = (await control.locator('summary').textContent())?.trim() ?? '';
    await control.locator('summary').click();
    expect(await control.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    release();
    const box = control.getByRole('textbox', { name: summary });
    await box.waitFor({ timeout: 10_000 });
    expect(await box.inputValue()).toBe(embedCode(view).html);
    await context.close();
  });

  it.each(offered)('$fullFile: opens by keyboard without JavaScript and leads to the oEmbed file that holds the code, and to the view', async (view) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrlOf(view.fullFile), { waitUntil: 'load' });
    const summary = page.locator('details.embed-code > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const oembed = page.locator('details.embed-code a[type="application/json+oembed"]');
    expect(await oembed.isVisible()).toBe(true);
    const response = await page.request.get(new URL((await oembed.getAttribute('href')) ?? '', page.url()).href);
    expect(((await response.json()) as { html: string }).html).toBe(embedCode(view).html);
    const preview = page.locator('details.embed-code a:not([type])');
    expect(new URL((await preview.getAttribute('href')) ?? '', page.url()).href).toBe(pageUrlOf(view.file));
    await context.close();
  });
});
