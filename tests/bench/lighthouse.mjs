// Lighthouse (mobile, simulated throttling: its defaults; or the same throttling applied to the
// browser, for the side-by-side's --applied) driving the same Chromium the tests use, started with a
// remote-debugging port.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, CHROME_PATH, ChromiumMissingError } from '../support/browser.ts';

/** The categories the bench reports, by Lighthouse id. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Starts Chromium with a remote-debugging port for Lighthouse to drive.
 * @returns {Promise<{ port: number; close: () => Promise<void> }>}
 */
export async function launchDebuggableChromium() {
  if (!existsSync(CHROME_PATH)) throw new ChromiumMissingError(CHROME_PATH);
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(CHROME_PATH, [...CHROME_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-first-run', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools address in 20 s:\n${said}`)), 20_000);
    child.stderr.on('data', (chunk) => {
      said += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${said}`)));
  });
  return {
    port: /** @type {number} */ (port),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      // Chromium's helper processes outlive the main one by a moment and may still write to the profile.
      await new Promise((done) => setTimeout(done, 500));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * @typedef {object} LighthouseRun
 * @property {Record<string, number | null>} scores category id to score 0–100 (null when Lighthouse could not score it)
 * @property {number | null} fcpMs mobile first-contentful-paint: simulated, or measured when throttling is applied
 * @property {number | null} lcpMs mobile largest-contentful-paint, the same way
 * @property {number | null} observedFcpMs first-contentful-paint in the unthrottled trace Lighthouse recorded
 * @property {number | null} observedLcpMs largest-contentful-paint in that trace
 * @property {string | undefined} lcpElement selector of the largest contentful paint's element
 * @property {string[]} misses weighted audits that cost points: "category: audit title (value)"
 * @property {string | undefined} error Lighthouse's runtime error, if any
 */

/**
 * One Lighthouse run over a URL, with its default mobile settings.
 * @param {string} url
 * @param {number} port Chromium's remote-debugging port
 * @param {{ applied?: boolean }} [options] applied: throttle the browser itself (Lighthouse's
 *   "devtools" method: the same mobile network and 4× CPU slowdown, timed as they happen) instead of
 *   simulating the throttled load from an unthrottled one
 * @returns {Promise<LighthouseRun>}
 */
export async function runLighthouse(url, port, { applied = false } = {}) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    ...(applied ? { throttlingMethod: 'devtools' } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {string[]} */
  const misses = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = category?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) {
        misses.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  const metric = (/** @type {string} */ id) => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' ? value : null;
  };
  const observed = /** @type {{ items?: Record<string, number>[] } | undefined} */ (lhr.audits['metrics']?.details)?.items?.[0];
  const breakdown = /** @type {{ items?: { type?: string; selector?: string }[] } | undefined} */ (lhr.audits['lcp-breakdown-insight']?.details);
  return {
    scores,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    observedFcpMs: observed?.['observedFirstContentfulPaint'] ?? null,
    observedLcpMs: observed?.['observedLargestContentfulPaint'] ?? null,
    lcpElement: breakdown?.items?.find((item) => item.type === 'node')?.selector,
    misses,
    error: lhr.runtimeError?.message,
  };
}
