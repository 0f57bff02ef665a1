import { getCollection, render, type CollectionEntry } from 'astro:content';
import { SITE } from '../config';
import { findContentProblems, formatContentProblems } from '../lib/content-checks';
import { sortSections } from '../lib/sections';
import { eventAnchorId, sortEvents, type TimelineEntry } from '../lib/timeline';

/** A section ready for pages: its entry, slug and frontmatter, in story order. */
export interface StorySection {
  /** URL slug and anchor id, from the file name. */
  id: string;
  /** Position in the story. */
  order: number;
  /** Validated frontmatter. */
  data: CollectionEntry<'sections'>['data'];
  /** The collection entry, for rendering. */
  entry: CollectionEntry<'sections'>;
}

/** The whole story, checked: every page builds from this. */
export interface Story {
  opening: CollectionEntry<'opening'>;
  sections: StorySection[];
  events: TimelineEntry[];
  people: CollectionEntry<'people'>[];
  terms: CollectionEntry<'terms'>[];
  updates: CollectionEntry<'updates'>[];
}

/** Anchor ids every section page has besides its headings. */
export const SECTION_PAGE_ANCHORS = ['main', 'in-short', 'section-timeline', 'sources'] as const;

function requireFile(entry: { id: string; filePath?: string | undefined }, collection: string): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

async function loadStory(): Promise<Story> {
  const [openings, sectionEntries, eventEntries, people, terms, updates] = await Promise.all([
    getCollection('opening'),
    getCollection('sections'),
    getCollection('timeline'),
    getCollection('people'),
    getCollection('terms'),
    getCollection('updates'),
  ]);
  const opening = openings[0];
  if (!opening) throw new Error('content/opening.mdx is missing: add the paragraphs before the first subhead.');
  if (updates.length === 0) {
    throw new Error('content/updates/ is empty: add an entry for the first publication (date and note).');
  }

  const sections = sortSections(
    sectionEntries.map((entry) => ({ id: entry.id, order: entry.data.order, data: entry.data, entry })),
  );
  const events = sortEvents(eventEntries.map((entry) => ({ id: entry.id, ...entry.data })));

  const headingsBySection = new Map<string, string[]>();
  for (const section of sections) {
    const { headings } = await render(section.entry);
    headingsBySection.set(section.id, headings.map((heading) => heading.slug));
  }
  const eventAnchors = events.map((event) => eventAnchorId(event.id));
  const pages = new Map<string, Set<string>>([
    ['/', new Set(['main', 'story-sections', 'timeline', ...eventAnchors])],
    ['/read/', new Set(['main', ...sections.flatMap((s) => [s.id, ...(headingsBySection.get(s.id) ?? [])])])],
    ['/timeline/', new Set(['main', ...eventAnchors])],
    ['/glossary/', new Set(['main', 'people', 'terms', ...people.map((p) => p.id), ...terms.map((t) => t.id)])],
    ...sections.map(
      (s) => [`/${s.id}/`, new Set([...SECTION_PAGE_ANCHORS, ...(headingsBySection.get(s.id) ?? [])])] as const,
    ),
  ]);

  const problems = findContentProblems({
    sections: sections.map((s) => ({
      id: s.id,
      file: requireFile(s.entry, 'sections'),
      data: s.data,
      body: s.entry.body ?? '',
    })),
    events: eventEntries.map((entry) => ({ id: entry.id, file: requireFile(entry, 'timeline'), data: entry.data })),
    people,
    terms,
    otherBodies: [{ file: requireFile(opening, 'opening'), body: opening.body ?? '' }],
    storyDate: SITE.storyDate,
    pages,
  });
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  return {
    opening,
    sections,
    events,
    people: [...people].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    terms: [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    updates: [...updates].sort((a, b) => a.data.date.localeCompare(b.data.date)),
  };
}

let storyPromise: Promise<Story> | undefined;

/** Loads and checks the story once per build; throws a message naming file, field and fix on bad content. */
export function getStory(): Promise<Story> {
  storyPromise ??= loadStory();
  return storyPromise;
}

/** The date of the latest update, used as dateModified. */
export function lastUpdated(story: Story): string {
  return story.updates.at(-1)?.data.date ?? SITE.storyDate;
}
