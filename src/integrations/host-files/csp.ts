import { buildHeaderCsp, collectInlineSources, extractMetaCsp, isHashSource, pruneMetaCsp, type InlineSources } from '../../lib/csp';
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
    return policy;
  });
  const sources = collectInlineSources(policies);
  return { pages: narrowed, sources, csp: buildHeaderCsp(sources), embedCsp: buildHeaderCsp(sources, 'any') };
}

/** How many hashes a list of sources holds. */
export function countHashes(sources: readonly string[]): number {
  return sources.filter(isHashSource).length;
}
