// dist/_headers and dist/_redirects as the hosts read them. _headers is written for Cloudflare
// Pages: its rules apply in order and a later rule detaches (`! Name`) what it replaces, read here
// by src/lib/headers-file.ts's model of that (tests/e2e/host.test.ts checks the model against
// Cloudflare's own runtime). Netlify's parser (@netlify/headers-parser) reads the same file and
// shows what Netlify makes of it; _redirects is read by Netlify's @netlify/redirect-parser. All
// of it compared with the build: its files, its pages' meta policies, the public/_redirects template.
// One more build, with many more sections, shows the file does not grow with the content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { TRUSTED_TYPES_POLICY, parseCsp } from '../../src/lib/csp';
import { EVERY_RESPONSE_HEADERS, MAX_HEADERS_LINE, MAX_HEADERS_RULES, headersForPath, parseHeadersFile } from '../../src/lib/headers-file';
import { builtFileToPath } from '../../src/lib/url';
import { PAGE_KINDS, kindOfPath, navKinds } from '../../src/page-kinds';
import { measurePage } from '../bench/page-weight.mjs';
import { CSS_BUDGET, FIRST_RENDER_BY_CLASS, SCRIPT_BUDGET } from '../support/budgets';
import { EMBED_ROUTES } from '../../src/routes';
import { buildSite, copyProject, generateSections, removeCopy } from '../bench/project-copy.mjs';
import { ROOT, editionOfFile, isEmbedFile, listFiles, loadPage, pathOfHtmlFile, requireDist } from '../support/dist';
import { expectedHeaders } from '../support/header-policy';
import { detectBase } from '../support/host';
import { fileForPath } from '../support/variant-build';

const dist = requireDist();
const BASE = detectBase(dist);
const FILES = listFiles(dist).filter((file) => file !== '_headers' && file !== '_redirects');
const HTML_FILES = FILES.filter((file) => file.endsWith('.html'));
/** The URL path of any built file: pages at their folder URL, other files as they are. */
const urlPathOf = (file: string): string => (file.endsWith('.html') ? `${BASE}${pathOfHtmlFile(file).slice(1)}` : `${BASE}${file}`);
const HEADERS_TEXT = readFileSync(join(dist, '_headers'), 'utf8');
const RULES = parseHeadersFile(HEADERS_TEXT);
const ruleFor = (pattern: string) => RULES.find((rule) => rule.path === pattern);
const valueIn = (pattern: string, name: string) => ruleFor(pattern)?.headers.find(([header]) => header === name)?.[1];
const STRICT = valueIn(`${BASE}*`, 'Content-Security-Policy') ?? '';
const FRAMABLE = valueIn(`${BASE}${EMBED_ROUTES.root}/*`, 'Content-Security-Policy') ?? '';

/** Sections the extra build adds to the real ones: enough that a rule per page, or a hash per page, would show. */
const EXTRA_SECTIONS = 40;

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

/** One line per problem with the headers Cloudflare would send a built file; [] when all is well. */
function headerProblems(rules: ReturnType<typeof parseHeadersFile>, base: string, files: readonly string[], policies: { strict: string; framable: string }): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const path = file.endsWith('.html') ? `${base}${pathOfHtmlFile(file).slice(1)}` : `${base}${file}`;
    const got = headersForPath(rules, path);
    const want = expectedHeaders(file);
    if (got.get('content-security-policy') !== (want.framable ? policies.framable : policies.strict)) problems.push(`${file}: not exactly the ${want.framable ? 'framable' : 'strict'} policy`);
    if (got.get('x-frame-options') !== (want.framable ? undefined : 'DENY')) problems.push(`${file}: X-Frame-Options ${got.get('x-frame-options')}`);
    if (got.get('cache-control') !== want.cacheControl) problems.push(`${file}: Cache-Control ${got.get('cache-control')}, want ${want.cacheControl}`);
    for (const [name, value] of Object.entries(EVERY_RESPONSE_HEADERS)) if (got.get(name.toLowerCase()) !== value) problems.push(`${file}: ${name} ${got.get(name.toLowerCase())}`);
  }
  return problems;
}

describe('dist/_headers, as Cloudflare Pages applies it', () => {
  it('has a fixed handful of rules, far below Cloudflare’s limit, and no line longer than it reads', () => {
    expect(RULES.length).toBeGreaterThan(0);
    expect(RULES.length).toBeLessThan(HTML_FILES.length);
    expect(RULES.length).toBeLessThanOrEqual(MAX_HEADERS_RULES);
    expect(HEADERS_TEXT.split('\n').filter((line) => line.length > MAX_HEADERS_LINE)).toEqual([]);
    expect(RULES.filter((rule) => !rule.path.startsWith(BASE)).map((rule) => rule.path)).toEqual([]);
  });

  it('gives every built file exactly one policy, X-Frame-Options only when it may not be framed, and its caching', () => {
    expect(HTML_FILES.filter(isEmbedFile).length, 'the build has no embeddable view').toBeGreaterThan(0);
    expect(headerProblems(RULES, BASE, FILES, { strict: STRICT, framable: FRAMABLE })).toEqual([]);
  });

  it('covers a page of every kind the build has, in every edition that has it', () => {
    const seen = new Set(HTML_FILES.map((file) => `${kindOfPath(builtFileToPath(file))?.kind.id} ${editionOfFile(file)}`));
    const expected = PAGE_KINDS.flatMap((kind) => LOCALES.filter((locale) => kind.editions === 'every' || locale === LOCALES[0]).map((locale) => `${kind.id} ${locale}`));
    // Every page has a kind, and the build has most of the kinds in all their editions (a kind may still await its first page).
    expect([...seen].filter((entry) => entry.startsWith('undefined'))).toEqual([]);
    expect([...seen].every((entry) => expected.includes(entry))).toBe(true);
    expect(seen.size).toBeGreaterThan(expected.length / 2);
  });

  it('holds a strict policy: self by default, no framing, no plugins, Trusted Types, no unsafe sources', () => {
    const policy = parseCsp(STRICT);
    expect(STRICT).toMatch(/^default-src 'self'; /);
    expect(STRICT).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\{\{/);
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
    const strict = parseCsp(STRICT);
    const framable = parseCsp(FRAMABLE);
    expect(framable.get('frame-ancestors')).toEqual(['*']);
    const rest = (policy: Map<string, string[]>) => [...policy].filter(([name]) => name !== 'frame-ancestors');
    expect(rest(framable)).toEqual(rest(strict));
  });

  it('allows exactly the script and style hashes of the pages’ own meta policies, and repeats their other directives', () => {
    const policy = parseCsp(STRICT);
    const union = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
    for (const file of HTML_FILES) {
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

  it('lists at most two style hashes per kind of page, not one per page: pages of a kind share their stylesheet', () => {
    const styleHashes = (parseCsp(STRICT).get('style-src') ?? []).filter((source) => source.startsWith("'sha"));
    const kinds = new Set(HTML_FILES.map((file) => kindOfPath(builtFileToPath(file))?.kind.id));
    expect(styleHashes.length).toBeLessThanOrEqual(2 * kinds.size);
    expect(styleHashes.length).toBeLessThan(HTML_FILES.length / 2);
    // Each page's meta policy lists the hash of the stylesheet it carries.
    for (const file of HTML_FILES) {
      const meta = parseCsp(loadPage(file)('meta[http-equiv="content-security-policy"]').attr('content') ?? '').get('style-src') ?? [];
      expect(meta.filter((source) => source.startsWith("'sha")), file).toHaveLength(1);
    }
  });
});

describe('dist/_headers, read by @netlify/headers-parser: what Netlify would make of it', () => {
  let rules: Header[];
  let errors: string[];

  beforeAll(async () => {
    const parsed = await parseAllHeaders({ headersFiles: [join(dist, '_headers')], configHeaders: [], minimal: false });
    errors = parsed.errors.map((error) => error.message);
    rules = parsed.headers.filter((rule): rule is Header => 'forRegExp' in rule);
  });

  const matching = (path: string): Header[] => rules.filter((rule) => rule.forRegExp.test(path));

  it('parses without an error, every rule under the base, each matching the files Cloudflare’s reading matches', () => {
    expect(errors).toEqual([]);
    expect(rules.map((rule) => rule.for)).toEqual(RULES.map((rule) => rule.path));
    const problems: string[] = [];
    for (const path of FILES.map(urlPathOf)) {
      const netlify = matching(path).map((rule) => rule.for);
      const cloudflare = RULES.filter((rule) => headersForPath([rule], path).size > 0).map((rule) => rule.path);
      if (JSON.stringify(netlify) !== JSON.stringify(cloudflare)) problems.push(`${path}: Netlify ${netlify.join(' ')}; Cloudflare ${cloudflare.join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('skips the detach lines, which Netlify’s dialect has no word for, so an embeddable view would keep X-Frame-Options: DENY there', () => {
    expect(HEADERS_TEXT).toMatch(/^ {2}! X-Frame-Options$/m);
    for (const rule of rules) expect(Object.keys(rule.values).filter((name) => name.startsWith('!')), rule.for).toEqual([]);
    const embed = urlPathOf(HTML_FILES.find(isEmbedFile) ?? '');
    expect(matching(embed).flatMap((rule) => rule.values['X-Frame-Options'] ?? [])).toEqual(['DENY']);
  });
});

describe(`a build with ${EXTRA_SECTIONS} more sections`, () => {
  let copy: string;
  let extra: string;
  let added = 0;

  beforeAll(async () => {
    copy = copyProject(ROOT, 'host-files');
    const sections = listFiles(join(ROOT, 'content/sections')).filter((file) => file.endsWith('.mdx') && !file.startsWith('_')).length;
    added = generateSections(copy, sections + EXTRA_SECTIONS);
    extra = join(copy, 'dist');
    await buildSite(copy, extra, { NO_COLOR: '1' });
  }, 600_000);

  afterAll(() => {
    if (copy) removeCopy(copy);
  });

  it('has the same rules as the normal build, no line longer than Cloudflare reads, and the right headers on every new file', () => {
    expect(added).toBe(EXTRA_SECTIONS);
    const text = readFileSync(join(extra, '_headers'), 'utf8');
    const rules = parseHeadersFile(text);
    expect(rules.map((rule) => rule.path)).toEqual(RULES.map((rule) => rule.path));
    expect(text.split('\n').filter((line) => line.length > MAX_HEADERS_LINE).map((line) => line.length)).toEqual([]);
    const files = listFiles(extra).filter((file) => file !== '_headers' && file !== '_redirects');
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(HTML_FILES.length + EXTRA_SECTIONS);
    const policy = (pattern: string) => rules.find((rule) => rule.path === pattern)?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    expect(headerProblems(rules, BASE, files, { strict: policy(`${BASE}*`), framable: policy(`${BASE}${EMBED_ROUTES.root}/*`) })).toEqual([]);
  });

  it('keeps every page within its budget class but the two that hold the whole story, and a navigation that does not grow with the parts', () => {
    const offenders: string[] = [];
    const navLinks = new Set<number>();
    for (const file of listFiles(extra).filter((name) => name.endsWith('.html'))) {
      const kind = kindOfPath(file)?.kind;
      if (!kind) continue;
      const $ = loadPage(file, extra);
      navLinks.add($('body > header nav a').length);
      if (kind.budget === 'wholeStory') continue;
      const weight = measurePage(extra, file, BASE);
      const limit = FIRST_RENDER_BY_CLASS[kind.budget];
      if (weight.firstRenderBytes > limit) offenders.push(`${file}: ${weight.firstRenderBytes} B of ${limit} B first render`);
      if (weight.cssBytes > CSS_BUDGET) offenders.push(`${file}: ${weight.cssBytes} B of ${CSS_BUDGET} B CSS`);
      if (weight.scriptBytes > SCRIPT_BUDGET) offenders.push(`${file}: ${weight.scriptBytes} B of ${SCRIPT_BUDGET} B script`);
    }
    expect(offenders).toEqual([]);
    // Embeds have no site header; every other page has the same fixed navigation.
    expect([...navLinks].filter((count) => count > 0)).toEqual([navKinds().length]);
  });

  it('lists no more style hashes per kind than the normal build allows', () => {
    const text = readFileSync(join(extra, '_headers'), 'utf8');
    const strict = parseHeadersFile(text).find((rule) => rule.path === `${BASE}*`)?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    const hashes = (parseCsp(strict).get('style-src') ?? []).filter((source) => source.startsWith("'sha"));
    expect(hashes.length).toBeLessThanOrEqual(2 * PAGE_KINDS.length);
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
