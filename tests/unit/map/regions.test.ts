import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  UKRAINE_REGIONS,
  geometriesOf,
  mergeRegions,
  parseRegionsTopology,
  regionBorders,
  regionFeatures,
} from '../../../src/lib/map/regions';
import { loadMapContent } from '../content-files';

/** Ukraine's first-level divisions: 24 oblasts, the Autonomous Republic of Crimea, Kyiv and Sevastopol. */
const FIRST_LEVEL_REGIONS = 27;

describe('map data', () => {
  it('holds all 27 first-level regions of Ukraine, Crimea and Sevastopol included', () => {
    const codes = regionFeatures().map((region) => region.properties.code);
    expect(codes).toHaveLength(FIRST_LEVEL_REGIONS);
    expect(new Set(codes).size).toBe(FIRST_LEVEL_REGIONS);
    expect(codes).toEqual(expect.arrayContaining(['UA-KR', 'UA-SC', 'UA-KC']));
  });

  it('gives every region a code and an English name', () => {
    for (const region of regionFeatures()) {
      expect(region.properties.code).toMatch(/^UA-[A-Z]{2}$/);
      expect(region.properties.name.length, region.properties.code).toBeGreaterThan(0);
    }
  });

  it('winds every region the way d3-geo expects (each covers a sliver of the globe, not the rest of it)', () => {
    for (const region of regionFeatures()) {
      const share = geoArea(region) / (4 * Math.PI);
      expect(share, region.properties.code).toBeGreaterThan(0);
      expect(share, region.properties.code).toBeLessThan(0.001);
    }
  });

  it('has every region code that content/map.yaml names', () => {
    const codes = new Set(regionFeatures().map((region) => region.properties.code));
    const named = loadMapContent().places.flatMap((place) => place.codes);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((code) => !codes.has(code))).toEqual([]);
  });
});

describe('parseRegionsTopology', () => {
  it('accepts the committed topology and returns it as it is', () => {
    expect(parseRegionsTopology(UKRAINE_REGIONS)).toBe(UKRAINE_REGIONS);
  });

  it('rejects data that is not a topology with a "regions" collection', () => {
    for (const json of [null, { type: 'FeatureCollection', features: [] }, { type: 'Topology', arcs: [], objects: {} }]) {
      expect(() => parseRegionsTopology(json), JSON.stringify(json)).toThrow(/TopoJSON Topology with a GeometryCollection "regions"/);
    }
  });

  it('rejects a region without a code and a name, or of another geometry type', () => {
    const unnamed = structuredClone(UKRAINE_REGIONS);
    const first = unnamed.objects.regions.geometries[0];
    if (first) first.properties = { code: 'UA-XX' } as never;
    expect(() => parseRegionsTopology(unnamed)).toThrow(/code and a name/);

    const point = structuredClone(UKRAINE_REGIONS) as unknown as { objects: { regions: { geometries: { type: string }[] } } };
    const second = point.objects.regions.geometries[1];
    if (second) second.type = 'Point';
    expect(() => parseRegionsTopology(point)).toThrow(/Polygon or MultiPolygon/);
  });
});

describe('geometriesOf', () => {
  it('finds the regions of each code, in the order asked', () => {
    const found = geometriesOf(UKRAINE_REGIONS, ['UA-SC', 'UA-KR']);
    expect(found.map((g) => g.properties?.code)).toEqual(['UA-SC', 'UA-KR']);
  });

  it('throws for a code the data does not have, listing the codes it has', () => {
    expect(() => geometriesOf(UKRAINE_REGIONS, ['UA-KC', 'UA-XX'])).toThrow(/^Region UA-XX is not in the map data; it has .*UA-KC/);
  });
});

describe('mergeRegions and regionBorders', () => {
  it('merges several regions into one shape covering them all', () => {
    const parts = geometriesOf(UKRAINE_REGIONS, ['UA-KR', 'UA-SC']);
    const merged = mergeRegions(UKRAINE_REGIONS, parts);
    expect(merged.type).toBe('MultiPolygon');
    const area = (codes: string[]) =>
      regionFeatures()
        .filter((f) => codes.includes(f.properties.code))
        .reduce((sum, f) => sum + geoArea(f), 0);
    expect(geoArea(merged)).toBeCloseTo(area(['UA-KR', 'UA-SC']), 8);
  });

  it('gives the outer border and the inner borders as separate lines', () => {
    const outline = regionBorders(UKRAINE_REGIONS, (a, b) => a === b);
    const inner = regionBorders(UKRAINE_REGIONS, (a, b) => a !== b);
    expect(outline.type).toBe('MultiLineString');
    expect(outline.coordinates.length).toBeGreaterThan(0);
    expect(inner.coordinates.length).toBeGreaterThan(0);
    const none = regionBorders(UKRAINE_REGIONS, () => false);
    expect(none.coordinates).toEqual([]);
  });
});
