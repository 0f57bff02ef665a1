import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../support/dist';
import { buildVariant, hashFiles, type VariantBuild } from '../support/variant-build';

// A second build of the same commit, with a fresh cache and in another folder, must give the
// same bytes as dist/: otherwise every deploy re-uploads and re-caches files that did not change.
let again: VariantBuild;

beforeAll(async () => {
  requireDist();
  again = await buildVariant({});
});

afterAll(() => again?.remove());

describe('a second build of the same commit', () => {
  it('writes the same files as dist/', () => {
    expect([...hashFiles(again.dist).keys()]).toEqual([...hashFiles(DIST).keys()]);
  });

  it('writes every file byte for byte the same, social cards, feed, sitemap, _headers and worker included', () => {
    const a = hashFiles(DIST);
    const b = hashFiles(again.dist);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    for (const file of ['rss.xml', 'sitemap-0.xml', '_headers', 'sw.js', 'og/home.png']) expect(a.has(file), file).toBe(true);
  });
});
