import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIndexableBuiltPage } from '../../src/lib/sitemap-filter';

const DIR = mkdtempSync(join(tmpdir(), 'sitemap-filter-'));
mkdirSync(join(DIR, 'uk/territory'), { recursive: true });
mkdirSync(join(DIR, 'territory'), { recursive: true });
writeFileSync(join(DIR, 'uk/territory/index.html'), '<head><meta name="robots" content="noindex"></head>');
writeFileSync(join(DIR, 'territory/index.html'), '<head><title>Territory</title></head>');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('isIndexableBuiltPage', () => {
  it('leaves out a page whose own head says noindex, and lists the others', () => {
    expect(isIndexableBuiltPage(DIR, '/', 'https://example.org/uk/territory/')).toBe(false);
    expect(isIndexableBuiltPage(DIR, '/', 'https://example.org/territory/')).toBe(true);
  });

  it('reads the page below the base path', () => {
    expect(isIndexableBuiltPage(DIR, '/news/', 'https://example.org/news/uk/territory/')).toBe(false);
  });
});
