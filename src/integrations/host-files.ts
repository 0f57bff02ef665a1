import { existsSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeaderCsp, collectInlineSources, extractMetaCsp, hashSource, pruneMetaCsp } from '../lib/csp';
import { pageTokens, pruneCssForPage } from '../lib/page-css';
import { buildHeadersRules, renderHeadersFile } from '../lib/headers-file';
import { renderRedirects } from '../lib/redirects-file';
import { builtFileToPath } from '../lib/url';
import { listBuiltFiles } from './built-files';

/**
 * After the build, narrows each page's inline stylesheet to the rules its markup can use and
 * its meta policy to the inline code it carries (the new stylesheet's hash replacing the old), then
 * writes the files static hosts read: dist/_headers, whose CSP allows exactly the
 * script and style hashes of every page's meta policy (and lets other sites frame
 * the embeddable views alone), and
 * dist/_redirects from the public/_redirects template; every path carries the base.
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
        const htmlFiles = builtFiles.filter((file) => file.endsWith('.html'));
        // The host reads these two; they are not served, so they need no headers of their own.
        const otherFiles = builtFiles.filter((file) => !file.endsWith('.html') && file !== '_headers' && file !== '_redirects');
        // Scripts may add classes to a page, so their text counts as the page's content too.
        const scripts = otherFiles.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
        let cssBefore = 0;
        let cssAfter = 0;
        const policies: string[] = [];
        for (const file of htmlFiles) {
          let html = readFileSync(join(root, file), 'utf8');
          for (const [, css = ''] of [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]) {
            // The page's words, not its stylesheet's: the CSS names every class it styles.
            const pruned = pruneCssForPage(css, pageTokens(html.replace(/<style>[\s\S]*?<\/style>/g, ''), scripts));
            cssBefore += css.length;
            cssAfter += pruned.length;
            html = html.replace(`<style>${css}</style>`, () => `<style>${pruned}</style>`).replace(hashSource(css), hashSource(pruned));
          }
          // Each page's meta policy keeps only the hashes of the inline code it carries.
          html = pruneMetaCsp(html);
          writeFileSync(join(root, file), html);
          const policy = extractMetaCsp(html);
          if (!policy) throw new Error(`${file} has no content-security-policy meta tag; is security.csp on?`);
          policies.push(policy);
        }
        const sources = collectInlineSources(policies);
        const rules = buildHeadersRules({
          csp: buildHeaderCsp(sources),
          embedCsp: buildHeaderCsp(sources, 'any'),
          pagePaths: htmlFiles.map((file) => `/${builtFileToPath(file)}`),
          filePaths: otherFiles.map((file) => `/${file}`),
        });
        writeFileSync(join(root, '_headers'), renderHeadersFile(rules, base));

        const redirectsFile = join(root, '_redirects');
        if (existsSync(redirectsFile)) writeFileSync(redirectsFile, renderRedirects(readFileSync(redirectsFile, 'utf8'), base));
        const hashes = (list: string[]) => list.filter((source) => source.startsWith("'sha")).length;
        logger.info(`inline CSS: ${cssBefore} → ${cssAfter} characters over ${htmlFiles.length} pages, each keeping the rules it can use`);
        logger.info(
          `_headers: ${rules.length} rules; CSP for ${htmlFiles.length} pages with ${hashes(sources.scriptSrc)} script and ${hashes(sources.styleSrc)} style hashes; base ${base}`,
        );
      },
    },
  };
}
