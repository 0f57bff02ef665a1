import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/url';

/**
 * Stops the build when a stray BASE_URL or SITE is in the environment. Astro lets
 * them stand in for import.meta.env values in page code, so one (Vitest sets
 * BASE_URL) would silently override BASE_PATH or SITE_URL in every link while the
 * sitemap and _headers keep the configured values.
 */
export function envGuard(): AstroIntegration {
  return {
    name: 'env-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        const strayBase = process.env['BASE_URL'];
        if (strayBase !== undefined && normaliseBase(strayBase) !== config.base) {
          throw new Error(
            `BASE_URL="${strayBase}" is set in the environment and would override BASE_PATH (${config.base}) in page links; unset it and use BASE_PATH.`,
          );
        }
        const straySite = process.env['SITE'];
        const trim = (url: string) => url.replace(/\/+$/, '');
        if (straySite !== undefined && trim(straySite) !== trim(config.site ?? '')) {
          throw new Error(
            `SITE="${straySite}" is set in the environment and would override SITE_URL (${config.site}) in page URLs; unset it and use SITE_URL.`,
          );
        }
      },
    },
  };
}
