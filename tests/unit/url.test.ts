import { describe, expect, it } from 'vitest';
import { buildFilePath, buildPagePath, normaliseBase, toAbsoluteUrl, withBaseIfInternal } from '../../src/lib/url';

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
