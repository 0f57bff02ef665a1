import { PAGE_ROUTES } from '../../routes';
import { changeEntries } from '../changes';
import type { Story } from '../story';
import { pageChrome } from './chrome';
import { fixedPageText } from './page-text';

/** The updates log: every entry, newest first, with the words each change took out and put in. */
export function changesPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.changes);
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.changes, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.changes }),
    heading: text.heading,
    standfirst: text.description,
    entries: changeEntries(story),
  };
}
