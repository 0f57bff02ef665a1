import { brotliCompressSync } from 'node:zlib';
import { MAP_FILE_BUDGET } from '../../support/budgets';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZE, MAP_WIDTH, MIN_LABEL_PX, NARROWEST_RENDER_WIDTH, leaderStart, renderedPx, type PlacedLabel } from '../../../src/lib/map/labels';
import { UKRAINE_REGIONS } from '../../../src/lib/map/regions';
import { locatorMapSize, renderLocatorMap } from '../../../src/lib/map/render';
import { MAP_COLOURS, SCHEMES, SITE_COLOURS } from '../../../src/lib/palette';
import { loadMapContent } from '../content-files';

/** The places and alt text as the build reads them from content/map.yaml. */
const CONTENT = loadMapContent();
const PLACES = CONTENT.places;
const REGIONS = PLACES.filter((place) => place.kind === 'region');
const CAPITALS = PLACES.filter((place) => place.kind === 'capital');
const MAPS = SCHEMES.map((scheme) => ({ scheme, map: renderLocatorMap(UKRAINE_REGIONS, CONTENT, scheme) }));

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

describe('the map content', () => {
  it('has places of both kinds to draw', () => {
    expect(REGIONS.length).toBeGreaterThan(0);
    expect(CAPITALS.length).toBeGreaterThan(0);
  });

  it('names every place in the alt text, and says Crimea was illegally annexed', () => {
    for (const place of PLACES) expect(CONTENT.alt).toContain(place.label);
    expect(CONTENT.alt).toMatch(/illegally annexed/i);
  });
});

describe('locatorMapSize', () => {
  it('gives the viewBox size the map is drawn at, wider than it is tall but not by twice', () => {
    const size = locatorMapSize(UKRAINE_REGIONS);
    expect(size.width).toBe(MAP_WIDTH);
    expect(size.height).toBeGreaterThan(size.width / 2);
    expect(size.height).toBeLessThan(size.width);
    expect(Number.isInteger(size.height)).toBe(true);
  });
});

describe.each(MAPS)('the $scheme map', ({ scheme, map }) => {
  const tree = parse(map.svg);
  const colours: Record<string, string> = {
    paper: SITE_COLOURS.paper[scheme],
    ink: SITE_COLOURS.ink[scheme],
    land: MAP_COLOURS.land[scheme],
    outline: MAP_COLOURS.outline[scheme],
    placeFill: MAP_COLOURS.placeFill[scheme],
    placeStroke: MAP_COLOURS.placeStroke[scheme],
  };

  it('is well-formed SVG with a viewBox matching its size', async () => {
    // librsvg, behind sharp, parses strictly: malformed XML is an error, not a best guess.
    const meta = await sharp(Buffer.from(map.svg)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['svg', map.width, map.height]);
    const [root] = findAll(tree, 'svg');
    expect(root?.[':@']?.['xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(root?.[':@']?.['viewBox']).toBe(`0 0 ${map.width} ${map.height}`);
    expect(locatorMapSize(UKRAINE_REGIONS)).toEqual({ width: map.width, height: map.height });
  });

  it('has a <title> naming every place and the alt text as its <desc>', () => {
    const [title] = findAll(tree, 'title');
    expect(title).toBeDefined();
    for (const place of PLACES) expect(textOf(title as Node)).toContain(place.label);
    const [desc] = findAll(tree, 'desc');
    expect(textOf(desc as Node)).toBe(CONTENT.alt);
  });

  it('labels every place with its name and its extra lines', () => {
    const texts = findAll(tree, 'text').map((node) => ({ id: node[':@']?.['id'], text: textOf(node).replace(/\s+/g, ' ').trim() }));
    expect(texts).toEqual(PLACES.map((place) => ({ id: `label-${place.id}`, text: [place.label, ...place.subLabel].join(' ') })));
  });

  it('notes on the map itself that Russia illegally annexed Crimea in 2014', () => {
    const crimea = PLACES.find((place) => place.codes.includes('UA-KR'));
    expect(crimea).toBeDefined();
    const text = findAll(tree, 'text').find((node) => node[':@']?.['id'] === `label-${crimea?.id}`);
    expect(textOf(text as Node).replace(/\s+/g, ' ')).toMatch(/Illegally annexed by Russia in 2014/i);
  });

  it('draws a shaded path for each region the story names, and a dot for each capital', () => {
    const paths = findAll(tree, 'path').map((node) => node[':@'] ?? {});
    for (const place of REGIONS) {
      const path = paths.find((attrs) => attrs['id'] === `place-${place.id}`);
      expect(path?.['d'], place.id).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    expect(map.svg).toContain(`<g fill="${colours.placeFill}"><path id="place-`);
    for (const place of CAPITALS) expect(map.svg).toMatch(new RegExp(`<circle id="place-${place.id}" cx="[\\d.]+" cy="[\\d.]+"`));
    expect(paths.find((attrs) => attrs['id'] === 'land')?.['d']).toBeTruthy();
  });

  it('keeps coordinates inside the viewBox, to one decimal', () => {
    const numbers = [...map.svg.matchAll(/ d="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').match(/-?[\d.]+/g) ?? []);
    expect(numbers.length).toBeGreaterThan(1000);
    const outside = numbers.filter((n) => !/^\d+(\.\d)?$/.test(n) || Number(n) > map.width);
    expect(outside).toEqual([]);
  });

  it('uses only the palette’s colours for its scheme, in presentation attributes (no <style>, no style="", no script)', () => {
    const used = new Set(map.svg.match(/#[0-9a-f]{6}\b/gi));
    expect([...used].filter((colour) => !Object.values(colours).includes(colour))).toEqual([]);
    expect(used).toContain(colours.paper);
    expect(used).toContain(colours.ink);
    expect(map.svg).not.toMatch(/<style|style=|<script|href=/);
  });

  it('is under 20 KiB brotli-compressed', () => {
    expect(brotliCompressSync(Buffer.from(map.svg)).length).toBeLessThan(MAP_FILE_BUDGET);
  });

  it('renders every label at 11 px or more when the map is 288 px wide', () => {
    const sizes = [...map.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes).toEqual([LABEL_FONT_SIZE]);
    for (const size of sizes) expect(renderedPx(size, NARROWEST_RENDER_WIDTH, map.width)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });

  it('keeps labels inside the map and clear of each other', () => {
    expect(map.labels.map((l) => l.id)).toEqual(PLACES.map((p) => p.id));
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
    const shapes = REGIONS.map((place) => {
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
    const leaders = PLACES.filter((p) => p.hasLeader);
    expect(Object.keys(map.leaderTargets).sort()).toEqual(leaders.map((p) => p.id).sort());
    for (const label of map.labels.filter((l) => l.id in map.leaderTargets)) {
      const target = map.leaderTargets[label.id] as readonly [number, number];
      const [x, y] = leaderStart(label, target);
      const [left, top, right, bottom] = label.box;
      expect(x < left || x > right || y < top || y > bottom, label.id).toBe(true);
      expect(overlaps(label.box, [target[0], target[1], target[0], target[1]]), label.id).toBe(false);
      expect(map.svg).toContain(`M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}L${Math.round(target[0] * 10) / 10},${Math.round(target[1] * 10) / 10}`);
    }
  });
});

describe('renderLocatorMap', () => {
  it('draws the same SVG every time', () => {
    expect(renderLocatorMap(UKRAINE_REGIONS, CONTENT, 'light').svg).toBe(MAPS[0]?.map.svg);
  });

  it('escapes text for XML', () => {
    const [first, ...rest] = PLACES;
    if (!first) throw new Error('content/map.yaml has no places');
    const map = renderLocatorMap(UKRAINE_REGIONS, { places: [{ ...first, label: 'A & <B>' }, ...rest], alt: 'Alt "quoted" & <tagged>', title: 'Map & <title>' }, 'light');
    expect(map.svg).toContain('<title>Map &#38; &#60;title&#62;: ');
    expect(map.svg).toContain('A &#38; &#60;B&#62;');
    expect(map.svg).toContain('<desc>Alt &#34;quoted&#34; &#38; &#60;tagged&#62;</desc>');
    expect(map.svg).not.toContain('<B>');
  });

  it('refuses a label that runs off the top of the map, naming the place and content/map.yaml', () => {
    const [first, ...rest] = PLACES;
    if (!first) throw new Error('content/map.yaml has no places');
    const north = { ...first, labelAt: [first.labelAt[0], 53.9] as [number, number] };
    expect(() => renderLocatorMap(UKRAINE_REGIONS, { places: [north, ...rest], alt: CONTENT.alt, title: CONTENT.title }, 'light')).toThrow(
      new RegExp(`^content/map\\.yaml: the label of ${first.id} runs off the map`),
    );
  });

  it('refuses a place whose region code is not in the map data', () => {
    const [first, ...rest] = PLACES;
    if (!first) throw new Error('content/map.yaml has no places');
    expect(() => renderLocatorMap(UKRAINE_REGIONS, { places: [{ ...first, codes: ['UA-XX'] }, ...rest], alt: CONTENT.alt, title: CONTENT.title }, 'dark')).toThrow(
      /Region UA-XX is not in the map data/,
    );
  });
});
