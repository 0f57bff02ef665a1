import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config';
import {
  describeGlossaryPage,
  describeReadPage,
  describeTimelinePage,
  HOME_CARD_ID,
} from '../../lib/page-meta';
import { loadCardFonts, renderCardPng, type SocialCard } from '../../lib/social-card';
import { getStory } from '../../model/story';

// One 1200×630 PNG per card id, rendered at build time from the template in src/lib/social-card.ts.
export const getStaticPaths = (async () => {
  const story = await getStory();
  const base = { siteTitle: SITE.title, asOf: SITE.storyDate };
  const years = story.events.map((event) => event.date.slice(0, 4));
  const cards: SocialCard[] = [
    { ...base, id: HOME_CARD_ID, title: SITE.headline, standfirst: SITE.standfirst },
    {
      ...base,
      id: 'read',
      title: 'The whole story on one page',
      standfirst: describeReadPage(story.sections.map((s) => s.data.navLabel)),
    },
    {
      ...base,
      id: 'timeline',
      title: 'Timeline',
      standfirst: describeTimelinePage(story.events.length, years[0], years.at(-1)),
    },
    {
      ...base,
      id: 'glossary',
      title: 'Who’s who and glossary',
      standfirst: describeGlossaryPage(story.people.length, story.terms.length),
    },
    ...story.sections.map((section) => ({
      ...base,
      id: section.id,
      kicker: `Part ${section.order} of ${story.sections.length}`,
      title: section.data.title,
      standfirst: section.data.standfirst,
    })),
  ];
  return cards.map((card) => ({ params: { card: card.id }, props: { card } }));
}) satisfies GetStaticPaths;

let fonts: ReturnType<typeof loadCardFonts> | undefined;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  fonts ??= loadCardFonts();
  const png = await renderCardPng(props.card, fonts);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
