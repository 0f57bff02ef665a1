import { geoCentroid, geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { MapPlace } from '../../schemas/map';
import { MAP_COLOURS, SITE_COLOURS, type Scheme } from '../palette';
import { LABEL_FONT_SIZE, LINE_HEIGHT, MAP_WIDTH, leaderStart, placeLabel, type PlacedLabel } from './labels';
import { geometriesOf, mergeRegions, regionBorders, type RegionGeometry, type RegionsTopology } from './regions';

/** What the map shows: its places and the words of its text alternative. */
export interface MapContent {
  /** The places the story names, in caption order. */
  places: readonly MapPlace[];
  /** The map's title in the edition's language, also the SVG's <title>. */
  title: string;
  /** The text alternative, also the SVG's <desc>. */
  alt: string;
}

/** The map as drawn: the SVG and the layout behind it. */
export interface LocatorMap {
  /** Width of the viewBox (MAP_WIDTH). */
  width: number;
  /** Height of the viewBox, from the country's shape. */
  height: number;
  /** Where each label went, in place order. */
  labels: PlacedLabel[];
  /** Where each leader line ends: the middle of its place, by place id. */
  leaderTargets: Record<string, readonly [number, number]>;
  /** The complete SVG document. */
  svg: string;
}

/** Space kept clear around the country, in viewBox units: room for labels east and south. */
const MARGIN = { top: 6, right: 62, bottom: 60, left: 6 } as const;
/** Radius of the capital's dot. */
const CAPITAL_RADIUS = 4;
/** The site's sans-serif stack; an SVG in an <img> cannot load web fonts. */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Escapes text for SVG content and attributes. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Rounds a coordinate to one decimal, as geoPath().digits(1) does. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The projection fitted to Ukraine inside the margins, and the viewBox size it gives. */
function fitMap(topology: RegionsTopology): { projection: GeoProjection; land: MultiPolygon; width: number; height: number } {
  const land = mergeRegions(topology, topology.objects.regions.geometries);
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
export function locatorMapSize(topology: RegionsTopology): { width: number; height: number } {
  const { width, height } = fitMap(topology);
  return { width, height };
}

/** Renders the locator map of Ukraine with the story's places, as a standalone SVG document in one colour scheme. */
export function renderLocatorMap(topology: RegionsTopology, content: MapContent, scheme: Scheme): LocatorMap {
  const paper = SITE_COLOURS.paper[scheme];
  const ink = SITE_COLOURS.ink[scheme];
  const { projection, land, width, height } = fitMap(topology);
  const path = geoPath(projection).digits(1);
  const d = (object: GeoPermissibleObjects) => path(object) ?? '';

  const placeCodes = new Set(content.places.filter((p) => p.kind === 'region').flatMap((p) => p.codes));
  const isPlace = (g: RegionGeometry) => placeCodes.has(g.properties?.code ?? '');
  const innerBorders = regionBorders(topology, (a, b) => a !== b);
  const outline = regionBorders(topology, (a, b) => a === b);
  const placeBorders = regionBorders(topology, (a, b) => isPlace(a) || isPlace(b));

  const shapes: string[] = [];
  const marks: string[] = [];
  const labels: PlacedLabel[] = [];
  const leaderTargets: Record<string, readonly [number, number]> = {};
  for (const place of content.places) {
    const geometries = geometriesOf(topology, place.codes);
    const at = projection([place.labelAt[0], place.labelAt[1]]);
    if (!at) throw new Error(`The label of ${place.id} does not project onto the map.`);
    const label = placeLabel(place.id, [place.label, ...place.subLabel], at, place.anchor, width);
    if (label.box[1] < 0 || label.box[3] > height) {
      throw new Error(`content/map.yaml: the label of ${place.id} runs off the map (top ${label.box[1].toFixed(1)}, bottom ${label.box[3].toFixed(1)}, height ${height}); move its labelAt.`);
    }
    labels.push(label);
    let target: [number, number];
    if (place.kind === 'region') {
      const shape = mergeRegions(topology, geometries);
      shapes.push(`<path id="place-${place.id}" d="${d(shape)}"/>`);
      target = path.centroid(shape);
    } else {
      const point = projection(geoCentroid(feature(topology, geometries[0] as RegionGeometry)));
      if (!point) throw new Error(`The capital ${place.id} does not project onto the map.`);
      target = point;
      marks.push(`<circle id="place-${place.id}" cx="${round(point[0])}" cy="${round(point[1])}" r="${CAPITAL_RADIUS}" stroke="${paper}" stroke-width="1.5"/>`);
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
    `<title>${escapeXml(content.title)}: ${escapeXml(content.places.map((p) => p.label).join(', '))}</title>`,
    `<desc>${escapeXml(content.alt)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${paper}"/>`,
    `<path id="land" d="${d(land)}" fill="${MAP_COLOURS.land[scheme]}"/>`,
    `<g fill="${MAP_COLOURS.placeFill[scheme]}">${shapes.join('')}</g>`,
    `<g fill="none" stroke-linejoin="round">`,
    `<path d="${d(innerBorders)}" stroke="${paper}" stroke-width="0.8"/>`,
    `<path d="${d(outline)}" stroke="${MAP_COLOURS.outline[scheme]}" stroke-width="0.8"/>`,
    `<path d="${d(placeBorders)}" stroke="${MAP_COLOURS.placeStroke[scheme]}" stroke-width="1.4"/>`,
    '</g>',
    `<g fill="${ink}" stroke="${ink}">${marks.join('')}</g>`,
    `<g font-family="${FONT_FAMILY}" font-size="${LABEL_FONT_SIZE}" font-weight="700" fill="${ink}" stroke="${paper}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${text}</g>`,
    '</svg>',
  ].join('');
  return { width, height, labels, leaderTargets, svg };
}
