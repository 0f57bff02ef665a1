// `npm run bench`: measures the site against its budgets and prints the figures.
// A benchmark, not a test: it prints, and exits 0 whatever the figures are.
//
// 1. Builds the site in a throwaway copy of the project (timed: the full build, social cards included).
// 2. Serves it on 127.0.0.1 with Cloudflare's Pages runtime (wrangler), as the e2e tests do.
// 3. Per page: HTML + render-blocking CSS and JavaScript (brotli), render-blocking scripts,
//    then in Chromium over an emulated slow 4G network: font bytes, requests before first render,
//    requests for the first view; then Lighthouse (mobile, 3 runs, median).
// 4. Build time for 10 and 45 sections generated from the real ones, per page, in three editions:
//    English, Ukrainian and the en-XA pseudo edition of the tests (tests/support/pseudo-locale.ts).
//
// Flags: --quick (no Lighthouse), --runs=N (Lighthouse runs per page, default 3),
//        --sizes=10,45 (section counts), --no-scaling, --no-lighthouse,
//        --scaling: only step 4 (the builds with generated sections),
//        --starter: only Lighthouse's FCP and LCP, the site beside the Astro blog starter
//          (tests/bench/starter.mjs), both served by wrangler, runs interleaved;
//        --pages=/,/glossary/ (with --starter: our pages to measure; default the browser tests'
//          sample of src/page-kinds.ts, site pages of both editions),
//        --starter-coop (with --starter: the starter gets this site's Cross-Origin-Opener-Policy;
//          see docs/benchmark.md for why it moves Lighthouse's simulated FCP),
//        --applied (with --starter: Lighthouse throttles the browser and times the load as it
//          happens, instead of simulating it from an unthrottled one; see docs/benchmark.md).
// Needs Node 24 (npm scripts use the project's own), Chromium at /usr/bin/chromium or CHROME_PATH.
import { loadavg } from 'node:os';
import { join } from 'node:path';

// The host and browser helpers are TypeScript, which Node runs as is from 23.6 on.
if (!/** @type {{ typescript?: unknown }} */ (process.features).typescript) {
  console.error(`tests/bench/bench.mjs needs the project's Node 24 (this is ${process.version}): run it with \`npm run bench\`.`);
  process.exit(1);
}
const { browserPages, isSiteKind, launchBrowser, listPages } = await import('../support/browser.ts');
const { detectBase, startHost } = await import('../support/host.ts');
const { measureFirstView, measureOnePageAndLeave, measureReadEverything } = await import('./browser-metrics.mjs');
const { CATEGORIES, launchDebuggableChromium, runLighthouse } = await import('./lighthouse.mjs');
const { CSS_BUDGET, FIRST_RENDER_BUDGET, ONE_PAGE_EXTRA_BUDGET, SCRIPT_BUDGET, brotliBytesOfUrl, measurePage } = await import('./page-weight.mjs');
const { pathToBuiltFile } = await import('../../src/lib/url.ts');
const { buildSite, copyProject, countPages, generateSections, removeCopy } = await import('./project-copy.mjs');
const { copyStarter, giveOpenerPolicy, interleave, starterPages } = await import('./starter.mjs');

const ROOT = new URL('../..', import.meta.url).pathname;
// The pseudo edition's module imports without file extensions, as the tests' modules do: Vite runs it.
const { runnerImport } = await import('vite');
const { addPseudoEdition } = /** @type {{ module: typeof import('../support/pseudo-locale.ts') }} */ (
  await runnerImport(join(ROOT, 'tests/support/pseudo-locale.ts'))
).module;
const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(`--${name}`);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

const QUICK = flag('quick');
const STARTER = flag('starter');
const SCALING_ONLY = flag('scaling');
const STARTER_OPENER = flag('starter-coop');
const APPLIED = flag('applied');
const THROTTLING = APPLIED ? 'applied throttling' : 'simulated throttling';
const LIGHTHOUSE = !QUICK && !flag('no-lighthouse');
const RUNS = Math.max(1, Number.parseInt(option('runs', '3'), 10));
const SIZES = flag('no-scaling')
  ? []
  : // 10 and 45 sections: the build time per page should not grow with the story.
    option('sizes', '10,45')
      .split(',')
      .map((size) => Number.parseInt(size, 10))
      .filter((size) => size > 0);
/** The per-page build cost at the largest size may be at most this many times that at the one before. */
const SCALING_TARGET = 1.5;

/** Progress goes to stderr, so stdout holds only the report. */
const progress = (/** @type {string} */ message) => process.stderr.write(`[bench] ${message}\n`);

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (/** @type {number | null} */ ms) => (ms === null || Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

/**
 * The middle value of some numbers (the mean of the two middle ones for an even count); null if none.
 * @param {(number | null | undefined)[]} values
 * @returns {number | null}
 */
function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Prints rows as an aligned table with a heading line.
 * @param {string} title
 * @param {string[]} header
 * @param {string[][]} rows
 */
function printTable(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

/** "ok" when a figure meets its target, "MISS" when not, "" when there is nothing to compare. */
const verdict = (/** @type {boolean | null} */ met) => (met === null ? '' : met ? 'ok' : 'MISS');

/** The machine's load averages over 1, 5 and 15 minutes, as `uptime` prints them. */
const load = () => loadavg().map((value) => value.toFixed(2)).join(', ');

/** "median (lowest–highest)" of some milliseconds. */
function spread(/** @type {(number | null)[]} */ values) {
  const known = values.filter((value) => typeof value === 'number');
  const middle = median(known);
  if (middle === null) return 'n/a';
  return `${Math.round(middle)} ms (${Math.round(Math.min(...known))}–${Math.round(Math.max(...known))})`;
}

/**
 * `--starter`: Lighthouse's first and largest contentful paints of our pages and of the Astro blog
 * starter's, built here from the vendored source, served by the same host and measured in turn.
 */
async function sideBySide() {
  const started = performance.now();
  console.log(`Side by side with the Astro blog starter, ${ROOT}, ${new Date().toISOString()}`);
  console.log(`Node ${process.version}; Lighthouse mobile (${THROTTLING}), ${RUNS} run(s) a page of ours, interleaved with the starter's`);
  const copy = copyProject(ROOT, 'site');
  const starter = copyStarter(ROOT);
  /** @type {(() => unknown)[]} */
  const cleanups = [() => removeCopy(copy), () => removeCopy(starter)];
  try {
    progress('building the site in a temporary copy…');
    await buildSite(copy, join(copy, 'dist'));
    progress('building the Astro blog starter in a temporary copy…');
    await buildSite(starter, join(starter, 'dist'));
    if (STARTER_OPENER) {
      const header = giveOpenerPolicy(join(copy, 'dist'), join(starter, 'dist'));
      console.log(`The starter is served with this site's ${header}.`);
    }
    const dist = join(copy, 'dist');
    const base = detectBase(dist);
    const ours = await startHost(dist, { base });
    cleanups.unshift(() => ours.close());
    const theirs = await startHost(join(starter, 'dist'), { base: '/' });
    cleanups.unshift(() => theirs.close());
    const chosen = option('pages', '');
    const ourPaths =
      chosen === ''
        ? browserPages(dist, base, isSiteKind)
            .filter((page) => !page.isNotFound)
            .map((page) => page.path)
        : chosen.split(',').map((path) => new URL(path.replace(/^\//, ''), `http://x${base}`).pathname);
    const order = interleave(
      ourPaths.map((path) => ({ site: 'ours', path, origin: ours.origin })),
      starterPages(join(starter, 'dist')).map((path) => ({ site: 'starter', path, origin: theirs.origin })),
      RUNS,
    );
    const loadBefore = load();
    /** @type {Map<string, Awaited<ReturnType<typeof runLighthouse>>[]>} */
    const results = new Map();
    const chromium = await launchDebuggableChromium();
    try {
      for (const [index, target] of order.entries()) {
        const key = `${target.site} ${target.path}`;
        progress(`Lighthouse ${index + 1}/${order.length}: ${key}…`);
        const run = await runLighthouse(new URL(target.path, target.origin).href, chromium.port, { applied: APPLIED });
        results.set(key, [...(results.get(key) ?? []), run]);
      }
    } finally {
      await chromium.close();
    }
    const loadAfter = load();
    printTable(
      `First and largest contentful paint, Lighthouse mobile (${THROTTLING}): median (lowest–highest)`,
      ['site', 'page', 'runs', 'FCP', 'LCP', 'LCP − FCP (median)', 'observed FCP / LCP', 'LCP element'],
      [...results].map(([key, runs]) => {
        const [site = '', path = ''] = key.split(' ');
        const gap = median(runs.map((run) => (run.lcpMs === null || run.fcpMs === null ? null : run.lcpMs - run.fcpMs)));
        const observedFcp = median(runs.map((run) => run.observedFcpMs));
        const observedLcp = median(runs.map((run) => run.observedLcpMs));
        return [
          site,
          path,
          String(runs.length),
          spread(runs.map((run) => run.fcpMs)),
          spread(runs.map((run) => run.lcpMs)),
          gap === null ? 'n/a' : `${Math.round(gap)} ms`,
          observedFcp === null || observedLcp === null ? 'n/a' : `${Math.round(observedFcp)} / ${Math.round(observedLcp)} ms`,
          [...new Set(runs.map((run) => run.lcpElement).filter(Boolean))].join(' | '),
        ];
      }),
    );
    const starterFcps = [...results].filter(([key]) => key.startsWith('starter ')).map(([, runs]) => median(runs.map((run) => run.fcpMs)));
    const slowestStarter = Math.max(...starterFcps.map((value) => value ?? Number.POSITIVE_INFINITY));
    const fastestStarter = Math.min(...starterFcps.map((value) => value ?? Number.POSITIVE_INFINITY));
    const ourMedians = [...results]
      .filter(([key]) => key.startsWith('ours '))
      .map(([key, runs]) => ({ path: key.slice('ours '.length), fcp: median(runs.map((run) => run.fcpMs)) ?? Number.POSITIVE_INFINITY }));
    const list = (/** @type {{ path: string }[]} */ pages) => (pages.length === 0 ? 'none' : pages.map((page) => page.path).join(', '));
    console.log(`\n  starter's FCP medians: ${Math.round(fastestStarter)}–${Math.round(slowestStarter)} ms`);
    console.log(`  ours above the starter's fastest: ${list(ourMedians.filter((page) => page.fcp > fastestStarter))}`);
    console.log(`  ours above the starter's slowest: ${list(ourMedians.filter((page) => page.fcp > slowestStarter))}`);
    const errors = [...results].flatMap(([key, runs]) => runs.filter((run) => run.error).map((run) => `${key}: ${run.error}`));
    if (errors.length > 0) console.log(`  Lighthouse errors: ${errors.join('; ')}`);
    console.log(`  load average (1, 5, 15 min): ${loadBefore} before the runs, ${loadAfter} after`);
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
  console.log(`\nBench took ${seconds(performance.now() - started)}.`);
}

/** Step 4: build times with generated sections, in three editions; prints a table and the per-page ratio. */
async function scaling() {
  if (SIZES.length === 0) return;
  /** @type {{ size: number; pages: number; ms: number }[]} */
  const results = [];
  for (const size of SIZES) {
    progress(`building with ${size} sections…`);
    const scaled = copyProject(ROOT, `s${size}`);
    try {
      const added = generateSections(scaled, size);
      // A third edition, as a new language would come: its locale entry, dictionary and content (the
      // Ukrainian edition's files, made pseudo), so the generated sections are behind in two editions.
      addPseudoEdition(scaled, 'en-XA');
      const build = await buildSite(scaled, join(scaled, 'dist'));
      const pages = countPages(join(scaled, 'dist'));
      results.push({ size, pages, ms: build.ms });
      progress(`${size} sections (${added} generated): ${pages} pages in ${seconds(build.ms)}`);
    } catch (error) {
      progress(`${size} sections: build failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      removeCopy(scaled);
    }
  }
  printTable(
    'Build time by number of sections (generated from the real ones; three editions; cold cache, in a copy)',
    ['sections', 'pages', 'build', 'per page'],
    results.map(({ size, pages, ms }) => [String(size), String(pages), seconds(ms), `${Math.round(ms / pages)} ms`]),
  );
  const last = results.at(-1);
  const before = results.at(-2);
  if (last && before) {
    const ratio = last.ms / last.pages / (before.ms / before.pages);
    console.log(
      `  per-page cost at ${last.size} sections is ${ratio.toFixed(2)}× that at ${before.size}; target ≤ ${SCALING_TARGET}×  ${verdict(ratio <= SCALING_TARGET)}`,
    );
  }
}

async function main() {
  if (STARTER) return sideBySide();
  if (SCALING_ONLY) return scaling();
  const started = performance.now();
  console.log(`Benchmark of ${ROOT} on ${new Date().toISOString()}`);
  console.log(`Node ${process.version}; ${QUICK ? 'quick run (no Lighthouse)' : `Lighthouse ${LIGHTHOUSE ? `${RUNS} run(s) per page, median` : 'off'}`}`);

  // 1. The full build, in a copy so the working tree is left alone.
  progress('building the site in a temporary copy…');
  const copy = copyProject(ROOT, 'site');
  const dist = join(copy, 'dist');
  const cleanups = [() => removeCopy(copy)];
  try {
    const build = await buildSite(copy, dist);
    const pageCount = countPages(dist);
    progress(`built ${pageCount} pages in ${seconds(build.ms)}`);

    // 2. Served as the host will serve it.
    const base = detectBase(dist);
    const server = await startHost(dist, { base });
    cleanups.unshift(() => void server.close());
    const pages = listPages(dist, base);

    // 3a. Weights from the files.
    const weights = new Map(pages.map((page) => [page.path, measurePage(dist, pathToBuiltFile(page.path.slice(base.length)), base)]));

    // 3b. The first view in Chromium.
    const browser = await launchBrowser();
    /** @type {Map<string, Awaited<ReturnType<typeof measureFirstView>>>} */
    const views = new Map();
    /** @type {Map<string, { page: number; after: number; afterUrls: string[] }>} */
    const visits = new Map();
    const bytesOf = (/** @type {string[]} */ urls) => [...new Set(urls)].reduce((sum, url) => sum + brotliBytesOfUrl(dist, base, url), 0);
    for (const page of pages) {
      progress(`first view of ${page.path}…`);
      views.set(page.path, await measureFirstView(browser, new URL(page.path, server.origin).href));
      progress(`one page and leave: ${page.path} (10 s)…`);
      const visit = await measureOnePageAndLeave(browser, new URL(page.path, server.origin).href);
      visits.set(page.path, { page: bytesOf(visit.page), after: bytesOf(visit.after), afterUrls: visit.after });
    }
    progress('reading every page in one profile…');
    const everything = await measureReadEverything(
      browser,
      pages.filter((page) => !page.isNotFound).map((page) => new URL(page.path, server.origin).href),
    );
    await browser.close();

    // 3c. Lighthouse, on the pages meant to be found (the 404 page is noindex by design).
    /** @type {Map<string, Awaited<ReturnType<typeof runLighthouse>>[]>} */
    const audits = new Map();
    if (LIGHTHOUSE) {
      const chromium = await launchDebuggableChromium();
      try {
        for (const page of pages.filter((candidate) => !candidate.isNotFound)) {
          const runs = [];
          for (let run = 1; run <= RUNS; run += 1) {
            progress(`Lighthouse ${run}/${RUNS} on ${page.path}…`);
            runs.push(await runLighthouse(new URL(page.path, server.origin).href, chromium.port));
          }
          audits.set(page.path, runs);
        }
      } finally {
        await chromium.close();
      }
    }

    console.log(`\nPer page (served from 127.0.0.1; first view in Chromium over emulated slow 4G; Lighthouse mobile, simulated)`);
    for (const page of pages) {
      const weight = weights.get(page.path);
      const view = views.get(page.path);
      if (!weight || !view) continue;
      const firstView = weight.firstRenderBytes;
      /** @type {string[][]} */
      const rows = [
        ['HTML + render-blocking CSS, brotli', kib(firstView), `≤ ${kib(FIRST_RENDER_BUDGET)}`, verdict(firstView <= FIRST_RENDER_BUDGET)],
        ['render-blocking CSS, brotli', kib(weight.cssBytes), `≤ ${kib(CSS_BUDGET)}`, verdict(weight.cssBytes <= CSS_BUDGET)],
        ['JavaScript, brotli', kib(weight.scriptBytes), `≤ ${kib(SCRIPT_BUDGET)}`, verdict(weight.scriptBytes <= SCRIPT_BUDGET)],
        ['render-blocking scripts', String(weight.blockingScripts.length), '0', verdict(weight.blockingScripts.length === 0)],
        ['font bytes downloaded', `${view.fontBytes} B`, '0', verdict(view.fontBytes === 0)],
        ['requests before first render', String(view.requestsBeforeFirstRender), '1', verdict(view.requestsBeforeFirstRender === 1)],
        ['render-blocking requests (Chromium)', String(view.renderBlockingRequests), '0', verdict(view.renderBlockingRequests === 0)],
        ['requests for the first view', String(view.requests), '', ''],
        ['service worker requests after load', String(view.workerRequests), '', ''],
      ];
      const visit = visits.get(page.path);
      if (visit) {
        rows.push(['one page and leave: the page, brotli', kib(visit.page), '', '']);
        rows.push([
          'one page and leave: everything else in 10 s (worker included)',
          kib(visit.after),
          `≤ ${kib(ONE_PAGE_EXTRA_BUDGET)}`,
          verdict(visit.after <= ONE_PAGE_EXTRA_BUDGET),
        ]);
      }
      const runs = audits.get(page.path);
      if (runs) {
        for (const id of CATEGORIES) {
          const score = median(runs.map((run) => run.scores[id]));
          rows.push([`Lighthouse ${id}`, score === null ? 'n/a' : String(score), '100', verdict(score === null ? false : score >= 100)]);
        }
        const fcp = median(runs.map((run) => run.fcpMs));
        const lcp = median(runs.map((run) => run.lcpMs));
        rows.push(['FCP, simulated mobile', seconds(fcp), '', '']);
        rows.push(['LCP, simulated mobile', seconds(lcp), '= FCP', verdict(fcp === null || lcp === null ? false : Math.round(lcp) <= Math.round(fcp))]);
        // Lantern simulates FCP and LCP from different request graphs, so they can differ even when
        // both paints happened in the same frame; the recorded trace says whether they did.
        const observedFcp = median(runs.map((run) => run.observedFcpMs));
        const observedLcp = median(runs.map((run) => run.observedLcpMs));
        rows.push([
          'LCP − FCP in the recorded trace',
          observedFcp === null || observedLcp === null ? 'n/a' : `${Math.round(observedLcp - observedFcp)} ms`,
          '0 ms',
          verdict(observedFcp === null || observedLcp === null ? false : Math.round(observedLcp) <= Math.round(observedFcp)),
        ]);
      }
      printTable(page.path + (page.isNotFound ? ' (not-found page)' : ''), ['figure', 'value', 'target', 'met'], rows);
      const misses = [...new Set((runs ?? []).flatMap((run) => [...run.misses, ...(run.error ? [`error: ${run.error}`] : [])]))];
      const lcpElements = [...new Set((runs ?? []).map((run) => run.lcpElement).filter(Boolean))];
      if (lcpElements.length > 0) console.log(`  LCP element: ${lcpElements.join(' | ')}`);
      if (misses.length > 0) console.log(`  Lighthouse points lost in some run: ${misses.join('; ')}`);
      if (weight.problems.length > 0) console.log(`  Problems: ${weight.problems.join('; ')}`);
    }

    console.log(
      `\nRead every page in one profile: ${kib(bytesOf(everything))} brotli over the network for ${pages.filter((page) => !page.isNotFound).length} pages (${new Set(everything).size} files, worker included)`,
    );
    console.log(`\nFull build: ${seconds(build.ms)} for ${pageCount} pages (social cards, _headers and the rest included; cold cache, in a copy)`);
    await server.close();
    cleanups.shift();
  } finally {
    for (const cleanup of cleanups) cleanup();
  }

  // 4. How the build scales with the number of sections.
  await scaling();
  console.log(`\nBench took ${seconds(performance.now() - started)}.`);
}

main().catch((error) => {
  console.error(`[bench] stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
