import { HOME_CARD_ID, NOT_FOUND_ROUTE, PAGE_ROUTES } from '../../routes';
import type { Story } from '../story';
import { pageChrome } from './chrome';
import { sectionLink } from './links';
import { fixedPageText } from './page-text';

/** The not-found page: where to go instead. */
export function notFoundPage(story: Story) {
  const text = fixedPageText(story, NOT_FOUND_ROUTE);
  return {
    chrome: pageChrome(story, { segment: NOT_FOUND_ROUTE, pageTitle: text.title, description: text.description, cardId: HOME_CARD_ID, hasShareControls: false }),
    heading: text.heading,
    intro: text.intro,
    links: [
      { href: story.url.page(PAGE_ROUTES.home), label: story.t.notFound.start },
      { href: story.url.page(PAGE_ROUTES.read), label: story.t.notFound.read },
      ...story.sections.map((s) => sectionLink(story, s)),
      { href: story.url.page(PAGE_ROUTES.timeline), label: story.t.notFound.timeline },
    ],
  };
}
