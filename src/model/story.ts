import { getCollection, render, type CollectionEntry } from 'astro:content';
import { SITE } from '../config';
import { findContentProblems, formatContentProblems } from '../lib/content-checks';
import { findAnnotationProblems } from '../lib/mention-checks';
import { countWords, mdxToPlainText, readingMinutes } from '../lib/reading-time';
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
  /** Minutes an unhurried reader needs for the section's text. */
  readingMinutes: number;
}

/** The whole story, checked: every page builds from this. */
export interface Story {
  opening: CollectionEntry<'opening'>;
  sections: StorySection[];
  events: TimelineEntry[];
  people: CollectionEntry<'people'>[];
  terms: CollectionEntry<'terms'>[];
  sources: CollectionEntry<'sources'>[];
  updates: CollectionEntry<'updates'>[];
}

/** Anchor ids every section page has besides its headings and sources. */
export const SECTION_PAGE_ANCHORS = ['main', 'in-short', 'section-timeline'] as const;

/** The anchor id of a source in a page's Sources list. */
export function sourceAnchorId(sourceId: string): string {
  return `source-${sourceId}`;
}

function requireFile(entry: { id: string; filePath?: string | undefined }, collection: string): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

async function loadStory(): Promise<Story> {
  const [openings, sectionEntries, eventEntries, people, terms, sources, updates] = await Promise.all([
    getCollection('opening'),
    getCollection('sections'),
    getCollection('timeline'),
    getCollection('people'),
    getCollection('terms'),
    getCollection('sources'),
    getCollection('updates'),
  ]);
  const opening = openings[0];
  if (!opening) throw new Error('content/opening.mdx is missing: add the paragraphs before the first subhead.');
  if (updates.length === 0) {
    throw new Error('content/updates/ is empty: add an entry for the first publication (date and note).');
  }

  const sections = sortSections(
    sectionEntries.map((entry) => ({
      id: entry.id,
      order: entry.data.order,
      data: entry.data,
      entry,
      readingMinutes: readingMinutes(countWords(mdxToPlainText(entry.body ?? ''))),
    })),
  );
  const events = sortEvents(eventEntries.map((entry) => ({ id: entry.id, ...entry.data })));

  const headingsBySection = new Map<string, string[]>();
  for (const section of sections) {
    const { headings } = await render(section.entry);
    headingsBySection.set(section.id, headings.map((heading) => heading.slug));
  }
  const eventAnchors = events.map((event) => eventAnchorId(event.id));
  const yearAnchors = [...new Set(events.map((event) => `year-${event.date.slice(0, 4)}`))];
  const sourceAnchors = sources.map((source) => sourceAnchorId(source.id));
  const pages = new Map<string, Set<string>>([
    ['/', new Set(['main', 'story-sections', 'where', 'timeline', ...yearAnchors, ...eventAnchors])],
    [
      '/read/',
      new Set(['main', 'sources', ...sourceAnchors, ...sections.flatMap((s) => [s.id, ...(headingsBySection.get(s.id) ?? [])])]),
    ],
    ['/timeline/', new Set(['main', ...yearAnchors, ...eventAnchors])],
    ['/glossary/', new Set(['main', 'people', 'terms', ...people.map((p) => p.id), ...terms.map((t) => t.id)])],
    ...sections.map(
      (s) =>
        [
          `/${s.id}/`,
          new Set([
            ...SECTION_PAGE_ANCHORS,
            ...(s.data.sources.length > 0 ? ['sources', ...s.data.sources.map(sourceAnchorId)] : []),
            ...(s.data.openQuestions.length > 0 ? ['open-questions'] : []),
            ...(headingsBySection.get(s.id) ?? []),
          ]),
        ] as const,
    ),
  ]);

  const problems = [
    ...findContentProblems({
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
    }),
    ...sections.flatMap((s) =>
      findAnnotationProblems({
        file: requireFile(s.entry, 'sections'),
        body: s.entry.body ?? '',
        people: s.data.people,
        terms: s.data.terms,
        sources: s.data.sources,
        knownSources: sources.map((source) => source.id),
      }),
    ),
  ];
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  return {
    opening,
    sections,
    events,
    people: [...people].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    terms: [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    sources,
    updates: [...updates].sort((a, b) => a.data.date.localeCompare(b.data.date)),
  };
}

let storyPromise: Promise<Story> | undefined;

/** Loads and checks the story once per build; throws a message naming file, field and fix on bad content. */
export function getStory(): Promise<Story> {
  storyPromise ??= loadStory();
  return storyPromise;
}

/** The date of first publication: the first entry of the updates log. */
export function firstPublished(story: Story): string {
  return story.updates[0]?.data.date ?? SITE.storyDate;
}

/** The date of the latest update, used as dateModified. */
export function lastUpdated(story: Story): string {
  return story.updates.at(-1)?.data.date ?? SITE.storyDate;
}
