import { describe, expect, it } from 'vitest';
import { computeCacheVersion, fileToUrl, renderServiceWorker, selectPrecacheFiles } from '../../src/lib/service-worker';

describe('service worker precache', () => {
  const files = [
    'index.html',
    'territory/index.html',
    '404.html',
    'og/territory.png',
    'map/light.svg',
    'sw.js',
    '_headers',
    'rss.xml',
    'sitemap-0.xml',
  ];

  it('keeps pages and assets, leaves out social cards, the worker and host files', () => {
    expect(selectPrecacheFiles(files)).toEqual(['404.html', 'index.html', 'map/light.svg', 'territory/index.html']);
  });

  it('turns files into URLs under the base path', () => {
    expect(fileToUrl('index.html', '/news/explainer/')).toBe('/news/explainer/');
    expect(fileToUrl('territory/index.html', '/')).toBe('/territory/');
    expect(fileToUrl('map/light.svg', '/x/')).toBe('/x/map/light.svg');
  });

  it('changes the version when a cached file changes, and only then', () => {
    const a = computeCacheVersion([{ file: 'index.html', data: 'one' }]);
    expect(computeCacheVersion([{ file: 'index.html', data: 'one' }])).toBe(a);
    expect(computeCacheVersion([{ file: 'index.html', data: 'two' }])).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('fills every placeholder of the template', () => {
    const out = renderServiceWorker("const V = '__VERSION__'; const B = '__BASE__'; const P = ['__PRECACHE__'];", 'abc', '/b/', ['/b/']);
    expect(out).toBe('const V = "abc"; const B = "/b/"; const P = ["/b/"];');
  });
});
