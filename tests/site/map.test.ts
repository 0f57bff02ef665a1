import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { UKRAINE_REGIONS } from '../../src/lib/map/regions';
import { locatorMapSize as sizeOf } from '../../src/lib/map/render';
import { SCHEMES, SITE_COLOURS } from '../../src/lib/palette';
import { locatorMapFile } from '../../src/routes';
import { MAP } from '../support/content';
import { MAP_FILE_BUDGET } from '../support/budgets';
import { requireDist } from '../support/dist';

// The locator map files as a browser fetches them: one static SVG per colour scheme.

const dist = requireDist();

const locatorMapSize = () => sizeOf(UKRAINE_REGIONS);

describe.each(SCHEMES)('dist/map/%s.svg', (scheme) => {
  const file = join(dist, locatorMapFile(scheme));
  const svg = existsSync(file) ? readFileSync(file, 'utf8') : '';

  it('is built', () => {
    expect(existsSync(file), `${file} is missing`).toBe(true);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('parses as SVG with the viewBox, size and title the page expects', async () => {
    // librsvg, behind sharp, parses strictly: malformed XML is an error.
    expect((await sharp(Buffer.from(svg)).metadata()).format).toBe('svg');
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg;
    const { width, height } = locatorMapSize();
    expect(root.viewBox).toBe(`0 0 ${width} ${height}`);
    expect([Number(root.width), Number(root.height)]).toEqual([width, height]);
    for (const place of MAP.places) expect(String(root.title)).toContain(place.label);
  });

  it('is drawn in its own palette', () => {
    expect(svg).toContain(`<rect width="${locatorMapSize().width}" height="${locatorMapSize().height}" fill="${SITE_COLOURS.paper[scheme]}"/>`);
    expect(svg).toContain(`fill="${SITE_COLOURS.ink[scheme]}"`);
  });

  it(`is under ${MAP_FILE_BUDGET / 1024} KiB brotli-compressed`, () => {
    const size = brotliCompressSync(Buffer.from(svg)).length;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(MAP_FILE_BUDGET);
  });

  it('rasterises at 320 px wide with its aspect ratio', async () => {
    const { width, height } = locatorMapSize();
    const png = await sharp(Buffer.from(svg), { density: (72 * 320) / width }).png().toBuffer();
    const meta = await sharp(png).metadata();
    expect(meta.width).toBe(320);
    expect(meta.height).toBe(Math.round((320 * height) / width));
  });
});
