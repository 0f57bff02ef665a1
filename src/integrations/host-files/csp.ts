import { buildHeaderCsp, collectInlineSources, extractMetaCsp, inlineHashesOf, isHashSource, parseCsp, pruneMetaCsp, type InlineSources } from '../../lib/csp';
import type { BuiltPage } from './pages';

/**
 * Narrows each page's meta policy to the inline code it carries, and unions the pages' policies
 * into the two header policies: the strict one, and the embeddable views' (framable by any site).
 */
export function narrowPolicies(pages: readonly BuiltPage[]): { pages: BuiltPage[]; sources: InlineSources; csp: string; embedCsp: string } {
  const narrowed = pages.map((page) => ({ ...page, html: pruneMetaCsp(page.html) }));
  const policies = narrowed.map((page) => {
    const policy = extractMetaCsp(page.html);
    if (!policy) throw new Error(`${page.file} has no content-security-policy meta tag; is security.csp on?`);
    // Inline code the page's policy does not allow would be blocked in every browser: say so now.
    const allowed = parseCsp(policy);
    const present = inlineHashesOf(page.html);
    const missing = [
      ...[...present.scripts].filter((hash) => !allowed.get('script-src')?.includes(hash)).map((hash) => `script ${hash}`),
      ...[...present.styles].filter((hash) => !allowed.get('style-src')?.includes(hash)).map((hash) => `style ${hash}`),
    ];
    if (missing.length > 0) throw new Error(`${page.file} carries inline code its policy does not allow (${missing.join(', ')}); add it where Astro hashes it (security.csp).`);
    return policy;
  });
  const sources = collectInlineSources(policies);
  return { pages: narrowed, sources, csp: buildHeaderCsp(sources), embedCsp: buildHeaderCsp(sources, 'any') };
}

/** How many hashes a list of sources holds. */
export function countHashes(sources: readonly string[]): number {
  return sources.filter(isHashSource).length;
}
