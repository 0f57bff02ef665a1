import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const [dir, port] = process.argv.slice(2);
const server = spawn('python3', ['-m', 'http.server', port, '--bind', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of ['/', '/guarantees/', '/uk/territory/']) for (const width of [320, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { fcp: Math.round(fcp), resources: performance.getEntriesByType('resource').map((e) => `${e.name.replace(location.origin, '')} @${Math.round(e.startTime)}`) };
  });
  console.log(path, width, 'FCP', r.fcp, r.resources.join(' | '));
  await page.close();
}
await browser.close(); server.kill();
