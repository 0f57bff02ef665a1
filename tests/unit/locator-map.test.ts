import { brotliCompressSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  LABEL_FONT_SIZE,
  LOCATOR_MAP_ALT,
  MAP_PALETTES,
  MAP_PLACES,
  MAP_SCHEMES,
  MAP_WIDTH,
  MIN_LABEL_PX,
  NARROWEST_RENDER_WIDTH,
  UKRAINE_REGIONS,
  contrastRatio,
  estimateTextWidth,
  fontSizeForRenderedPx,
  leaderStart,
  locatorMapFile,
  locatorMapSize,
  parseRegionsTopology,
  placeLabel,
  regionFeatures,
  renderLocatorMap,
  renderedPx,
  type PlacedLabel,
} from '../../src/lib/locator-map';
import { MAP_FILE_BUDGET } from '../support/budgets';

const MAPS = MAP_SCHEMES.map((scheme) => ({ scheme, map: renderLocatorMap(UKRAINE_REGIONS, scheme) }));

/** Every element named `name` anywhere in a tree parsed with preserveOrder. */
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
function findAll(nodes: Node[], name: string): Node[] {
  return nodes.flatMap((node) => {
    const children = Object.entries(node).find(([key]) => key !== ':@')?.[1];
    const nested = Array.isArray(children) ? findAll(children as Node[], name) : [];
    return name in node ? [node, ...nested] : nested;
  });
}

/** All the text inside a parsed node, joined with spaces. */
function textOf(node: Node): string {
  const children = Object.entries(node).find(([key]) => key !== ':@')?.[1];
  if (!Array.isArray(children)) return String(children ?? '');
  return (children as Node[]).map((child) => ('#text' in child ? String(child['#text']) : textOf(child))).join(' ');
}

function parse(svg: string): Node[] {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(svg) as Node[];
}

function overlaps(a: PlacedLabel['box'], b: PlacedLabel['box']): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** The rings of an SVG path made of M, L and Z commands, as points. */
function ringsOf(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) => ring.replace(/Z$/, '').split('L').map((pair) => pair.split(',').map(Number) as [number, number]));
}

/** Even-odd point-in-polygon over all rings. */
function isInside(point: readonly [number, number], rings: [number, number][][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether a label's box touches a shape: a vertex of the shape in the box, or a point of the box (on a 2-unit grid) in the shape. */
function boxTouchesShape(box: PlacedLabel['box'], rings: [number, number][][]): boolean {
  const [left, top, right, bottom] = box;
  if (rings.some((ring) => ring.some(([x, y]) => x >= left && x <= right && y >= top && y <= bottom))) return true;
  for (let x = left; x <= right; x += 2) {
    for (let y = top; y <= bottom; y += 2) if (isInside([x, y], rings)) return true;
  }
  return false;
}

describe('map data', () => {
  it('holds all 27 first-level regions of Ukraine, Crimea and Sevastopol included', () => {
    const codes = regionFeatures().map((region) => region.properties.code);
    expect(codes).toHaveLength(27);
    expect(new Set(codes).size).toBe(27);
    expect(codes).toEqual(expect.arrayContaining(['UA-KR', 'UA-SC', 'UA-DT', 'UA-LH', 'UA-ZP', 'UA-KS', 'UA-KC']));
  });

  it('winds every region the way d3-geo expects (each covers a sliver of the globe, not the rest of it)', () => {
    for (const region of regionFeatures()) {
      const share = geoArea(region) / (4 * Math.PI);
      expect(share, region.properties.code).toBeGreaterThan(0);
      expect(share, region.properties.code).toBeLessThan(0.001);
    }
  });

  it('rejects data that is not the regions topology', () => {
    expect(() => parseRegionsTopology({ type: 'FeatureCollection', features: [] })).toThrow(/TopoJSON Topology/);
    const broken = structuredClone(UKRAINE_REGIONS);
    const first = broken.objects.regions.geometries[0];
    if (first) first.properties = { code: 'UA-XX' } as never;
    expect(() => parseRegionsTopology(broken)).toThrow(/code and a name/);
  });
});

describe('label size', () => {
  it('converts between viewBox units and rendered pixels', () => {
    expect(fontSizeForRenderedPx(11, 288, 400)).toBeCloseTo(15.28, 2);
    expect(renderedPx(16, 288, 400)).toBeCloseTo(11.52, 2);
    expect(renderedPx(fontSizeForRenderedPx(13, 500, 321), 500, 321)).toBeCloseTo(13, 10);
  });

  it('renders labels at 11 px or more when the map is 288 px wide (a 320 px screen)', () => {
    expect(renderedPx(LABEL_FONT_SIZE, NARROWEST_RENDER_WIDTH, MAP_WIDTH)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    for (const { map } of MAPS) {
      expect(map.width).toBe(MAP_WIDTH);
      const sizes = [...map.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(renderedPx(size, NARROWEST_RENDER_WIDTH, map.width)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    }
  });
});

describe.each(MAPS)('the $scheme map', ({ scheme, map }) => {
  const palette = MAP_PALETTES[scheme];
  const tree = parse(map.svg);

  it('is well-formed SVG with a viewBox matching its size', async () => {
    // librsvg, behind sharp, parses strictly: malformed XML is an error, not a best guess.
    const meta = await sharp(Buffer.from(map.svg)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['svg', map.width, map.height]);
    const [root] = findAll(tree, 'svg');
    expect(root?.[':@']?.['xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(root?.[':@']?.['viewBox']).toBe(`0 0 ${map.width} ${map.height}`);
    expect(map.height).toBeGreaterThan(map.width / 2);
    expect(locatorMapSize()).toEqual({ width: map.width, height: map.height });
  });

  it('has a <title> naming every place', () => {
    const [title] = findAll(tree, 'title');
    expect(title).toBeDefined();
    for (const place of MAP_PLACES) expect(textOf(title as Node)).toContain(place.label);
  });

  it('labels every place, and notes that Russia illegally annexed Crimea in 2014', () => {
    const texts = findAll(tree, 'text').map((node) => textOf(node).replace(/\s+/g, ' ').trim());
    for (const place of MAP_PLACES) expect(texts.some((t) => t.startsWith(place.label))).toBe(true);
    const crimea = texts.find((t) => t.startsWith('Crimea'));
    expect(crimea).toMatch(/Illegally annexed by Russia in 2014/);
  });

  it('draws a shaded path for each region the story names, and a dot for Kyiv', () => {
    const paths = findAll(tree, 'path').map((node) => node[':@'] ?? {});
    for (const place of MAP_PLACES.filter((p) => p.kind === 'region')) {
      const path = paths.find((attrs) => attrs['id'] === `place-${place.id}`);
      expect(path?.['d'], place.id).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    expect(map.svg).toContain(`<g fill="${palette.placeFill}"><path id="place-`);
    expect(map.svg).toMatch(/<circle id="place-kyiv" cx="[\d.]+" cy="[\d.]+"/);
    expect(paths.find((attrs) => attrs['id'] === 'land')?.['d']).toBeTruthy();
  });

  it('keeps coordinates inside the viewBox, to one decimal', () => {
    const numbers = [...map.svg.matchAll(/ d="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').match(/-?[\d.]+/g) ?? []);
    expect(numbers.length).toBeGreaterThan(1000);
    const outside = numbers.filter((n) => !/^\d+(\.\d)?$/.test(n) || Number(n) > map.width);
    expect(outside).toEqual([]);
  });

  it('uses only its own palette, in presentation attributes (no <style>, no style="", no script)', () => {
    const colours = new Set(map.svg.match(/#[0-9a-f]{6}\b/gi));
    expect([...colours].every((c) => Object.values(palette).includes(c))).toBe(true);
    expect(colours).toContain(palette.background);
    expect(map.svg).not.toMatch(/<style|style=|<script|href=/);
  });

  it(`is under ${MAP_FILE_BUDGET / 1024} KiB brotli-compressed`, () => {
    expect(brotliCompressSync(Buffer.from(map.svg)).length).toBeLessThan(MAP_FILE_BUDGET);
  });

  it('keeps labels inside the map and clear of each other', () => {
    expect(map.labels.map((l) => l.id)).toEqual(MAP_PLACES.map((p) => p.id));
    for (const label of map.labels) {
      const [left, top, right, bottom] = label.box;
      expect(left, label.id).toBeGreaterThanOrEqual(0);
      expect(top, label.id).toBeGreaterThanOrEqual(0);
      expect(right, label.id).toBeLessThanOrEqual(map.width);
      expect(bottom, label.id).toBeLessThanOrEqual(map.height);
    }
    for (const [i, a] of map.labels.entries()) {
      for (const b of map.labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} and ${b.id}`).toBe(false);
    }
  });

  it('keeps every label off the shaded regions, whatever the font (boxes allow for the widest system font)', () => {
    const shapes = MAP_PLACES.filter((p) => p.kind === 'region').map((place) => {
      const d = new RegExp(`<path id="place-${place.id}" d="([^"]+)"`).exec(map.svg)?.[1] ?? '';
      return { id: place.id, rings: ringsOf(d) };
    });
    expect(shapes.every((shape) => shape.rings.length > 0 && shape.rings.every((ring) => ring.length > 3))).toBe(true);
    const touching = map.labels.flatMap((label) =>
      shapes.filter((shape) => boxTouchesShape(label.box, shape.rings)).map((shape) => `${label.id} label on ${shape.id}`),
    );
    expect(touching).toEqual([]);
  });

  it('starts every leader line outside its label and ends it at its place', () => {
    const leaders = MAP_PLACES.filter((p) => p.hasLeader);
    expect(Object.keys(map.leaderTargets).sort()).toEqual(leaders.map((p) => p.id).sort());
    for (const label of map.labels.filter((l) => l.id in map.leaderTargets)) {
      const target = map.leaderTargets[label.id] as readonly [number, number];
      const [x, y] = leaderStart(label, target);
      const [left, top, right, bottom] = label.box;
      expect(x < left || x > right || y < top || y > bottom, label.id).toBe(true);
      expect(overlaps(label.box, [target[0], target[1], target[0], target[1]]), label.id).toBe(false);
      expect(map.svg).toContain(`M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}L`);
    }
  });
});

describe('leader lines', () => {
  const label = placeLabel('a', ['Donetsk'], [300, 100], 'end', 400);
  const [left, top, right, bottom] = label.box;

  it('leave from the anchored end when the place lies beyond it, whatever the font', () => {
    expect(leaderStart(label, [350, 104])).toEqual([label.x + 2, 104]);
    const start = placeLabel('b', ['Donetsk'], [100, 100], 'start', 400);
    expect(leaderStart(start, [50, 90])[0]).toBe(start.x - 2);
  });

  it('leave from the top or bottom edge, over text in any font, when the place is above or below', () => {
    const [x, y] = leaderStart(label, [100, 20]);
    expect(y).toBeLessThan(top);
    expect(x).toBeGreaterThan(left);
    expect(x).toBeLessThan(right);
    const [, below] = leaderStart(label, [290, 300]);
    expect(below).toBeGreaterThan(bottom);
  });

  it('leave from the free end when the place is level with the label', () => {
    expect(leaderStart(label, [100, 100])).toEqual([left - 2, 100]);
  });
});

describe('palettes', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio('red', '#fff')).toThrow(/#1c1b19/);
  });

  it.each(MAP_SCHEMES)('gives %s labels AA contrast (4.5:1) on every ground they sit on', (scheme) => {
    const p = MAP_PALETTES[scheme];
    for (const ground of [p.background, p.labelHalo, p.land, p.placeFill]) {
      expect(contrastRatio(p.label, ground), `${p.label} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(MAP_SCHEMES)('gives %s outlines 3:1 against what they separate', (scheme) => {
    const p = MAP_PALETTES[scheme];
    expect(contrastRatio(p.placeStroke, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.placeStroke, p.land)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.outline, p.background)).toBeGreaterThanOrEqual(3);
  });
});

describe('placing labels', () => {
  it('anchors a label at its point and slides it back inside the viewBox at the edges', () => {
    const width = estimateTextWidth('Luhansk');
    const inside = placeLabel('a', ['Luhansk'], [100, 50], 'start', 400);
    expect(inside.box[0]).toBe(100);
    expect(inside.box[2]).toBeCloseTo(100 + width, 6);
    const offRight = placeLabel('b', ['Luhansk'], [390, 50], 'start', 400);
    expect(offRight.box[2]).toBeLessThanOrEqual(400);
    expect(offRight.x).toBe(offRight.box[0]);
    const offLeft = placeLabel('c', ['Luhansk'], [10, 50], 'end', 400);
    expect(offLeft.box[0]).toBeGreaterThanOrEqual(0);
    expect(offLeft.x).toBeCloseTo(offLeft.box[2], 6);
  });

  it('makes a label with more lines taller, below its first line', () => {
    const one = placeLabel('a', ['Crimea'], [200, 200], 'middle', 400);
    const three = placeLabel('a', ['Crimea', 'Illegally annexed', 'by Russia in 2014'], [200, 200], 'middle', 400);
    expect(three.box[1]).toBe(one.box[1]);
    expect(three.box[3]).toBeGreaterThan(one.box[3] + LABEL_FONT_SIZE * 2);
    expect(three.box[2] - three.box[0]).toBeCloseTo(estimateTextWidth('by Russia in 2014'), 6);
  });
});

describe('text alternative', () => {
  it('names every place in the alt text', () => {
    for (const place of MAP_PLACES) expect(LOCATOR_MAP_ALT).toContain(place.label);
    expect(LOCATOR_MAP_ALT).toMatch(/illegally annexed it in 2014/);
  });

  it('says why each place matters, with the article’s facts', () => {
    const note = (id: string) => MAP_PLACES.find((p) => p.id === id)?.note ?? '';
    expect(note('donetsk')).toMatch(/about 70% of Donetsk/);
    expect(note('donetsk')).toMatch(/withdraw from the Donetsk region/);
    expect(note('luhansk')).toMatch(/Donbas/);
    expect(note('zaporizhzhia')).toMatch(/freeze the front lines/);
    expect(note('kherson')).toMatch(/freeze the front lines/);
    expect(note('crimea')).toMatch(/illegally annexed Crimea in 2014/);
    expect(note('kyiv')).toMatch(/capital/);
  });

  it('serves each scheme from its own file', () => {
    expect(MAP_SCHEMES.map(locatorMapFile)).toEqual(['map/light.svg', 'map/dark.svg']);
  });
});
