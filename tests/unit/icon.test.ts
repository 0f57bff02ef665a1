import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteIconUrl, svgDataUrl } from '../../src/lib/icon';
import { FILE_ROUTES } from '../../src/routes';

describe('svgDataUrl', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#0b5cad" width="50%"/></svg>\n';

  it('gives back the same image, its quotes made single', () => {
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/"/g, "'"));
  });

  it('leaves nothing that would end the attribute or the URL early', () => {
    expect(svgDataUrl(svg)).not.toMatch(/["#<>]|%(?![0-9A-F]{2})/);
  });
});

describe('siteIconUrl', () => {
  it('is the icon file of public/, inline', () => {
    const file = readFileSync(`public/${FILE_ROUTES.favicon}`, 'utf8');
    expect(siteIconUrl()).toBe(svgDataUrl(file));
  });
});
