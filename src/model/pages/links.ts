import { whoSaysIt } from '../../lib/attribution';
import { parseParagraphRef } from '../../lib/claim-checks';
import { quiet } from '../../lib/shown-files';
import { bodyPageSegment, claimAnchor, paragraphAnchor } from '../../routes';
import type { Story, StorySection } from '../story';
import type { CiteView, LinkView, ShareView } from '../view';

// Links from one page to another, and the share controls: a link's label names what it leads
// to, so it is read quietly and is no part of the page's record.

export function share(href: string, what: string): ShareView {
  return { href, what };
}

export function sectionLink(story: Story, section: StorySection): LinkView {
  return { href: story.url.page(section.id), label: quiet(section).data.title };
}

/**
 * Links to what a summary condenses: each cited claim in context (the article's verb, under its
 * speaker's label; an attribution that names its source, "according to CBS", alone), each cited
 * paragraph in words. Each carries its name out of context: who says it, or which section.
 */
export function citeLinks(recorded: Story, cites: readonly string[]): CiteView[] {
  // A citation is a link: its label names the claim or paragraph on the page it leads to.
  const story = quiet(recorded);
  return cites.map((cite) => {
    const claim = story.claims.find((candidate) => candidate.id === cite);
    if (claim) {
      const speaker = { who: claim.speaker.name, label: claim.speaker.label };
      const name = whoSaysIt(story.t, speaker, claim.data.attribution, 'label');
      const namesItself = name === claim.data.attribution;
      return {
        href: story.url.page(bodyPageSegment(claim.data.in), claimAnchor(claim.id)),
        label: claim.data.attribution,
        name,
        who: namesItself ? undefined : claim.speaker.label,
      };
    }
    const paragraph = parseParagraphRef(cite);
    if (!paragraph) throw new Error(`Unknown citation "${cite}": the content checks let it through.`);
    const section = story.sections.find((candidate) => candidate.id === paragraph.body)?.data.navLabel ?? story.opening.headline;
    return {
      href: story.url.page(bodyPageSegment(paragraph.body), paragraphAnchor(paragraph.body, paragraph.n)),
      label: story.t.msg('cite.paragraph', { n: paragraph.n }),
      name: story.t.msg('cite.paragraphOf', { n: paragraph.n, section }),
    };
  });
}
