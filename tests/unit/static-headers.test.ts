import { describe, expect, it } from 'vitest';
import {
  CSP_PLACEHOLDER,
  HEADER_ONLY_CSP_DIRECTIVES,
  MAX_HEADERS_LINE,
  PAGES_PLACEHOLDER,
  SHARED_CSP_DIRECTIVES,
  buildHeaderCsp,
  collectInlineSources,
  extractMetaCsp,
  htmlFileToPath,
  isHashSource,
  parseCsp,
  parseRedirects,
  prefixPath,
  renderHeaders,
  renderRedirects,
} from '../../src/lib/static-headers';

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
});

describe('prefixPath', () => {
  it('puts the base in front of site-root paths and leaves full URLs alone', () => {
    expect(prefixPath('/news/explainer/', '/_astro/*')).toBe('/news/explainer/_astro/*');
    expect(prefixPath('news/explainer', '/')).toBe('/news/explainer/');
    expect(prefixPath('/', '/read/')).toBe('/read/');
    expect(prefixPath('/news/', 'https://example.org/x')).toBe('https://example.org/x');
  });
});

describe('htmlFileToPath', () => {
  it('maps built files to the URL paths they are served at', () => {
    expect(htmlFileToPath('index.html')).toBe('/');
    expect(htmlFileToPath('territory/index.html')).toBe('/territory/');
    expect(htmlFileToPath('404.html')).toBe('/404.html');
  });
});

describe('renderHeaders', () => {
  const template = [
    '# Comment mentioning /_astro/* stays as it is.',
    '/_astro/*',
    '  Cache-Control: immutable',
    '',
    PAGES_PLACEHOLDER,
    '  Cache-Control: max-age=0',
    '',
    '/*',
    `  Content-Security-Policy: ${CSP_PLACEHOLDER}`,
    '  X-Content-Type-Options: nosniff',
  ].join('\n');

  it('writes the policy, one rule per page and the paths under the base', () => {
    const out = renderHeaders(template, { csp: "default-src 'self'", base: '/news/', pagePaths: ['/', '/read/'] });
    expect(out.split('\n')).toEqual([
      '# Comment mentioning /_astro/* stays as it is.',
      '/news/_astro/*',
      '  Cache-Control: immutable',
      '',
      '/news/',
      '  Cache-Control: max-age=0',
      '',
      '/news/read/',
      '  Cache-Control: max-age=0',
      '',
      '/news/*',
      "  Content-Security-Policy: default-src 'self'",
      '  X-Content-Type-Options: nosniff',
    ]);
  });

  it('throws when no header line holds the policy placeholder', () => {
    expect(() => renderHeaders(`# ${CSP_PLACEHOLDER}\n/*\n  X-A: b`, { csp: 'x', base: '/', pagePaths: [] })).toThrow(
      /needs a header line/,
    );
  });

  it('throws when the policy makes a line longer than Cloudflare Pages reads', () => {
    expect(() =>
      renderHeaders(template, { csp: 'x'.repeat(MAX_HEADERS_LINE), base: '/', pagePaths: ['/'] }),
    ).toThrow(/Cloudflare Pages ignores/);
  });
});

describe('parseRedirects', () => {
  it('reads source, target and status, skipping comments and blank lines', () => {
    const rules = parseRedirects('# old slug\n\n/a/  /b/  302\n/feed/ /rss.xml\n');
    expect(rules).toEqual([
      { from: '/a/', to: '/b/', status: 302 },
      { from: '/feed/', to: '/rss.xml', status: 301 },
    ]);
  });

  it('throws for a line without a target', () => {
    expect(() => parseRedirects('/lonely/')).toThrow(/needs a source and a target/);
  });
});

describe('renderRedirects', () => {
  it('puts the base in front of source and target and keeps comments and status', () => {
    const out = renderRedirects('# keep /me/\n/feed/  /rss.xml  301\n/ext/ https://example.org/ 302', '/news/x/');
    expect(out).toBe('# keep /me/\n/news/x/feed/  /news/x/rss.xml  301\n/news/x/ext/ https://example.org/ 302');
  });

  it('changes nothing at the root', () => {
    const text = '/feed/  /rss.xml  301';
    expect(renderRedirects(text, '/')).toBe(text);
  });
});
