import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interleave, starterPages } from '../bench/starter.mjs';

const target = (site: string, path: string) => ({ site, path, origin: `http://${site}.invalid` });
const count = (order: { site: string; path: string }[], site: string, path: string) => order.filter((entry) => entry.site === site && entry.path === path).length;

describe('interleave', () => {
  it('follows each run of ours with one of the starter, so neither site runs twice in a row', () => {
    const ours = ['/', '/a/', '/b/'].map((path) => target('ours', path));
    const starter = ['/', '/post/'].map((path) => target('starter', path));
    const order = interleave(ours, starter, 2);
    for (const page of ours) expect(count(order, 'ours', page.path)).toBe(2);
    expect(order.filter((entry) => entry.site === 'starter')).toHaveLength(6);
    expect(order.every((entry, index) => entry.site === (index % 2 === 0 ? 'ours' : 'starter'))).toBe(true);
  });

  it('gives each of the starter’s pages at least the runs of ours when we measure fewer pages', () => {
    const order = interleave([target('ours', '/')], ['/', '/post/'].map((path) => target('starter', path)), 3);
    expect(count(order, 'ours', '/')).toBe(3);
    expect(count(order, 'starter', '/')).toBeGreaterThanOrEqual(3);
    expect(count(order, 'starter', '/post/')).toBeGreaterThanOrEqual(3);
  });
});

describe('starterPages', () => {
  it('takes the home page and the first post by folder name', () => {
    const dist = mkdtempSync(join(tmpdir(), 'starter-dist-'));
    try {
      for (const slug of ['second-post', 'first-post']) {
        mkdirSync(join(dist, 'blog', slug), { recursive: true });
        writeFileSync(join(dist, 'blog', slug, 'index.html'), '<!doctype html>');
      }
      expect(starterPages(dist)).toEqual(['/', '/blog/first-post/']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
