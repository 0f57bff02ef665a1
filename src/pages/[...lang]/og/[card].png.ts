import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCardFonts, renderCardPng, type SocialCard } from '../../../lib/social-card';
import { socialCards } from '../../../model/pages/social-cards';
import { getStory } from '../../../model/story';
import { LOCALES, localeParam } from '../../../i18n/locales';

// One 1200×630 PNG per card id and edition (og/<id>.png, uk/og/<id>.png), drawn at build time from the template in src/lib/social-card.ts,
// with the same words as the page it stands for (src/model/pages/social-cards.ts).
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LOCALES.map(async (locale) => socialCards(await getStory(locale)).map((card) => ({ params: { lang: localeParam(locale), card: card.id }, props: { card } }))),
    )
  ).flat()) satisfies GetStaticPaths;

let fonts: ReturnType<typeof loadCardFonts> | undefined;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  fonts ??= loadCardFonts();
  const png = await renderCardPng(props.card, fonts);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
