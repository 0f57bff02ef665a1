import { PAGE_ROUTES, speakerAnchor } from '../../routes';
import type { Story } from '../story';
import { pageChrome } from './chrome';
import { speakerHow } from './body-views';
import { claimView } from './claim-views';
import { fixedPageText } from './page-text';

/** Who says what: every claim, grouped by speaker in the order they first speak. */
export function claimsPage(story: Story) {
  const text = fixedPageText(story, PAGE_ROUTES.claims);
  const speakerIds = [...new Set(story.claims.map((claim) => claim.speaker.id))];
  return {
    chrome: pageChrome(story, { segment: PAGE_ROUTES.claims, pageTitle: text.title, description: text.description, cardId: PAGE_ROUTES.claims }),
    heading: text.heading,
    standfirst: text.description,
    speakers: speakerIds.map((id) => {
      const speaker = story.speakers.get(id);
      if (!speaker) throw new Error(`Claims page: unknown speaker "${id}".`);
      return {
        anchor: speakerAnchor(id),
        name: speaker.name,
        // The label of their claim marks, and who they are or how the article presents them: the
        // legend of the whole story's claim marks links here.
        label: speaker.label,
        how: speakerHow(story, id),
        glossary: speaker.kind === 'person' ? story.url.page(PAGE_ROUTES.glossary, id) : undefined,
        claims: story.claims.filter((claim) => claim.speaker.id === id).map((claim) => claimView(story, claim)),
      };
    }),
  };
}
