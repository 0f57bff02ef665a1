import { normaliseBase } from './url';

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
] as const;

/** Directives a meta policy cannot carry (browsers ignore them there), so only the header has them. */
export const HEADER_ONLY_CSP_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Placeholder in public/_headers replaced by the computed policy. */
export const CSP_PLACEHOLDER = '{{content-security-policy}}';

/** Placeholder path in public/_headers: its block is written once per built HTML page. */
export const PAGES_PLACEHOLDER = '{{pages}}';

/** Cloudflare Pages ignores _headers lines longer than this many characters. */
export const MAX_HEADERS_LINE = 2000;

/** Script and style sources of a page's policy that are written per page. */
const PER_PAGE_DIRECTIVES = ['script-src', 'style-src'] as const;

/** The script-src and style-src sources a set of pages needs, sorted and without duplicates. */
export interface InlineSources {
  /** Sources for script-src, such as 'self' and 'sha256-…'. */
  scriptSrc: string[];
  /** Sources for style-src. */
  styleSrc: string[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>' };

function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|#39|#x27|apos|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeAttribute(match[1] ?? match[2] ?? match[3] ?? '');
}

/** The content of a page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function extractMetaCsp(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (readAttribute(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      return readAttribute(tag, 'content');
    }
  }
  return undefined;
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

/** The header policy: the shared directives, the pages' script and style sources, then the header-only directives. */
export function buildHeaderCsp(sources: InlineSources): string {
  return [
    SHARED_CSP_DIRECTIVES[0],
    `script-src ${sources.scriptSrc.join(' ')}`,
    `style-src ${sources.styleSrc.join(' ')}`,
    ...SHARED_CSP_DIRECTIVES.slice(1),
    ...HEADER_ONLY_CSP_DIRECTIVES,
  ].join('; ');
}

/** Adds the base path to a site-root path ("/_astro/*" under "/news/x/" is "/news/x/_astro/*"); leaves full URLs alone. */
export function prefixPath(base: string, path: string): string {
  if (!path.startsWith('/')) return path;
  return `${normaliseBase(base)}${path.slice(1)}`;
}

/** The URL path of a built HTML file, relative to the base ("territory/index.html" is "/territory/"). */
export function htmlFileToPath(file: string): string {
  const clean = file.split('\\').join('/');
  if (clean === 'index.html') return '/';
  if (clean.endsWith('/index.html')) return `/${clean.slice(0, -'index.html'.length)}`;
  return `/${clean}`;
}

/** What renderHeaders fills in. */
export interface HeadersInput {
  /** The policy for the Content-Security-Policy line. */
  csp: string;
  /** Base path the site is served under. */
  base: string;
  /** URL paths of the built pages, relative to the base ("/", "/territory/", "/404.html"). */
  pagePaths: readonly string[];
}

/**
 * Writes the _headers file from its template: rule paths get the base, the
 * {{pages}} block is repeated for each page, and the CSP placeholder becomes
 * the policy. Throws when a placeholder is missing or a line is too long.
 */
export function renderHeaders(template: string, input: HeadersInput): string {
  const lines = template.replace(/\r\n/g, '\n').split('\n');
  const isHeaderLine = (line: string) => /^\s+\S/.test(line) && !line.trimStart().startsWith('#');
  if (!lines.some((line) => isHeaderLine(line) && line.includes(CSP_PLACEHOLDER))) {
    throw new Error(`public/_headers needs a header line with ${CSP_PLACEHOLDER} where the Content-Security-Policy goes.`);
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === PAGES_PLACEHOLDER) {
      const block: string[] = [];
      while (i + 1 < lines.length && isHeaderLine(lines[i + 1] ?? '')) block.push(lines[++i] ?? '');
      input.pagePaths.forEach((path, index) => {
        if (index > 0) out.push('');
        out.push(prefixPath(input.base, path), ...block);
      });
    } else if (/^\S/.test(line) && !line.startsWith('#')) {
      out.push(prefixPath(input.base, line.trim()));
    } else {
      out.push(isHeaderLine(line) ? line.replace(CSP_PLACEHOLDER, input.csp) : line);
    }
  }
  const tooLong = out.find((line) => line.length > MAX_HEADERS_LINE);
  if (tooLong) {
    throw new Error(`A _headers line has ${tooLong.length} characters; Cloudflare Pages ignores lines over ${MAX_HEADERS_LINE}: "${tooLong.slice(0, 80)}…"`);
  }
  return out.join('\n');
}

/** One rule of a _redirects file. */
export interface RedirectRule {
  /** Path requested. */
  from: string;
  /** Where it goes: a site path (may carry a #hash) or a full URL. */
  to: string;
  /** HTTP status, 301 unless written. */
  status: number;
}

/** The rules of a _redirects file (Netlify format), skipping comments and blank lines. */
export function parseRedirects(text: string): RedirectRule[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/);
      if (!from || !to) throw new Error(`_redirects line "${line}" needs a source and a target path.`);
      const code = status === undefined ? 301 : Number.parseInt(status, 10);
      if (!Number.isInteger(code)) throw new Error(`_redirects line "${line}" has status "${status}"; expected a number like 301.`);
      return { from, to, status: code };
    });
}

/** Adds the base path to every source and target path of a _redirects file, keeping comments and spacing. */
export function renderRedirects(template: string, base: string): string {
  return template
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      return line.replace(/^(\s*)(\S+)(\s+)(\S+)/, (_all, lead: string, from: string, gap: string, to: string) =>
        `${lead}${prefixPath(base, from)}${gap}${prefixPath(base, to)}`,
      );
    })
    .join('\n');
}
