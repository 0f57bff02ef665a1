import type { Story, StoryClaim, StorySection } from '../story';

// Finding a section or a claim by id, for every page and embeddable view that is built for one:
// an unknown id is a route the story does not have, and says which ids it has.

export function findSection(story: Story, id: string): StorySection {
  const section = story.sections.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}"; expected one of: ${story.sections.map((s) => s.id).join(', ')}.`);
  return section;
}

export function findClaim(story: Story, id: string): StoryClaim {
  const claim = story.claims.find((candidate) => candidate.id === id);
  if (!claim) throw new Error(`Unknown claim "${id}".`);
  return claim;
}
