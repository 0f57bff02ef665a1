import { ANCHORS, PAGE_ROUTES } from '../../routes';
import type { Story } from '../story';
import { pageChrome } from './chrome';
import { sectionLink } from './links';
import { fixedPageText } from './page-text';

/** The glossary: people and terms, each with the sections that mention them. */
export function glossaryPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.glossary);
  const mentionedIn = (kind: 'people' | 'terms', id: string) =>
    story.sections.filter((s) => s.data[kind].includes(id)).map((s) => sectionLink(story, s));
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.glossary, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.glossary, hasShareControls: false }),
    heading: text.heading,
    standfirst: text.description,
    people: {
      anchor: ANCHORS.people,
      entries: story.people.map((p) => ({ anchor: p.id, name: p.data.name, text: p.data.role, background: undefined, mentionedIn: mentionedIn('people', p.id) })),
    },
    terms: {
      anchor: ANCHORS.terms,
      entries: story.terms.map((t) => ({ anchor: t.id, name: t.data.term, text: t.data.meaning, background: t.data.background, mentionedIn: mentionedIn('terms', t.id) })),
    },
  };
}
