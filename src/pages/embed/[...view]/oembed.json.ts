import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '../../../i18n/locales';
import { listEmbeds, oembedDocument, type EmbedSpec } from '../../../model/embeds';
import { getStory, type Story } from '../../../model/story';
import { EMBED_ROUTES } from '../../../routes';

// One oEmbed file beside each embeddable view of every edition (embed/timeline/oembed.json,
// embed/uk/map/oembed.json…), named in the full page's <link rel="alternate" type="application/json+oembed">
// and fetched by its Embed control.
export const getStaticPaths = (async () => {
  const stories = await Promise.all(LOCALES.map((locale) => getStory(locale)));
  return stories.flatMap((story) =>
    listEmbeds(story).map((spec) => ({ params: { view: spec.segment.slice(EMBED_ROUTES.root.length + 1) }, props: { story, spec } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story; spec: EmbedSpec }> = ({ props }) =>
  new Response(`${JSON.stringify(oembedDocument(props.story, props.spec), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
