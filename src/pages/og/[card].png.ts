import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCardFonts, renderCardPng, type SocialCard } from '../../lib/social-card';
import { socialCards } from '../../model/pages';
import { getStory } from '../../model/story';

// One 1200×630 PNG per card id, drawn at build time from the template in src/lib/social-card.ts,
// with the same words as the page it stands for (src/model/pages.ts).
export const getStaticPaths = (async () =>
  socialCards(await getStory()).map((card) => ({ params: { card: card.id }, props: { card } }))) satisfies GetStaticPaths;

let fonts: ReturnType<typeof loadCardFonts> | undefined;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  fonts ??= loadCardFonts();
  const png = await renderCardPng(props.card, fonts);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
