import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, hashFiles, type VariantBuild } from '../support/variant-build';

// Two builds of the same commit, each with a fresh cache, must give the same bytes:
// otherwise every deploy re-uploads and re-caches files that did not change.
let first: VariantBuild;
let second: VariantBuild;

beforeAll(async () => {
  const settings = { siteUrl: 'https://example.org', basePath: '/' };
  const results = await Promise.allSettled([buildVariant(settings), buildVariant(settings)]);
  const built = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    built.forEach((build) => build.remove());
    throw failure.reason;
  }
  [first, second] = built as [VariantBuild, VariantBuild];
});

afterAll(() => {
  first?.remove();
  second?.remove();
});

describe('two builds of the same commit', () => {
  it('write the same files', () => {
    expect([...hashFiles(second.dist).keys()]).toEqual([...hashFiles(first.dist).keys()]);
  });

  it('write every file byte for byte the same, social cards, feed and sitemap included', () => {
    const a = hashFiles(first.dist);
    const b = hashFiles(second.dist);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    for (const file of ['rss.xml', 'sitemap-0.xml', '_headers', 'og/home.png']) expect(a.has(file), file).toBe(true);
  });
});
