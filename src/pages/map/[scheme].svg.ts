import type { APIRoute, GetStaticPaths } from 'astro';
import { MAP_SCHEMES, UKRAINE_REGIONS, renderLocatorMap, type MapScheme } from '../../lib/locator-map';

// The locator map as one static SVG per colour scheme (map/light.svg, map/dark.svg), drawn at build time.
export const getStaticPaths = (() =>
  MAP_SCHEMES.map((scheme) => ({ params: { scheme }, props: { scheme } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ scheme: MapScheme }> = ({ props }) =>
  new Response(renderLocatorMap(UKRAINE_REGIONS, props.scheme).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
