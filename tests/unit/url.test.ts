import { describe, expect, it } from 'vitest';
import {
  buildFilePath,
  buildPagePath,
  builtFileToPath,
  normaliseBase,
  pathToBuiltFile,
  toAbsoluteUrl,
  withBaseIfInternal,
} from '../../src/lib/url';

describe('normaliseBase', () => {
  it('returns "/" for the root, however it is written', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('///')).toBe('/');
  });

  it('adds the missing leading and trailing slashes', () => {
    expect(normaliseBase('news/x')).toBe('/news/x/');
    expect(normaliseBase('/news/x')).toBe('/news/x/');
    expect(normaliseBase('news/x/')).toBe('/news/x/');
  });

  it('collapses repeated slashes at either end', () => {
    expect(normaliseBase('//news/explainer//')).toBe('/news/explainer/');
  });
});

describe('buildPagePath', () => {
  it('gives the base itself for the home page', () => {
    expect(buildPagePath('/')).toBe('/');
    expect(buildPagePath('/news/explainer/', '')).toBe('/news/explainer/');
  });

  it('ends every page path with a slash, matching the folder-per-page output', () => {
    expect(buildPagePath('/', 'territory')).toBe('/territory/');
    expect(buildPagePath('/news', 'territory')).toBe('/news/territory/');
  });

  it('ignores slashes around the segment', () => {
    expect(buildPagePath('/', '/territory/')).toBe('/territory/');
  });

  it('appends an anchor after the trailing slash', () => {
    expect(buildPagePath('/', 'timeline', 'event-alaska-summit')).toBe('/timeline/#event-alaska-summit');
    expect(buildPagePath('/news/', '', 'main')).toBe('/news/#main');
  });

  it('leaves out the "#" when the anchor is empty', () => {
    expect(buildPagePath('/', 'read', '')).toBe('/read/');
  });
});

describe('buildFilePath', () => {
  it('puts a file under the base without a trailing slash', () => {
    expect(buildFilePath('/', 'rss.xml')).toBe('/rss.xml');
    expect(buildFilePath('/news/explainer', 'og/territory.png')).toBe('/news/explainer/og/territory.png');
  });

  it('does not double the slash when the file starts with one', () => {
    expect(buildFilePath('/news/', '/favicon.svg')).toBe('/news/favicon.svg');
  });
});

describe('toAbsoluteUrl', () => {
  it('joins a site-relative path to the origin', () => {
    expect(toAbsoluteUrl('https://example.org', '/territory/')).toBe('https://example.org/territory/');
  });

  it('keeps the base path and the anchor', () => {
    expect(toAbsoluteUrl('https://news.example', '/x/timeline/#event-a')).toBe('https://news.example/x/timeline/#event-a');
  });

  it('drops any path on the origin, since the path given is from the root', () => {
    expect(toAbsoluteUrl('https://example.org/ignored/', '/read/')).toBe('https://example.org/read/');
  });
});

describe('withBaseIfInternal', () => {
  it('adds the base to links from the site root', () => {
    expect(withBaseIfInternal('/news/explainer/', '/territory/')).toBe('/news/explainer/territory/');
    expect(withBaseIfInternal('/news/explainer/', '/timeline/#event-a')).toBe('/news/explainer/timeline/#event-a');
  });

  it('changes nothing under the root base', () => {
    expect(withBaseIfInternal('/', '/territory/')).toBe('/territory/');
  });

  it('leaves anchors, relative, protocol-relative and external links alone', () => {
    for (const href of ['#main', 'territory/', '//cdn.example/x.js', 'https://example.org/', 'mailto:a@example.org']) {
      expect(withBaseIfInternal('/news/', href)).toBe(href);
    }
  });
});

describe('builtFileToPath', () => {
  it('serves a folder’s index.html at the folder, with its trailing slash', () => {
    expect(builtFileToPath('index.html')).toBe('');
    expect(builtFileToPath('territory/index.html')).toBe('territory/');
    expect(builtFileToPath('a/b/index.html')).toBe('a/b/');
  });

  it('serves any other file under its own name', () => {
    expect(builtFileToPath('404.html')).toBe('404.html');
    expect(builtFileToPath('og/home.png')).toBe('og/home.png');
    expect(builtFileToPath('map/index.html.svg')).toBe('map/index.html.svg');
  });

  it('does not take a file merely ending in index.html for a folder index', () => {
    expect(builtFileToPath('territory/oldindex.html')).toBe('territory/oldindex.html');
  });

  it('reads Windows path separators as slashes', () => {
    expect(builtFileToPath('territory\\index.html')).toBe('territory/');
    expect(builtFileToPath('og\\home.png')).toBe('og/home.png');
  });
});

describe('pathToBuiltFile', () => {
  it('looks up folders, the root included, as their index.html', () => {
    expect(pathToBuiltFile('')).toBe('index.html');
    expect(pathToBuiltFile('/')).toBe('index.html');
    expect(pathToBuiltFile('territory/')).toBe('territory/index.html');
  });

  it('looks up anything else as a file, with or without a leading slash', () => {
    expect(pathToBuiltFile('404.html')).toBe('404.html');
    expect(pathToBuiltFile('/og/home.png')).toBe('og/home.png');
  });

  it('undoes builtFileToPath for every kind of built file', () => {
    for (const file of ['index.html', 'read/index.html', 'territory/index.html', '404.html', 'map/light.svg', '_astro/app.1a2b.css']) {
      expect(pathToBuiltFile(builtFileToPath(file)), file).toBe(file);
    }
  });
});
