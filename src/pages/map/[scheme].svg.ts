import type { APIRoute, GetStaticPaths } from 'astro';
import { UKRAINE_REGIONS } from '../../lib/map/regions';
import { renderLocatorMap } from '../../lib/map/render';
import { SCHEMES, type Scheme } from '../../lib/palette';
import { getStory } from '../../model/story';

// The locator map as one static SVG per colour scheme (map/light.svg, map/dark.svg), drawn at build time.
export const getStaticPaths = (() => SCHEMES.map((scheme) => ({ params: { scheme }, props: { scheme } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ scheme: Scheme }> = async ({ props }) => {
  const { map } = await getStory();
  return new Response(renderLocatorMap(UKRAINE_REGIONS, map, props.scheme).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
