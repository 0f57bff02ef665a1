import { geoCentroid, geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
// topojson-client publishes no type declarations and @types/topojson-client is not installed;
// the three functions used here are typed by TopojsonClient below.
// @ts-expect-error TS7016: untyped module
import * as untypedTopojson from 'topojson-client';
import regionsJson from '../data/ukraine-regions.json' with { type: 'json' };

/** Properties of each region in src/data/ukraine-regions.json. */
export interface RegionProperties {
  /** HASC-style code, "UA-DT". */
  code: string;
  /** English name, "Donetsk". */
  name: string;
}

/** One region in the topology: a Polygon or MultiPolygon with its properties. */
export type RegionGeometry = TopoPolygon<RegionProperties> | TopoMultiPolygon<RegionProperties>;

/** The GeometryCollection of regions. */
export interface RegionCollection extends GeometryCollection<RegionProperties> {
  /** The regions, in file order. */
  geometries: RegionGeometry[];
}

/** The committed TopoJSON: one GeometryCollection "regions" of Ukraine's first-level regions. */
export type RegionsTopology = Topology<{ regions: RegionCollection }>;

interface TopojsonClient {
  feature(topology: RegionsTopology, object: RegionGeometry): Feature<Polygon | MultiPolygon, RegionProperties>;
  mesh(
    topology: RegionsTopology,
    object: RegionCollection,
    filter: (a: RegionGeometry, b: RegionGeometry) => boolean,
  ): MultiLineString;
  merge(topology: RegionsTopology, objects: RegionGeometry[]): MultiPolygon;
}
const topojson = untypedTopojson as TopojsonClient;

/** Checks that parsed JSON is the regions topology the map expects, and returns it typed. */
export function parseRegionsTopology(json: unknown): RegionsTopology {
  interface Loose {
    type?: unknown;
    arcs?: unknown;
    objects?: { regions?: { type?: unknown; geometries?: { type?: unknown; properties?: { code?: unknown; name?: unknown } }[] } };
  }
  const topology = json as Loose | null;
  const regions = topology?.objects?.regions;
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs) || regions?.type !== 'GeometryCollection' || !Array.isArray(regions.geometries)) {
    throw new Error('Map data: expected a TopoJSON Topology with a GeometryCollection "regions" (see src/data/ukraine-regions.SOURCE.md).');
  }
  for (const geometry of regions.geometries) {
    const p = geometry.properties;
    if ((geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || typeof p?.code !== 'string' || typeof p.name !== 'string') {
      throw new Error(`Map data: every region must be a Polygon or MultiPolygon with a code and a name; got ${JSON.stringify({ type: geometry.type, properties: p })}.`);
    }
  }
  return json as RegionsTopology;
}

/** Ukraine's 27 first-level regions (Natural Earth, simplified), from src/data/ukraine-regions.json. */
export const UKRAINE_REGIONS: RegionsTopology = parseRegionsTopology(regionsJson);

/** Colour schemes the map is drawn in, one SVG file each. */
export const MAP_SCHEMES = ['light', 'dark'] as const;
/** One of MAP_SCHEMES. */
export type MapScheme = (typeof MAP_SCHEMES)[number];

/** Path of a scheme's SVG file, relative to the site's base ("map/light.svg"). */
export function locatorMapFile(scheme: MapScheme): string {
  return `map/${scheme}.svg`;
}

/** Colours of one scheme, as #rrggbb strings. */
export interface MapPalette {
  /** Behind everything: the page's paper colour. */
  background: string;
  /** Land of Ukraine. */
  land: string;
  /** Lines between regions. */
  regionBorder: string;
  /** Ukraine's outer border and coast. */
  outline: string;
  /** Fill of the regions the story names. */
  placeFill: string;
  /** Outline of the regions the story names. */
  placeStroke: string;
  /** Label text, leader lines and the capital's dot. */
  label: string;
  /** Halo under labels so they stay legible over lines and land. */
  labelHalo: string;
}

/** The palettes, matching the site's paper and ink in each scheme (see src/styles/global.css). */
export const MAP_PALETTES: Record<MapScheme, MapPalette> = {
  light: {
    background: '#fdfcf9',
    land: '#e6e1d6',
    regionBorder: '#fdfcf9',
    outline: '#8b877f',
    placeFill: '#f3c98b',
    placeStroke: '#8f4500',
    label: '#1c1b19',
    labelHalo: '#fdfcf9',
  },
  dark: {
    background: '#151514',
    land: '#34322e',
    regionBorder: '#151514',
    outline: '#77736c',
    placeFill: '#6e4a17',
    placeStroke: '#f2a654',
    label: '#ecebe7',
    labelHalo: '#151514',
  },
};

/** Relative luminance of a #rrggbb colour, as WCAG 2 defines it (0 black, 1 white). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Expected a colour like "#1c1b19", got "${hex}".`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Width of the map's viewBox, in its own units. */
export const MAP_WIDTH = 400;
/** Narrowest width the map is drawn at, in CSS pixels: a 320 px screen less the page's 16 px padding each side. */
export const NARROWEST_RENDER_WIDTH = 288;
/** Smallest rendered label size allowed at the narrowest width, in CSS pixels. */
export const MIN_LABEL_PX = 11;

/** The viewBox font size, in viewBox units, that renders as `px` CSS pixels when the map is `renderedWidth` pixels wide. */
export function fontSizeForRenderedPx(px: number, renderedWidth: number, viewBoxWidth = MAP_WIDTH): number {
  return (px * viewBoxWidth) / renderedWidth;
}

/** The rendered size, in CSS pixels, of a viewBox font size when the map is `renderedWidth` pixels wide. */
export function renderedPx(fontSize: number, renderedWidth: number, viewBoxWidth = MAP_WIDTH): number {
  return (fontSize * renderedWidth) / viewBoxWidth;
}

/** Font size of every label, in viewBox units: 11 px at 288 px wide, rounded up to a whole unit (16). */
export const LABEL_FONT_SIZE = Math.ceil(fontSizeForRenderedPx(MIN_LABEL_PX, NARROWEST_RENDER_WIDTH));

/** A place the story names, as the map shows it and the text alternative describes it. */
export interface MapPlace {
  /** Stable id, used in the SVG ("place-donetsk"). */
  id: string;
  /** Label on the map. */
  label: string;
  /** Name in the text alternative ("Donetsk region"). */
  fullName: string;
  /** A region is shaded; the capital is a dot. */
  kind: 'region' | 'capital';
  /** Codes of the regions that make up the place (Crimea includes Sevastopol). */
  codes: readonly string[];
  /** Extra label lines under the name, in regular weight; default none. */
  subLabel?: readonly string[];
  /** Where the label goes, [longitude, latitude]: the middle of its first line at the anchored end; chosen by eye in open space. */
  labelAt: readonly [number, number];
  /** Which end of the text sits at labelAt. */
  anchor: 'start' | 'middle' | 'end';
  /** Whether a thin line joins the label to the middle of the place; default false. */
  hasLeader?: boolean;
  /** Why the place matters in the story, from the article only. */
  note: string;
}

/** The places the story names, in the order the text alternative lists them. */
export const MAP_PLACES: readonly MapPlace[] = [
  {
    id: 'kyiv',
    label: 'Kyiv',
    fullName: 'Kyiv',
    kind: 'capital',
    codes: ['UA-KC'],
    labelAt: [30.05, 50.45],
    anchor: 'end',
    note: 'Ukraine’s capital. Concerns linger in Kyiv and European capitals about Trump’s intentions.',
  },
  {
    id: 'donetsk',
    label: 'Donetsk',
    fullName: 'Donetsk region',
    kind: 'region',
    codes: ['UA-DT'],
    labelAt: [39.05, 47.3],
    anchor: 'start',
    hasLeader: true,
    note:
      'A key point of discussion for Monday’s talks. Putin reportedly proposed that Ukraine withdraw from the Donetsk region in the Donbas. Russia claims the Donbas as its territory, including about 70% of Donetsk.',
  },
  {
    id: 'luhansk',
    label: 'Luhansk',
    fullName: 'Luhansk region',
    kind: 'region',
    codes: ['UA-LH'],
    labelAt: [44, 50],
    anchor: 'end',
    hasLeader: true,
    note: 'Russia claims the Donbas as its territory, including Luhansk.',
  },
  {
    id: 'zaporizhzhia',
    label: 'Zaporizhzhia',
    fullName: 'Zaporizhzhia region',
    kind: 'region',
    codes: ['UA-ZP'],
    labelAt: [35.75, 46.02],
    anchor: 'start',
    hasLeader: true,
    note: 'Under Putin’s reported offer, Russia would freeze the front lines here in exchange for Ukraine withdrawing from Donetsk.',
  },
  {
    id: 'kherson',
    label: 'Kherson',
    fullName: 'Kherson region',
    kind: 'region',
    codes: ['UA-KS'],
    labelAt: [32.2, 47.3],
    anchor: 'end',
    hasLeader: true,
    note: 'Under Putin’s reported offer, Russia would freeze the front lines here in exchange for Ukraine withdrawing from Donetsk.',
  },
  {
    id: 'crimea',
    label: 'Crimea',
    fullName: 'Crimea',
    kind: 'region',
    codes: ['UA-KR', 'UA-SC'],
    subLabel: ['Illegally annexed', 'by Russia in 2014'],
    labelAt: [34.3, 44.05],
    anchor: 'middle',
    note: 'Part of Ukraine. Russia illegally annexed Crimea in 2014, eight years before its full-scale invasion of Ukraine.',
  },
];

/** Alt text of the map image: what it shows (tests check it names every place). */
export const LOCATOR_MAP_ALT =
  'Map of Ukraine. Shaded in the east and south: the Luhansk, Donetsk, Zaporizhzhia and Kherson regions, and Crimea, drawn as part of Ukraine with a note that Russia illegally annexed it in 2014. A dot marks the capital, Kyiv, in the north.';

/** A label as placed on the map, in viewBox units. */
export interface PlacedLabel {
  /** Id of the place. */
  id: string;
  /** Lines of text, the name first. */
  lines: readonly string[];
  /** Horizontal anchor of every line. */
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** text-anchor of the lines. */
  anchor: 'start' | 'middle' | 'end';
  /** Box the text occupies, estimated from character counts: left, top, right, bottom. */
  box: readonly [number, number, number, number];
}

/** The map as drawn: the SVG and the layout behind it. */
export interface LocatorMap {
  /** Width of the viewBox (MAP_WIDTH). */
  width: number;
  /** Height of the viewBox, from the country's shape. */
  height: number;
  /** Where each label went, in MAP_PLACES order. */
  labels: PlacedLabel[];
  /** Where each leader line ends: the middle of its place, by place id. */
  leaderTargets: Record<string, readonly [number, number]>;
  /** The complete SVG document. */
  svg: string;
}

/** Space kept clear around the country, in viewBox units: room for labels east and south. */
const MARGIN = { top: 6, right: 62, bottom: 60, left: 6 } as const;
/** Closest a label may come to the edge of the viewBox. */
const EDGE = 2;
/** Gap between a label's box and the start of its leader line. */
const LEADER_GAP = 2;
/** Widest average advance of a label character, as a share of the font size: DejaVu Sans Bold (Linux's usual system-ui) measured up to 0.68 in Chromium. */
const CHAR_WIDTH = 0.68;
/** Narrowest average advance assumed, below common bold system fonts, so a leader never starts beside empty space. */
const MIN_CHAR_WIDTH = 0.5;
/** Distance between label lines, as a share of the font size. */
const LINE_HEIGHT = 1.15;
/** Radius of the capital's dot. */
const CAPITAL_RADIUS = 4;
/** The site's sans-serif stack; an SVG in an <img> cannot load web fonts. */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Estimated width of a line of text at a font size, in viewBox units; the widest fonts by default. */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE, charWidth = CHAR_WIDTH): number {
  return text.length * fontSize * charWidth;
}

/** Places a label with the middle of its first line at a projected point, slid back inside the viewBox if needed. */
export function placeLabel(
  id: string,
  lines: readonly string[],
  at: readonly [number, number],
  anchor: PlacedLabel['anchor'],
  width: number,
  fontSize = LABEL_FONT_SIZE,
): PlacedLabel {
  const textWidth = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
  // Cap height about 0.72 em above the baseline, descenders about 0.22 em below it.
  const ascent = fontSize * 0.72;
  const below = (lines.length - 1) * LINE_HEIGHT * fontSize + fontSize * 0.22;
  const y = at[1] + ascent / 2;
  const left = anchor === 'start' ? at[0] : anchor === 'end' ? at[0] - textWidth : at[0] - textWidth / 2;
  const shift = Math.max(EDGE - left, 0) + Math.min(width - EDGE - (left + textWidth), 0);
  return { id, lines, x: at[0] + shift, y, anchor, box: [left + shift, y - ascent, left + shift + textWidth, y + below] };
}

/**
 * Where a leader line leaves a label, a small gap outside it. Text width depends on the reader's font, so the
 * line leaves from what does not move: the anchored end when the target lies beyond it, else the top or bottom
 * edge above or below the part of the name that is text in any font.
 */
export function leaderStart(label: PlacedLabel, target: readonly [number, number]): [number, number] {
  const [left, top, right, bottom] = label.box;
  const y = Math.min(Math.max(target[1], top), bottom);
  if (label.anchor === 'end' && target[0] > label.x) return [label.x + LEADER_GAP, y];
  if (label.anchor === 'start' && target[0] < label.x) return [label.x - LEADER_GAP, y];
  const sureWidth = estimateTextWidth(label.lines[0] ?? '', LABEL_FONT_SIZE, MIN_CHAR_WIDTH);
  const [sureLeft, sureRight] =
    label.anchor === 'start' ? [label.x, label.x + sureWidth] : label.anchor === 'end' ? [label.x - sureWidth, label.x] : [label.x - sureWidth / 2, label.x + sureWidth / 2];
  const x = Math.min(Math.max(target[0], sureLeft), sureRight);
  if (target[1] < top) return [x, top - LEADER_GAP];
  if (target[1] > bottom) return [x, bottom + LEADER_GAP];
  // Beside the label on its free end: leave from the widest the text can be.
  return [target[0] < left ? left - LEADER_GAP : right + LEADER_GAP, y];
}

/** Escapes text for SVG content and attributes. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Rounds a coordinate to one decimal, as geoPath().digits(1) does. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The geometries of a place's regions; fails when a code is not in the data. */
function geometriesOf(topology: RegionsTopology, codes: readonly string[]): RegionGeometry[] {
  const all = topology.objects.regions.geometries;
  return codes.map((code) => {
    const found = all.find((g) => g.properties?.code === code);
    if (!found) throw new Error(`Region ${code} is not in the map data; it has ${all.map((g) => g.properties?.code).join(', ')}.`);
    return found;
  });
}

/** Every region of the topology as a GeoJSON feature, in file order. */
export function regionFeatures(topology: RegionsTopology = UKRAINE_REGIONS): Feature<Polygon | MultiPolygon, RegionProperties>[] {
  return topology.objects.regions.geometries.map((geometry) => topojson.feature(topology, geometry));
}

/** The projection fitted to Ukraine inside the margins, and the viewBox size it gives. */
function fitMap(topology: RegionsTopology): { projection: GeoProjection; land: MultiPolygon; width: number; height: number } {
  const land = topojson.merge(topology, topology.objects.regions.geometries);
  // Conic conformal with standard parallels across Ukraine's latitudes, centred on its middle meridian.
  const projection = geoConicConformal()
    .parallels([45.5, 51])
    .rotate([-31.2, 0])
    .fitWidth(MAP_WIDTH - MARGIN.left - MARGIN.right, land);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(land);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN.left - x0, ty + MARGIN.top - y0]);
  return { projection, land, width: MAP_WIDTH, height: Math.ceil(y1 - y0 + MARGIN.top + MARGIN.bottom) };
}

/** Width and height of the map's viewBox, for the <img> attributes. */
export function locatorMapSize(topology: RegionsTopology = UKRAINE_REGIONS): { width: number; height: number } {
  const { width, height } = fitMap(topology);
  return { width, height };
}

/** Renders the locator map of Ukraine with the story's places, as a standalone SVG document in one colour scheme. */
export function renderLocatorMap(topology: RegionsTopology, scheme: MapScheme): LocatorMap {
  const palette = MAP_PALETTES[scheme];
  const regions = topology.objects.regions;
  const { projection, land, width, height } = fitMap(topology);
  const path = geoPath(projection).digits(1);
  const d = (object: GeoPermissibleObjects) => path(object) ?? '';

  const placeCodes = new Set(MAP_PLACES.filter((p) => p.kind === 'region').flatMap((p) => p.codes));
  const isPlace = (g: RegionGeometry) => placeCodes.has(g.properties?.code ?? '');
  const innerBorders = topojson.mesh(topology, regions, (a, b) => a !== b);
  const outline = topojson.mesh(topology, regions, (a, b) => a === b);
  const placeBorders = topojson.mesh(topology, regions, (a, b) => isPlace(a) || isPlace(b));

  const shapes: string[] = [];
  const marks: string[] = [];
  const labels: PlacedLabel[] = [];
  const leaderTargets: Record<string, readonly [number, number]> = {};
  for (const place of MAP_PLACES) {
    const geometries = geometriesOf(topology, place.codes);
    const at = projection([place.labelAt[0], place.labelAt[1]]);
    if (!at) throw new Error(`The label of ${place.id} does not project onto the map.`);
    const label = placeLabel(place.id, [place.label, ...(place.subLabel ?? [])], at, place.anchor, width);
    if (label.box[1] < 0 || label.box[3] > height) {
      throw new Error(`The label of ${place.id} runs off the map (top ${label.box[1].toFixed(1)}, bottom ${label.box[3].toFixed(1)}, height ${height}).`);
    }
    labels.push(label);
    let target: [number, number];
    if (place.kind === 'region') {
      const shape = topojson.merge(topology, geometries);
      shapes.push(`<path id="place-${place.id}" d="${d(shape)}"/>`);
      target = path.centroid(shape);
    } else {
      const point = projection(geoCentroid(topojson.feature(topology, geometries[0] as RegionGeometry)));
      if (!point) throw new Error(`The capital ${place.id} does not project onto the map.`);
      target = point;
      marks.push(`<circle id="place-${place.id}" cx="${round(point[0])}" cy="${round(point[1])}" r="${CAPITAL_RADIUS}" stroke="${palette.labelHalo}" stroke-width="1.5"/>`);
    }
    if (place.hasLeader) {
      const [x1, y1] = leaderStart(label, target);
      leaderTargets[place.id] = target;
      marks.push(`<path d="M${round(x1)},${round(y1)}L${round(target[0])},${round(target[1])}" fill="none" stroke-width="1"/>`);
      marks.push(`<circle cx="${round(target[0])}" cy="${round(target[1])}" r="2" stroke="none"/>`);
    }
  }

  const text = labels
    .map((label) => {
      const [name = '', ...rest] = label.lines;
      const more = rest
        .map((line) => `<tspan x="${round(label.x)}" dy="${round(LABEL_FONT_SIZE * LINE_HEIGHT)}" font-weight="400">${escapeXml(line)}</tspan>`)
        .join('');
      return `<text id="label-${label.id}" x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}">${escapeXml(name)}${more}</text>`;
    })
    .join('');

  // Presentation attributes only (no <style>, no style=""): a strict Content-Security-Policy on the file cannot strip them.
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title>Locator map of Ukraine: ${escapeXml(MAP_PLACES.map((p) => p.label).join(', '))}</title>`,
    `<desc>${escapeXml(LOCATOR_MAP_ALT)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
    `<path id="land" d="${d(land)}" fill="${palette.land}"/>`,
    `<g fill="${palette.placeFill}">${shapes.join('')}</g>`,
    `<g fill="none" stroke-linejoin="round">`,
    `<path d="${d(innerBorders)}" stroke="${palette.regionBorder}" stroke-width="0.8"/>`,
    `<path d="${d(outline)}" stroke="${palette.outline}" stroke-width="0.8"/>`,
    `<path d="${d(placeBorders)}" stroke="${palette.placeStroke}" stroke-width="1.4"/>`,
    '</g>',
    `<g fill="${palette.label}" stroke="${palette.label}">${marks.join('')}</g>`,
    `<g font-family="${FONT_FAMILY}" font-size="${LABEL_FONT_SIZE}" font-weight="700" fill="${palette.label}" stroke="${palette.labelHalo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${text}</g>`,
    '</svg>',
  ].join('');
  return { width, height, labels, leaderTargets, svg };
}
