import { createHash } from 'node:crypto';
import { applyEdits, contentAttribute, readInlines, type InlineElement } from './html-inline';
import { TRUSTED_TYPES_POLICY } from './trusted-types';

export { TRUSTED_TYPES_POLICY };

/**
 * CSP directives besides script-src and style-src, shared by each page's meta
 * policy (astro.config.mjs `security.csp.directives`) and the header policy, so
 * hosts that ignore _headers still get them.
 */
export const SHARED_CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // No DOM sink takes a string: scripts build nodes, and the worker's URL goes through the one named policy.
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICY}`,
] as const;

/** Directives a meta policy cannot carry (browsers ignore them there), so only the header has them: no other site may frame a page. */
export const HEADER_ONLY_CSP_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The header-only directives of the embeddable views instead: any site may frame them. */
export const EMBED_HEADER_ONLY_CSP_DIRECTIVES = ['frame-ancestors *'] as const;

/** Who may frame the responses a header policy is for: no one, or any site (the embeddable views). */
export type Framing = 'none' | 'any';

/** Script and style sources of a page's policy that are written per page. */
const PER_PAGE_DIRECTIVES = ['script-src', 'style-src'] as const;

/** The script-src and style-src sources a set of pages needs, sorted and without duplicates. */
export interface InlineSources {
  /** Sources for script-src, such as 'self' and 'sha256-…'. */
  scriptSrc: string[];
  /** Sources for style-src. */
  styleSrc: string[];
}

/** The content of a page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function extractMetaCsp(html: string): string | undefined {
  return readInlines(html).metaPolicy?.policy;
}

/** Splits a policy into its directives: name (lower case) to sources, in the order written. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Unions the script-src and style-src sources of every page's meta policy; throws for a policy without them. */
export function collectInlineSources(policies: readonly string[]): InlineSources {
  const sets = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  policies.forEach((policy, index) => {
    const directives = parseCsp(policy);
    for (const name of PER_PAGE_DIRECTIVES) {
      const sources = directives.get(name);
      if (!sources) throw new Error(`Page policy ${index + 1} has no ${name}; got "${policy}".`);
      sources.forEach((source) => sets[name].add(source));
    }
  });
  // Keywords such as 'self' first, then hashes, each sorted, so the output is the same on every build.
  const order = (sources: Set<string>) =>
    [...sources].sort((a, b) => Number(isHashSource(a)) - Number(isHashSource(b)) || a.localeCompare(b));
  return { scriptSrc: order(sets['script-src']), styleSrc: order(sets['style-src']) };
}

/** True for a hash source such as 'sha256-…'. */
export function isHashSource(source: string): boolean {
  return /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(source);
}

/**
 * The header policy: the shared directives, the pages' script and style sources, then the
 * header-only directives; `framing` "any" lets any site frame the response (default "none").
 */
export function buildHeaderCsp(sources: InlineSources, framing: Framing = 'none'): string {
  return [
    SHARED_CSP_DIRECTIVES[0],
    `script-src ${sources.scriptSrc.join(' ')}`,
    `style-src ${sources.styleSrc.join(' ')}`,
    ...SHARED_CSP_DIRECTIVES.slice(1),
    ...(framing === 'any' ? EMBED_HEADER_ONLY_CSP_DIRECTIVES : HEADER_ONLY_CSP_DIRECTIVES),
  ].join('; ');
}

/** The CSP hash source of an inline script's or style's text, as browsers compute it. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs; JSON-LD and other data blocks need no hash. */
const RUNNABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript)$/i;

/** The hash sources of the inline code a page carries: runnable scripts without src, and style elements. */
export function inlineHashesOf(html: string): { scripts: Set<string>; styles: Set<string> } {
  return hashesOfElements(readInlines(html).elements);
}

function hashesOfElements(elements: readonly InlineElement[]): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const element of elements) {
    if (element.tag === 'style') styles.add(hashSource(element.text));
    else if (element.attributes['src'] === undefined && RUNNABLE_SCRIPT.test((element.attributes['type'] ?? '').trim())) scripts.add(hashSource(element.text));
  }
  return { scripts, styles };
}

/**
 * A policy whose script-src and style-src keep, of their hashes, only those in `present`;
 * sources that are not hashes ('self') stay; a hash is never added, only kept or dropped.
 */
export function narrowPolicy(policy: string, present: { scripts: ReadonlySet<string>; styles: ReadonlySet<string> }): string {
  const keep: Record<string, ReadonlySet<string>> = { 'script-src': present.scripts, 'style-src': present.styles };
  return policy
    .split(';')
    .map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      const used = keep[name.toLowerCase()];
      if (!used) return part;
      return [name, ...sources.filter((source) => !isHashSource(source) || used.has(source))].join(' ');
    })
    .join(';');
}

/**
 * Narrows a page's meta policy to the hashes of the inline code that page carries. Astro's
 * policy lists every script hash of the site on every page; the ones a page does not use are
 * bytes in its first round trip and allowances it does not need.
 */
export function pruneMetaCsp(html: string): string {
  const { elements, metaPolicy } = readInlines(html);
  if (metaPolicy === undefined) return html;
  const narrowed = narrowPolicy(metaPolicy.policy, hashesOfElements(elements));
  return applyEdits(html, [{ start: metaPolicy.start, end: metaPolicy.end, text: contentAttribute(narrowed) }]);
}
