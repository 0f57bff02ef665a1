import type { APIRoute, GetStaticPaths } from 'astro';
import { listEmbeds, oembedDocument, type EmbedSpec } from '../../../model/embeds';
import { getStory } from '../../../model/story';
import { EMBED_ROUTES } from '../../../routes';

// One oEmbed file beside each embeddable view (embed/timeline/oembed.json, embed/map/oembed.json…),
// named in the full page's <link rel="alternate" type="application/json+oembed">.
export const getStaticPaths = (async () => {
  const story = await getStory();
  return listEmbeds(story).map((spec) => ({ params: { view: spec.segment.slice(EMBED_ROUTES.root.length + 1) }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: EmbedSpec }> = ({ props }) =>
  new Response(`${JSON.stringify(oembedDocument(props.spec), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
