// dist/_headers and dist/_redirects as Netlify reads them: parsed and matched by Netlify's own
// packages (@netlify/headers-parser, @netlify/redirect-parser), not by this project's code, then
// compared with the build: its files, its pages and the public/_redirects template.
// (tests/e2e/host.test.ts serves the same files with Cloudflare's runtime.)
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRUSTED_TYPES_POLICY, parseCsp } from '../../src/lib/csp';
import { EVERY_RESPONSE_HEADERS } from '../../src/lib/headers-file';
import { EMBED_ROUTES } from '../../src/routes';
import { ROOT, isEmbedFile, listFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { detectBase } from '../support/host';
import { fileForPath } from '../support/variant-build';

const dist = requireDist();
const BASE = detectBase(dist);
const FILES = listFiles(dist).filter((file) => file !== '_headers' && file !== '_redirects');
/** Every HTML file's URL path but the embeddable views', the not-found page included (it has a rule like any page). */
const PAGE_PATHS = FILES.filter((file) => file.endsWith('.html') && !isEmbedFile(file)).map((file) => `${BASE}${pathOfHtmlFile(file).slice(1)}`);
/** The files of the embeddable views: pages, oEmbed files, the resizer. */
const EMBED_FILES = FILES.filter(isEmbedFile);
/** The URL path of any built file: pages at their folder URL, other files as they are. */
const urlPathOf = (file: string): string => (file.endsWith('.html') ? `${BASE}${pathOfHtmlFile(file).slice(1)}` : `${BASE}${file}`);

const PAGE_CACHE = 'public, max-age=0, must-revalidate';
/** Cloudflare Pages reads at most this many header rules (its documented limit); Netlify has none as low. */
const CLOUDFLARE_HEADER_RULES = 100;

/** One redirect as @netlify/redirect-parser returns it (the package types it as unknown). */
interface NetlifyRedirect {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

function isNetlifyRedirect(value: unknown): value is NetlifyRedirect {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['from'] === 'string' && typeof record['to'] === 'string' && typeof record['status'] === 'number' && typeof record['force'] === 'boolean';
}

async function readRedirects(file: string): Promise<{ redirects: NetlifyRedirect[]; errors: string[] }> {
  const { redirects, errors } = await parseAllRedirects({ redirectsFiles: [file], configRedirects: [], minimal: false });
  const messages = errors.map((error: unknown) => (error instanceof Error ? error.message : String(error)));
  const malformed = redirects.filter((redirect) => !isNetlifyRedirect(redirect));
  if (malformed.length > 0) messages.push(`unexpected shape: ${JSON.stringify(malformed)}`);
  return { redirects: redirects.filter(isNetlifyRedirect), errors: messages };
}

describe('dist/_headers, read by @netlify/headers-parser', () => {
  let rules: Header[];
  let errors: string[];

  beforeAll(async () => {
    const parsed = await parseAllHeaders({ headersFiles: [join(dist, '_headers')], configHeaders: [], minimal: false });
    errors = parsed.errors.map((error) => error.message);
    rules = parsed.headers.filter((rule): rule is Header => 'forRegExp' in rule);
  });

  /** The rules Netlify applies to a URL path. */
  const matching = (path: string): Header[] => rules.filter((rule) => rule.forRegExp.test(path));
  const ruleFor = (pattern: string): Header | undefined => rules.find((rule) => rule.for === pattern);

  it('parses without an error, into rules that all sit under the base', () => {
    expect(errors).toEqual([]);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((rule) => !rule.for.startsWith(BASE)).map((rule) => rule.for)).toEqual([]);
    expect(rules.length, `Cloudflare Pages reads only the first ${CLOUDFLARE_HEADER_RULES} rules`).toBeLessThanOrEqual(CLOUDFLARE_HEADER_RULES);
  });

  it('gives every built page outside the embeds a rule of its own: public, max-age=0, must-revalidate', () => {
    expect(PAGE_PATHS.length).toBeGreaterThan(0);
    const problems = PAGE_PATHS.flatMap((path) => {
      const value = ruleFor(path)?.values['Cache-Control'];
      return value === PAGE_CACHE ? [] : [`${path}: ${JSON.stringify(value)}`];
    });
    expect(problems).toEqual([]);
  });

  it('puts on every file, through the `<base>*` rule, only the headers every response shares', () => {
    const all = ruleFor(`${BASE}*`);
    expect(all, `no "${BASE}*" rule`).toBeDefined();
    const values = all?.values ?? {};
    expect(values).toEqual(EVERY_RESPONSE_HEADERS);
    expect(values['X-Content-Type-Options']).toBe('nosniff');
    expect(values['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(values['Permissions-Policy']).toMatch(/\bcamera=\(\)/);
    expect(values['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(values['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
    // Cloudflare would join a policy or X-Frame-Options here with the one of any rule below.
    expect(Object.keys(values)).not.toContain('Content-Security-Policy');
    expect(Object.keys(values)).not.toContain('X-Frame-Options');
    const unmatched = FILES.map(urlPathOf).filter((path) => !matching(path).includes(all as Header));
    expect(unmatched, `Netlify does not apply ${BASE}* to these`).toEqual([]);
  });

  it('gives every built file one policy and, except the embeddable views, X-Frame-Options: DENY', () => {
    const strict = ruleFor(BASE)?.values['Content-Security-Policy'];
    const framable = ruleFor(`${BASE}${EMBED_ROUTES.root}/*`)?.values['Content-Security-Policy'];
    expect(strict).toContain("frame-ancestors 'none'");
    expect(framable).toContain('frame-ancestors *');
    expect(EMBED_FILES.length, 'the build has no embeddable view').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of FILES) {
      const rules = matching(urlPathOf(file));
      const policies = rules.flatMap((rule) => rule.values['Content-Security-Policy'] ?? []);
      const frameOptions = rules.flatMap((rule) => rule.values['X-Frame-Options'] ?? []);
      const expected = isEmbedFile(file) ? { policies: [framable], frameOptions: [] } : { policies: [strict], frameOptions: ['DENY'] };
      if (JSON.stringify(policies) !== JSON.stringify(expected.policies)) problems.push(`${file}: ${policies.length} policies, or the wrong one`);
      if (JSON.stringify(frameOptions) !== JSON.stringify(expected.frameOptions)) problems.push(`${file}: X-Frame-Options ${JSON.stringify(frameOptions)}`);
    }
    expect(problems).toEqual([]);
  });

  it('covers the embeddable views with one rule: revalidated like pages, readable from any origin', () => {
    const rule = ruleFor(`${BASE}${EMBED_ROUTES.root}/*`);
    expect(rule?.values['Cache-Control']).toBe(PAGE_CACHE);
    expect(rule?.values['Access-Control-Allow-Origin']).toBe('*');
    for (const file of EMBED_FILES) expect(matching(urlPathOf(file)), file).toContain(rule);
    const ownRules = EMBED_FILES.filter((file) => rules.some((candidate) => candidate.for === urlPathOf(file)));
    expect(ownRules, 'embed files with a rule of their own').toEqual([]);
  });

  it('holds a strict policy: self by default, no framing, no plugins, Trusted Types, no unsafe sources', () => {
    const csp = ruleFor(BASE)?.values['Content-Security-Policy'] ?? '';
    const policy = parseCsp(csp);
    expect(csp).toMatch(/^default-src 'self'; /);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\{\{/);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual([TRUSTED_TYPES_POLICY]);
    for (const directive of ['script-src', 'style-src']) {
      for (const source of policy.get(directive) ?? []) expect(source, directive).toMatch(/^'self'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
    }
  });

  it('gives the embeddable views the same policy but for frame-ancestors *', () => {
    const strict = parseCsp(ruleFor(BASE)?.values['Content-Security-Policy'] ?? '');
    const framable = parseCsp(ruleFor(`${BASE}${EMBED_ROUTES.root}/*`)?.values['Content-Security-Policy'] ?? '');
    expect(framable.get('frame-ancestors')).toEqual(['*']);
    const rest = (policy: Map<string, string[]>) => [...policy].filter(([name]) => name !== 'frame-ancestors');
    expect(rest(framable)).toEqual(rest(strict));
  });

  it('allows exactly the script and style hashes of the pages’ own meta policies, and repeats their other directives', () => {
    const policy = parseCsp(ruleFor(BASE)?.values['Content-Security-Policy'] ?? '');
    const union = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
    for (const file of FILES.filter((f) => f.endsWith('.html'))) {
      const metaPolicy = parseCsp(loadPage(file)('meta[http-equiv="content-security-policy"]').attr('content') ?? '');
      for (const directive of ['script-src', 'style-src'] as const) {
        const sources = metaPolicy.get(directive);
        expect(sources, `${file} ${directive}`).toBeDefined();
        for (const source of sources ?? []) union[directive].add(source);
      }
      for (const [name, sources] of metaPolicy) {
        if (name !== 'script-src' && name !== 'style-src') expect(policy.get(name), `${file} ${name}`).toEqual(sources);
      }
    }
    expect(new Set(policy.get('script-src'))).toEqual(union['script-src']);
    expect(new Set(policy.get('style-src'))).toEqual(union['style-src']);
  });

  it.each([
    ['_astro/*', 'public, max-age=31536000, immutable'],
    ['og/*', 'public, max-age=3600'],
    ['map/*', 'public, max-age=3600'],
    ['sw.js', 'no-cache'],
  ])('caches <base>%s with %s, and Netlify matches its built files with that rule', (pattern, value) => {
    const rule = ruleFor(`${BASE}${pattern}`);
    expect(rule?.values['Cache-Control'], `${BASE}${pattern}`).toBe(value);
    const prefix = pattern.replace(/\*$/, '');
    const files = FILES.filter((file) => (pattern.endsWith('*') ? file.startsWith(prefix) : file === pattern));
    // The build inlines its CSS and scripts, so `_astro/` may be empty: a name in it must still match.
    if (pattern.endsWith('*')) expect(matching(`${BASE}${prefix}any-name.js`), `${BASE}${pattern}`).toContain(rule);
    if (pattern !== '_astro/*') expect(files.length, `the build has no file for ${pattern}`).toBeGreaterThan(0);
    for (const file of files) expect(matching(urlPathOf(file)), file).toContain(rule);
  });

  it('never lets two rules set one header on the same built file (Cloudflare would join the values)', () => {
    const problems: string[] = [];
    for (const path of FILES.map(urlPathOf)) {
      const seen = new Map<string, string[]>();
      for (const rule of matching(path)) {
        for (const name of Object.keys(rule.values)) seen.set(name.toLowerCase(), [...(seen.get(name.toLowerCase()) ?? []), rule.for]);
      }
      for (const [name, patterns] of seen) if (patterns.length > 1) problems.push(`${path}: ${name} from ${patterns.join(' and ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('dist/_redirects, read by @netlify/redirect-parser', () => {
  let built: Awaited<ReturnType<typeof readRedirects>>;
  let template: Awaited<ReturnType<typeof readRedirects>>;

  beforeAll(async () => {
    [built, template] = await Promise.all([readRedirects(join(dist, '_redirects')), readRedirects(join(ROOT, 'public/_redirects'))]);
  });

  it('parses the built file and its public/ template without an error', () => {
    expect(built.errors).toEqual([]);
    expect(template.errors).toEqual([]);
    expect(template.redirects.length, 'public/_redirects has no rule').toBeGreaterThan(0);
  });

  it('holds every rule of the template, under the base, with its status, and no other', () => {
    const expected = template.redirects.map((rule) => ({
      from: `${BASE}${rule.from.replace(/^\//, '')}`,
      to: `${BASE}${rule.to.replace(/^\//, '')}`,
      status: rule.status,
      force: rule.force,
    }));
    expect(built.redirects.map(({ from, to, status, force }) => ({ from, to, status, force }))).toEqual(expected);
  });

  it('sends every rule to a built file, from an address that is not one (a file there would shadow the rule)', () => {
    const problems = built.redirects.flatMap((rule) => [
      ...(fileForPath(dist, BASE, rule.to) ? [] : [`${rule.from}: target ${rule.to} is not in the build`]),
      ...(fileForPath(dist, BASE, rule.from) ? [`${rule.from}: a built file is there`] : []),
    ]);
    expect(problems).toEqual([]);
  });
});
