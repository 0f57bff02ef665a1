import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { computeCacheVersion, fileToUrl, renderServiceWorker, selectPrecacheFiles } from '../lib/service-worker';
import { normaliseBase } from '../lib/url';
import { listBuiltFiles } from './built-files';

/** Writes dist/sw.js after the build: the worker that keeps every page and asset for offline reading. */
export function offlineCache(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = selectPrecacheFiles(listBuiltFiles(root));
        const precache = files.map((file) => fileToUrl(file, base));
        const contents = await Promise.all(files.map(async (file) => ({ file, data: await readFile(join(root, file)) })));
        const template = await readFile(new URL('../scripts/service-worker.js', import.meta.url), 'utf8');
        const version = computeCacheVersion(contents);
        await writeFile(join(root, 'sw.js'), renderServiceWorker(template, version, base, precache));
        logger.info(`sw.js: ${precache.length} URLs for offline reading, version ${version}`);
      },
    },
  };
}
