import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  buildHeaderCsp,
  collectInlineSources,
  extractMetaCsp,
  htmlFileToPath,
  renderHeaders,
  renderRedirects,
} from '../lib/static-headers';
import { normaliseBase } from '../lib/url';
import { listBuiltFiles } from './built-files';

function listHtmlFiles(root: string): string[] {
  return listBuiltFiles(root).filter((file) => file.endsWith('.html'));
}

/**
 * After the build, turns public/_headers and public/_redirects (copied into the
 * output as templates) into their final form: the header CSP allows exactly the
 * script and style hashes of every page's meta policy, and every path carries the base.
 */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        // Astro lets environment variables stand in for import.meta.env values in page code, so a
        // stray BASE_URL (Vitest sets one) or SITE would silently override BASE_PATH or SITE_URL
        // in every link while sitemap and _headers keep the configured values.
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
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersFile = join(root, '_headers');
        if (!existsSync(headersFile)) throw new Error('public/_headers is missing: it is the template for dist/_headers.');

        const htmlFiles = listHtmlFiles(root);
        const policies = htmlFiles.map((file) => {
          const policy = extractMetaCsp(readFileSync(join(root, file), 'utf8'));
          if (!policy) throw new Error(`${file} has no content-security-policy meta tag; is security.csp on?`);
          return policy;
        });
        const sources = collectInlineSources(policies);
        const headers = renderHeaders(readFileSync(headersFile, 'utf8'), {
          csp: buildHeaderCsp(sources),
          base,
          pagePaths: htmlFiles.map(htmlFileToPath),
        });
        writeFileSync(headersFile, headers);

        const redirectsFile = join(root, '_redirects');
        if (existsSync(redirectsFile)) {
          writeFileSync(redirectsFile, renderRedirects(readFileSync(redirectsFile, 'utf8'), base));
        }
        const hashes = (list: string[]) => list.filter((source) => source.startsWith("'sha")).length;
        logger.info(
          `_headers: CSP for ${htmlFiles.length} pages with ${hashes(sources.scriptSrc)} script and ${hashes(sources.styleSrc)} style hashes; base ${base}`,
        );
      },
    },
  };
}
