import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { LOCALES, localeSegment } from '../i18n/locales';
import { FILE_ROUTES } from '../routes';
import { computeCacheVersion, isCacheable, planWorker, renderServiceWorker } from '../lib/service-worker';
import { normaliseBase } from '../lib/url';
import { listBuiltFiles } from './built-files';

/** Writes dist/sw.js after the build: the worker that keeps the story for offline reading (see docs/offline.md). */
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
        const files = listBuiltFiles(root);
        const contents = await Promise.all(
          files.filter(isCacheable).map(async (file) => ({ file, data: await readFile(join(root, file)) })),
        );
        const plan = planWorker(files, base, computeCacheVersion(contents), LOCALES.map(localeSegment));
        const template = await readFile(new URL('../scripts/service-worker.js', import.meta.url), 'utf8');
        await writeFile(join(root, FILE_ROUTES.worker), renderServiceWorker(template, plan));
        const editions = Object.entries(plan.editions).map(
          ([edition, kept]) => `${edition || 'original'}: ${kept.essentials.length} URLs at once, ${kept.everything.length} more on request`,
        );
        logger.info(`${FILE_ROUTES.worker}: keeps, by edition, ${editions.join('; ')}; version ${plan.version}`);
      },
    },
  };
}
