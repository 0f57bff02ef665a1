import { SITE } from '../../config';
import { isNotedKind } from '../../lib/update-kind';
import type { Story, StorySection } from '../story';
import type { ArticleHeaderView } from '../view';
import { citeLinks } from './links';

// What the headers of the story's pages say besides their own words: the date the story stands
// at, its latest update, a part's place in the story.

/** The header the story's own pages (home, /read/) share: the story's headline and standfirst. */
export function storyHeader(story: Story): ArticleHeaderView {
  return {
    headline: story.opening.headline,
    standfirst: story.opening.standfirst,
    standfirstCites: citeLinks(story, story.opening.standfirstCites),
    asOf: SITE.storyDate,
    updated: latestUpdate(story),
  };
}

/** The date of the latest update, once the log holds one after the first publication (which is no update); a typo fixed is none. */
export function latestUpdate(story: Story): string | undefined {
  return story.updates.filter((entry) => isNotedKind(entry.kind)).length > 1 ? story.modified : undefined;
}

/** "Part 3 of 5", counted by position in the story. */
export function partOf(story: Story, section: StorySection): string {
  return story.t.partOf(section.position, story.sections.length);
}
