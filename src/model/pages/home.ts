import { quiet } from '../../lib/shown-files';
import { ANCHORS, HOME_CARD_ID, PAGE_ROUTES } from '../../routes';
import { embedOffer, mapEmbed } from '../embeds';
import type { Story } from '../story';
import { storyHeader } from './article-header';
import { contentData, openingBody } from './body-views';
import { pageChrome } from './chrome';
import { mapFigure } from './map-figure';
import { newsArticle } from './structured-data';
import { timelineByYear } from './timeline-views';

/** The home page: the story's header and opening, its parts, the map (with the code to embed it) and the timeline. */
export function homePage(story: Story) {
  const description = story.opening.standfirst;
  // The embeddable view names the page it belongs to: its words are not this page's record.
  const mapView = mapEmbed(quiet(story));
  return {
    chrome: pageChrome(
      story,
      {
        segment: PAGE_ROUTES.home,
        pageTitle: undefined,
        description,
        cardId: HOME_CARD_ID,
        jsonLd: [
          newsArticle(story, { segment: PAGE_ROUTES.home, headline: story.opening.headline, description, cardId: HOME_CARD_ID }),
        ],
      },
      mapView,
    ),
    header: storyHeader(story),
    Opening: story.OpeningContent,
    contentData: contentData(story, [openingBody(story)]),
    parts: {
      anchor: ANCHORS.storySections,
      heading: story.t.storyInParts(story.sections.length),
      cards: story.sections.map((s) => ({
        href: story.url.page(s.id),
        title: s.data.title,
        standfirst: s.data.standfirst,
        lang: s.lang,
        kicker: `${story.t.part(s.position)} · ${story.t.readingTime(s.readingMinutes)}`,
      })),
    },
    map: { anchor: ANCHORS.where, figure: mapFigure(story), embed: embedOffer(quiet(story), mapView) },
    // The front page's timeline is the short view: each event's share control and its link to its
    // section are on the timeline page (the parts are listed just above, and a summary's citation
    // already links to its paragraph), which keeps the largest Ukrainian page under its budget.
    timeline: { anchor: ANCHORS.timeline, years: timelineByYear(story, { share: false, sectionLinks: false }) },
  };
}
