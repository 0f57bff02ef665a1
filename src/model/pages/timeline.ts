import { quiet } from '../../lib/shown-files';
import { PAGE_ROUTES } from '../../routes';
import { embedOffer, timelineEmbed } from '../embeds';
import type { Story } from '../story';
import { pageChrome } from './chrome';
import { fixedPageText } from './page-text';
import { timelineByYear } from './timeline-views';

/** The timeline page: every event, grouped by year, and the code to embed it. */
export function timelinePage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.timeline);
  const view = timelineEmbed(quiet(story));
  return {
    chrome: pageChrome(
      story,
      { segment: PAGE_ROUTES.timeline, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.timeline },
      view,
    ),
    heading: text.heading,
    standfirst: text.description,
    embed: embedOffer(quiet(story), view),
    years: timelineByYear(story, { share: true, sectionLinks: true }),
  };
}
