import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, readBuildSettings } from '../../src/lib/build-settings';

describe('readBuildSettings', () => {
  it('falls back to the default origin and the root base when nothing is set', () => {
    expect(readBuildSettings({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
  });

  it('treats blank variables as unset', () => {
    expect(readBuildSettings({ SITE_URL: '  ', BASE_PATH: '' })).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
  });

  it('keeps only the origin of SITE_URL, without a trailing slash', () => {
    expect(readBuildSettings({ SITE_URL: 'https://news.example/' }).site).toBe('https://news.example');
    expect(readBuildSettings({ SITE_URL: 'http://localhost:4321' }).site).toBe('http://localhost:4321');
  });

  it('normalises BASE_PATH to start and end with a slash', () => {
    expect(readBuildSettings({ BASE_PATH: 'news/explainer' }).base).toBe('/news/explainer/');
    expect(readBuildSettings({ BASE_PATH: '/news/explainer' }).base).toBe('/news/explainer/');
  });

  it('refuses a SITE_URL that is not a URL, naming the variable and the value', () => {
    expect(() => readBuildSettings({ SITE_URL: 'example.org' })).toThrow(/SITE_URL.*"example\.org"/);
  });

  it('refuses a SITE_URL that is not http(s)', () => {
    expect(() => readBuildSettings({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL must be an http\(s\) origin/);
  });

  it('refuses a SITE_URL with a path and points to BASE_PATH instead', () => {
    expect(() => readBuildSettings({ SITE_URL: 'https://example.org/news/' })).toThrow(/Put a sub-path in BASE_PATH/);
  });

  it('refuses a BASE_PATH with characters a URL path cannot hold as is', () => {
    expect(() => readBuildSettings({ BASE_PATH: '/news explainer/' })).toThrow(/BASE_PATH must be a URL path.*"\/news explainer\/"/);
    expect(() => readBuildSettings({ BASE_PATH: '/news?x=1' })).toThrow(/BASE_PATH/);
  });
});

describe('readBuildSettings and dot segments', () => {
  it('refuses a BASE_PATH with "." or ".." segments, which would climb out of the site', () => {
    expect(() => readBuildSettings({ BASE_PATH: '/../' })).toThrow(/BASE_PATH/);
    expect(() => readBuildSettings({ BASE_PATH: '/news/./x/' })).toThrow(/BASE_PATH/);
  });
});
