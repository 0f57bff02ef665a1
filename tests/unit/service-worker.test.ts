import { describe, expect, it } from 'vitest';
import { computeCacheVersion, isCacheable, planWorker, renderServiceWorker, type WorkerPlan } from '../../src/lib/service-worker';
import { EMBED_ROUTES, FILE_ROUTES, NOT_FOUND_ROUTE, PAGE_ROUTES, locatorMapFile, oembedFile, sectionTimelineEmbed, socialCardFile } from '../../src/routes';
import { readProjectFile, sectionSlugs } from './content-files';

const BASE = '/news/explainer/';
const SECTIONS = sectionSlugs();
const PAGE_FILES = [
  ...Object.values(PAGE_ROUTES).map((segment) => (segment === '' ? 'index.html' : `${segment}/index.html`)),
  ...SECTIONS.map((slug) => `${slug}/index.html`),
  `${NOT_FOUND_ROUTE}.html`,
];
const MAP_FILES = ['light', 'dark'].map(locatorMapFile);
const ASSETS = [`${FILE_ROUTES.assets}/offline.a1b2c3.js`, `${FILE_ROUTES.assets}/global.d4e5f6.css`, FILE_ROUTES.favicon];
/** Files a build writes that the worker must never keep. */
const NEVER = [
  socialCardFile('home'),
  socialCardFile(SECTIONS[0] ?? 'section'),
  FILE_ROUTES.worker,
  '_headers',
  '_redirects',
  FILE_ROUTES.feed,
  FILE_ROUTES.robots,
  FILE_ROUTES.sitemap,
  'sitemap-0.xml',
  // Embeds are read inside other sites' pages, where this site's worker and caches never serve them.
  `${EMBED_ROUTES.timeline}/index.html`,
  `${sectionTimelineEmbed(SECTIONS[0] ?? 'section')}/index.html`,
  `${EMBED_ROUTES.map}/index.html`,
  oembedFile(EMBED_ROUTES.map),
  FILE_ROUTES.embedResizer,
];
/** The Ukrainian edition's own files: every page but 404, its map, its cards and feed (never kept). */
const EDITION = 'uk';
const UK_PAGE_FILES = PAGE_FILES.filter((file) => file !== `${NOT_FOUND_ROUTE}.html`).map((file) => `${EDITION}/${file}`);
const UK_MAP_FILES = MAP_FILES.map((file) => `${EDITION}/${file}`);
const UK_NEVER = [socialCardFile('home'), FILE_ROUTES.feed].map((file) => `${EDITION}/${file}`);
/** A build's files in the order a file walker might give them. */
const FILES = [...NEVER, ...ASSETS, ...MAP_FILES, ...PAGE_FILES, ...UK_NEVER, ...UK_MAP_FILES, ...UK_PAGE_FILES].reverse();
const EDITIONS = ['', EDITION];
const FULL_PLAN = planWorker(FILES, BASE, 'v1', EDITIONS);
const PLAN = FULL_PLAN.editions['']!;
const UK_PLAN = FULL_PLAN.editions[EDITION]!;
const READ_URL = `${BASE}${PAGE_ROUTES.read}/`;

describe('isCacheable', () => {
  it('keeps pages, the map and what pages load, but not the 404 page', () => {
    const pages = PAGE_FILES.filter((file) => file !== `${NOT_FOUND_ROUTE}.html`);
    for (const file of [...pages, ...MAP_FILES, ...ASSETS]) expect(isCacheable(file), file).toBe(true);
    expect(isCacheable(`${NOT_FOUND_ROUTE}.html`)).toBe(false);
  });

  it('never keeps social cards, the worker, host files, the feed, robots.txt, sitemaps or embeds', () => {
    for (const file of NEVER) expect(isCacheable(file), file).toBe(false);
  });

  it('does not mistake a page whose name starts like a skipped file for one', () => {
    expect(isCacheable('ogden/index.html')).toBe(true);
    expect(isCacheable('sitemaps-explained/index.html')).toBe(true);
  });
});

describe('planWorker', () => {
  it('keeps only the one-page story at install, under the base', () => {
    expect(PLAN.essentials).toEqual([READ_URL]);
    expect(PLAN.readPage).toBe(READ_URL);
  });

  it('keeps every other page of the original but the 404 page, the map and the assets on request, each once, under the base', () => {
    const expected = [...PAGE_FILES.filter((file) => file !== `${PAGE_ROUTES.read}/index.html` && file !== `${NOT_FOUND_ROUTE}.html`), ...MAP_FILES, ...ASSETS];
    expect(PLAN.everything).toHaveLength(expected.length);
    expect(new Set(PLAN.everything).size).toBe(PLAN.everything.length);
    expect(PLAN.everything).toContain(BASE);
    expect(PLAN.everything).not.toContain(`${BASE}${NOT_FOUND_ROUTE}.html`);
    for (const slug of SECTIONS) expect(PLAN.everything).toContain(`${BASE}${slug}/`);
    for (const file of [...MAP_FILES, ...ASSETS]) expect(PLAN.everything).toContain(`${BASE}${file}`);
    expect(PLAN.everything).not.toContain(READ_URL);
    expect(PLAN.everything.filter((url) => url.startsWith(`${BASE}${EDITION}/`))).toEqual([]);
  });

  it('keeps the Ukrainian edition for its reader: its one-page story at install, then its pages, its map and the shared assets', () => {
    expect(UK_PLAN.root).toBe(`${BASE}${EDITION}/`);
    expect(UK_PLAN.readPage).toBe(`${BASE}${EDITION}/${PAGE_ROUTES.read}/`);
    expect(UK_PLAN.essentials).toEqual([UK_PLAN.readPage]);
    const expected = [...UK_PAGE_FILES.filter((file) => file !== `${EDITION}/${PAGE_ROUTES.read}/index.html`), ...UK_MAP_FILES, ...ASSETS].map((file) => `${BASE}${file.replace(/index\.html$/, '')}`);
    expect([...UK_PLAN.everything].sort()).toEqual(expected.sort());
    // Not the original's pages or map, nor the edition's cards and feed.
    for (const file of [...MAP_FILES, ...UK_NEVER]) expect(UK_PLAN.everything, file).not.toContain(`${BASE}${file}`);
    expect(UK_PLAN.sections).toEqual([...SECTIONS].sort());
  });

  it('never plans to keep cards, the worker, host files, the feed, robots.txt, sitemaps or embeds', () => {
    const urls = [...PLAN.essentials, ...PLAN.everything];
    for (const file of NEVER) expect(urls, file).not.toContain(`${BASE}${file}`);
    expect(urls.filter((url) => url.startsWith(`${BASE}${FILE_ROUTES.socialCards}/`))).toEqual([]);
  });

  it('lists as sections the page folders that are not fixed routes', () => {
    expect(PLAN.sections).toEqual([...SECTIONS].sort());
    for (const segment of Object.values(PAGE_ROUTES)) expect(PLAN.sections).not.toContain(segment);
    expect(PLAN.sections).not.toContain(NOT_FOUND_ROUTE);
  });

  it('carries the version and the base it was given', () => {
    expect(FULL_PLAN.version).toBe('v1');
    expect(FULL_PLAN.base).toBe(BASE);
    expect(Object.keys(FULL_PLAN.editions)).toEqual(EDITIONS);
  });

  it('gives the same plan whatever order the files come in', () => {
    expect(planWorker([...FILES].reverse(), BASE, 'v1', EDITIONS)).toEqual(FULL_PLAN);
  });

  it('works at the root base too', () => {
    const plan = planWorker(FILES, '/', 'v1', EDITIONS).editions[''];
    expect(plan?.essentials).toEqual([`/${PAGE_ROUTES.read}/`]);
    expect(plan?.everything).toContain('/');
  });
});

describe('computeCacheVersion', () => {
  it('changes the version when a cached file changes, and only then', () => {
    const a = computeCacheVersion([{ file: 'index.html', data: 'one' }]);
    expect(computeCacheVersion([{ file: 'index.html', data: 'one' }])).toBe(a);
    expect(computeCacheVersion([{ file: 'index.html', data: 'two' }])).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when a file is renamed, and not when the files come in another order', () => {
    const files = [
      { file: 'index.html', data: 'one' },
      { file: 'read/index.html', data: Buffer.from('two') },
    ];
    const version = computeCacheVersion(files);
    expect(computeCacheVersion([...files].reverse())).toBe(version);
    expect(computeCacheVersion([{ ...files[0]!, file: 'home.html' }, files[1]!])).not.toBe(version);
  });

  it('tells apart contents that only differ in where one file ends and the next begins', () => {
    expect(computeCacheVersion([{ file: 'a', data: 'bc' }])).not.toBe(computeCacheVersion([{ file: 'ab', data: 'c' }]));
  });
});

describe('renderServiceWorker', () => {
  const template = readProjectFile('src/scripts/service-worker.js');
  const worker = renderServiceWorker(template, FULL_PLAN);

  it('puts the plan into the real worker template, leaving no placeholder', () => {
    expect(template).toContain("'__PLAN__'");
    expect(worker).not.toContain('__PLAN__');
    const written = /const PLAN = (.*);\n/.exec(worker)?.[1];
    expect(JSON.parse(written ?? 'null') as WorkerPlan).toEqual(FULL_PLAN);
  });

  it('changes nothing else in the template', () => {
    expect(worker.replace(JSON.stringify(FULL_PLAN), "'__PLAN__'")).toBe(template);
  });

  it('gives a worker that is valid JavaScript', () => {
    expect(() => new Function(worker)).not.toThrow();
  });

  it('gives the worker every part of the plan it reads', () => {
    for (const key of Object.keys(FULL_PLAN)) expect(template, key).toContain(`PLAN.${key}`);
    for (const key of Object.keys(PLAN)) expect(template, key).toMatch(new RegExp(`\\.${key}\\b`));
  });

  it('throws when the template has lost its placeholder', () => {
    expect(() => renderServiceWorker('const PLAN = {};', FULL_PLAN)).toThrow("The worker template has no '__PLAN__' placeholder.");
  });
});
