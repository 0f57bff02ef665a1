import { readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFileToPath } from '../lib/url';
import { DEFAULT_GROUPING } from '../lib/page-css';
import { listBuiltFiles } from './built-files';
import { pruneInlineCss } from './host-files/css';
import { countHashes, narrowPolicies } from './host-files/csp';
import { writeHeadersFile } from './host-files/headers';
import type { BuiltPage } from './host-files/pages';
import { writeRedirectsFile } from './host-files/redirects';

/**
 * After the build, in this order: narrows each page's inline stylesheet to the rules its kind of
 * page can use (host-files/css.ts), narrows its meta policy to the inline code it carries
 * (host-files/csp.ts), writes dist/_headers with the union of those policies (host-files/headers.ts)
 * and dist/_redirects from the public/_redirects template (host-files/redirects.ts), every path
 * under the base.
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Astro writes only the root 404 page as 404.html; a translated edition's comes out as
        // <edition>/404/index.html, and hosts serve <edition>/404.html for a missing path below it.
        for (const file of listBuiltFiles(root).filter((name) => /^[^/]+\/404\/index\.html$/.test(name))) {
          renameSync(join(root, file), join(root, dirname(dirname(file)), '404.html'));
          rmdirSync(join(root, dirname(file)));
        }
        const builtFiles = listBuiltFiles(root);
        // Scripts may add classes to a page, so their text counts as every page's content too.
        const scripts = builtFiles.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
        const read: BuiltPage[] = builtFiles
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ file, path: builtFileToPath(file), html: readFileSync(join(root, file), 'utf8') }));

        const css = pruneInlineCss(read, scripts);
        const policies = narrowPolicies(css.pages);
        for (const page of policies.pages) writeFileSync(join(root, page.file), page.html);
        const headers = writeHeadersFile(root, base, policies);
        writeRedirectsFile(root, base);

        const { report } = css;
        logger.info(`inline CSS: ${report.before} → ${report.after} characters over ${read.length} pages, ${report.stylesheets} stylesheets (at most ${DEFAULT_GROUPING.maxPerGroup} per kind of page)`);
        if (report.unregistered.length > 0) logger.warn(`no page kind in src/page-kinds.ts claims ${report.unregistered.join(', ')}; they share one stylesheet`);
        logger.info(
          `_headers: ${headers.rules} rules, ${headers.bytes} bytes; CSP for ${read.length} pages with ${countHashes(policies.sources.scriptSrc)} script and ${countHashes(policies.sources.styleSrc)} style hashes; base ${base}`,
        );
      },
    },
  };
}
