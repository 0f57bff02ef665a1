import { PAGE_ROUTES } from '../../routes';
import type { Story } from '../story';
import { storyHeader } from './article-header';
import { contentData, openingBody, sourcesLegend } from './body-views';
import { pageChrome } from './chrome';
import { fixedPageText } from './page-text';

/** The whole story on one page: the opening, then every section under its own anchor. */
export function readPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.read);
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.read, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.read, hasShareControls: false }),
    header: storyHeader(story),
    Opening: story.OpeningContent,
    // The whole story on one page stays light: its first mentions link to the glossary instead of
    // carrying a card and a margin note each, and the map's place notes stay on the home page
    // (about 1.7 KiB in Ukrainian, which the first round trip cannot spare).
    contentData: contentData(story, [openingBody(story), ...story.sections], false),
    sections: story.sections.map((s) => ({ anchor: s.id, title: s.data.title, lang: s.lang, Content: s.Content })),
    sources: sourcesLegend(story),
  };
}
