import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeaderCsp, collectInlineSources, extractMetaCsp, pruneMetaCsp } from '../lib/csp';
import { buildHeadersRules, renderHeadersFile } from '../lib/headers-file';
import { renderRedirects } from '../lib/redirects-file';
import { builtFileToPath } from '../lib/url';
import { listBuiltFiles } from './built-files';

/**
 * After the build, narrows each page's meta policy to the inline code it carries, then
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
        const builtFiles = listBuiltFiles(root);
        const htmlFiles = builtFiles.filter((file) => file.endsWith('.html'));
        // The host reads these two; they are not served, so they need no headers of their own.
        const otherFiles = builtFiles.filter((file) => !file.endsWith('.html') && file !== '_headers' && file !== '_redirects');
        const policies = htmlFiles.map((file) => {
          // Each page's meta policy keeps only the hashes of the inline code it carries.
          const html = pruneMetaCsp(readFileSync(join(root, file), 'utf8'));
          writeFileSync(join(root, file), html);
          const policy = extractMetaCsp(html);
          if (!policy) throw new Error(`${file} has no content-security-policy meta tag; is security.csp on?`);
          return policy;
        });
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
        logger.info(
          `_headers: ${rules.length} rules; CSP for ${htmlFiles.length} pages with ${hashes(sources.scriptSrc)} script and ${hashes(sources.styleSrc)} style hashes; base ${base}`,
        );
      },
    },
  };
}
