import { feature, merge, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import regionsJson from '../../data/ukraine-regions.json' with { type: 'json' };

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

/** The geometries of a place's regions; fails when a code is not in the data. */
export function geometriesOf(topology: RegionsTopology, codes: readonly string[]): RegionGeometry[] {
  const all = topology.objects.regions.geometries;
  return codes.map((code) => {
    const found = all.find((g) => g.properties?.code === code);
    if (!found) throw new Error(`Region ${code} is not in the map data; it has ${all.map((g) => g.properties?.code).join(', ')}.`);
    return found;
  });
}

/** Every region of the topology as a GeoJSON feature, in file order. */
export function regionFeatures(topology: RegionsTopology = UKRAINE_REGIONS): Feature<Polygon | MultiPolygon, RegionProperties>[] {
  return topology.objects.regions.geometries.map((geometry) => feature(topology, geometry) as Feature<Polygon | MultiPolygon, RegionProperties>);
}

/** One shape of several regions (Crimea with Sevastopol; the whole country). */
export function mergeRegions(topology: RegionsTopology, geometries: RegionGeometry[]): MultiPolygon {
  return merge(topology, geometries);
}

/** The borders between regions that `filter` keeps (a === b for the outer border). */
export function regionBorders(topology: RegionsTopology, filter: (a: RegionGeometry, b: RegionGeometry) => boolean): MultiLineString {
  return mesh(topology, topology.objects.regions, (a, b) => filter(a as RegionGeometry, b as RegionGeometry));
}
