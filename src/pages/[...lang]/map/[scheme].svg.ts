import type { APIRoute, GetStaticPaths } from 'astro';
import { UKRAINE_REGIONS } from '../../../lib/map/regions';
import { renderLocatorMap } from '../../../lib/map/render';
import { SCHEMES, type Scheme } from '../../../lib/palette';
import { getEditionStory } from '../../../model/story';
import { LOCALES, localeParam } from '../../../i18n/locales';

// The locator map as one static SVG per colour scheme (map/light.svg, map/dark.svg; uk/map/… labelled in Ukrainian), drawn at build time.
export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) => SCHEMES.map((scheme) => ({ params: { lang: localeParam(locale), scheme }, props: { scheme } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ scheme: Scheme }> = async ({ props, params }) => {
  const { map } = await getEditionStory(params['lang']);
  return new Response(renderLocatorMap(UKRAINE_REGIONS, map, props.scheme).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
