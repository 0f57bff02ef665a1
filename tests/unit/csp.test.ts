import { describe, expect, it } from 'vitest';
import {
  HEADER_ONLY_CSP_DIRECTIVES,
  SHARED_CSP_DIRECTIVES,
  TRUSTED_TYPES_POLICY,
  buildHeaderCsp,
  collectInlineSources,
  extractMetaCsp,
  hashSource,
  inlineHashesOf,
  pruneMetaCsp,
  isHashSource,
  parseCsp,
} from '../../src/lib/csp';

const HASH_A = "'sha256-AAAA+/aaaa='";
const HASH_B = "'sha256-BBBB='";
const HASH_C = "'sha256-CCCC='";

describe('extractMetaCsp', () => {
  it('reads the policy from the meta tag whatever the attribute order and quoting', () => {
    expect(extractMetaCsp(`<head><meta http-equiv="content-security-policy" content="script-src 'self'"></head>`)).toBe(
      "script-src 'self'",
    );
    expect(extractMetaCsp(`<meta content='style-src &#39;self&#39;' HTTP-EQUIV='Content-Security-Policy'>`)).toBe(
      "style-src 'self'",
    );
  });

  it('ignores other meta tags and returns undefined when there is no policy', () => {
    expect(extractMetaCsp('<meta name="description" content="script-src x"><meta charset="utf-8">')).toBeUndefined();
  });
});

describe('parseCsp', () => {
  it('maps each directive to its sources, names in lower case, first one winning', () => {
    const policy = parseCsp(`Default-Src 'self';  script-src 'self' ${HASH_A} ; script-src 'none';;`);
    expect([...policy.entries()]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", HASH_A]],
    ]);
  });
});

describe('isHashSource', () => {
  it('tells hash sources from keywords and hosts', () => {
    expect(isHashSource(HASH_A)).toBe(true);
    expect(isHashSource("'sha512-abc_-='")).toBe(true);
    expect(isHashSource("'self'")).toBe(false);
    expect(isHashSource('sha256-AAAA=')).toBe(false);
  });
});

describe('collectInlineSources', () => {
  it('unions the script and style sources of every page, keywords first, each sorted', () => {
    const sources = collectInlineSources([
      `default-src 'self'; script-src 'self' ${HASH_B}; style-src 'self' ${HASH_C}`,
      `script-src 'self' ${HASH_A} ${HASH_B}; style-src 'self' ${HASH_C}`,
    ]);
    expect(sources).toEqual({ scriptSrc: ["'self'", HASH_A, HASH_B], styleSrc: ["'self'", HASH_C] });
  });

  it('gives the same result whatever the order of the pages', () => {
    const a = `script-src 'self' ${HASH_B}; style-src 'self'`;
    const b = `script-src 'self' ${HASH_A}; style-src 'self' ${HASH_C}`;
    expect(collectInlineSources([a, b])).toEqual(collectInlineSources([b, a]));
  });

  it('throws for a page policy without script-src or style-src', () => {
    expect(() => collectInlineSources([`script-src 'self'`])).toThrow(/policy 1 has no style-src/);
  });
});

describe('buildHeaderCsp', () => {
  const csp = buildHeaderCsp({ scriptSrc: ["'self'", HASH_A], styleSrc: ["'self'", HASH_C] });
  const directives = parseCsp(csp);

  it('starts from default-src self and carries the pages’ hashes', () => {
    expect(csp.startsWith("default-src 'self'; ")).toBe(true);
    expect(directives.get('script-src')).toEqual(["'self'", HASH_A]);
    expect(directives.get('style-src')).toEqual(["'self'", HASH_C]);
  });

  it('adds every shared directive and forbids framing, which a meta policy cannot', () => {
    for (const directive of [...SHARED_CSP_DIRECTIVES, ...HEADER_ONLY_CSP_DIRECTIVES]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('never allows unsafe-inline or unsafe-eval', () => {
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('lets any site frame an embeddable view, and changes nothing else', () => {
    const sources = { scriptSrc: ["'self'", HASH_A], styleSrc: ["'self'", HASH_C] };
    const embed = parseCsp(buildHeaderCsp(sources, 'any'));
    expect(embed.get('frame-ancestors')).toEqual(['*']);
    const withoutFraming = (policy: Map<string, string[]>) => [...policy].filter(([name]) => name !== 'frame-ancestors');
    expect(withoutFraming(embed)).toEqual(withoutFraming(directives));
    expect(buildHeaderCsp(sources, 'none')).toBe(csp);
  });
});

describe('Trusted Types', () => {
  const csp = parseCsp(buildHeaderCsp({ scriptSrc: ["'self'"], styleSrc: ["'self'"] }));

  it('requires Trusted Types for every script sink and allows only the site’s one policy', () => {
    expect(SHARED_CSP_DIRECTIVES).toContain("require-trusted-types-for 'script'");
    expect(SHARED_CSP_DIRECTIVES).toContain(`trusted-types ${TRUSTED_TYPES_POLICY}`);
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(csp.get('trusted-types')).toEqual(['explainer']);
  });

  it('keeps frame-ancestors out of the shared directives, since a meta policy ignores it', () => {
    expect(SHARED_CSP_DIRECTIVES.some((directive) => directive.startsWith('frame-ancestors'))).toBe(false);
    expect(HEADER_ONLY_CSP_DIRECTIVES).toContain("frame-ancestors 'none'");
  });
});

describe('reading a page with an HTML parser', () => {
  const PAGE =
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' ${HASH_A} ${HASH_B};style-src 'self' ${HASH_C}">` +
    `<style>p{color:red}</style><script type="application/ld+json">{"a":1}</script><script>go()</script><script src="/x.js"></script></head>` +
    `<body><p>a &lt;style&gt; in text is no element</p><!-- <style>nor in a comment</style> --><template><style>q{}</style></template><textarea><style>no</style></textarea></body></html>`;

  it('hashes runnable inline scripts and style elements, not data blocks, external scripts, escaped text or comments', () => {
    const { scripts, styles } = inlineHashesOf(PAGE);
    expect([...scripts]).toEqual([hashSource('go()')]);
    expect([...styles].sort()).toEqual([hashSource('p{color:red}'), hashSource('q{}')].sort());
  });

  it('narrows the meta policy to those hashes, leaving every other byte of the page as it was', () => {
    const page = PAGE.replace(HASH_A, hashSource('go()'));
    const pruned = pruneMetaCsp(page);
    expect(extractMetaCsp(pruned)).toBe(`script-src 'self' ${hashSource('go()')};style-src 'self'`);
    expect(pruned.replace(/content="[^"]*"/, '')).toBe(page.replace(/content="[^"]*"/, ''));
  });
});
