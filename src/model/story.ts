import { getCollection, render, type CollectionEntry } from 'astro:content';
import { SITE } from '../config';
import { findClaimProblems, type CheckedSummary } from '../lib/claim-checks';
import { findContentProblems, formatContentProblems, type ContentProblem } from '../lib/content-checks';
import { readMdxFacts, type MdxFacts } from '../lib/mdx-facts';
import { findAnnotationProblems } from '../lib/mention-checks';
import { readingMinutes } from '../lib/reading-time';
import { sortSections } from '../lib/sections';
import { sortEvents, type TimelineEntry } from '../lib/timeline';
import { listPageAnchors, NOT_FOUND_ROUTE, OPENING_ID, PAGE_ROUTES } from '../routes';
import type { PageText } from '../schemas/page-text';

/** The rendered body of an MDX entry: what a page puts in its article. */
export type RenderedContent = Awaited<ReturnType<typeof render>>['Content'];

/** A section ready for pages, in story order. */
export interface StorySection {
  /** URL slug and anchor id, from the file name. */
  id: string;
  /** 1 for the first section in story order, whatever the `order` values are. */
  position: number;
  /** Validated frontmatter. */
  data: CollectionEntry<'sections'>['data'];
  /** The rendered body. */
  Content: RenderedContent;
  /** Slugs of the headings in the body. */
  headings: string[];
  /** Links, mentions, claims and word count from the body's syntax tree. */
  facts: MdxFacts;
  /** Minutes an unhurried reader needs for the section's text. */
  readingMinutes: number;
}

/** The fixed pages whose words live in content/pages/. */
export const FIXED_PAGES = [PAGE_ROUTES.read, PAGE_ROUTES.timeline, PAGE_ROUTES.glossary, PAGE_ROUTES.claims, NOT_FOUND_ROUTE] as const;
/** One of FIXED_PAGES. */
export type FixedPage = (typeof FIXED_PAGES)[number];

/** Who says a claim: a person of the who's-who or a source (an office, an outlet, unnamed reports). */
export interface Speaker {
  id: string;
  /** Full name ("Steve Witkoff") or who the source is ("The White House"). */
  name: string;
  /** Short label for the mark after the words ("Witkoff", "CBS"). */
  label: string;
  /** The words that carry the attribution in a summary. */
  attributedAs: string[];
  /** "person" links to the glossary; "source" says how the article attributes it. */
  kind: 'person' | 'source';
}

/** A claim with its id, its speaker looked up and where it stands. */
export interface StoryClaim {
  id: string;
  data: CollectionEntry<'claims'>['data'];
  speaker: Speaker;
}

/** The whole story, checked: every page model builds from this. */
export interface Story {
  /** Headline, standfirst and original headline, from content/opening.mdx. */
  opening: CollectionEntry<'opening'>['data'];
  /** The paragraphs before the first subhead. */
  OpeningContent: RenderedContent;
  /** Each fixed page's title and description. */
  pageText: Record<FixedPage, PageText>;
  /** The locator map's words and places. */
  map: CollectionEntry<'map'>['data'];
  sections: StorySection[];
  events: TimelineEntry[];
  /** People and terms, each sorted by name. */
  people: CollectionEntry<'people'>[];
  terms: CollectionEntry<'terms'>[];
  sources: CollectionEntry<'sources'>[];
  /** Every claim, in the order it stands in the story (opening, then sections). */
  claims: StoryClaim[];
  /** Every speaker of a claim, by id. */
  speakers: Map<string, Speaker>;
  /** Facts of the opening's body (its paragraphs and claims). */
  openingFacts: MdxFacts;
  /** The updates log, oldest first. */
  updates: CollectionEntry<'updates'>['data'][];
  /** First publication and latest update, ISO dates, from the updates log. */
  published: string;
  modified: string;
}

function fileOf(entry: { id: string; filePath?: string | undefined }, folder: string): string {
  return entry.filePath ?? `content/${folder}${entry.id}`;
}

function requireOne<T extends { id: string }>(entries: T[], what: string): T {
  const [entry] = entries;
  if (!entry) throw new Error(`${what} is missing.`);
  return entry;
}

function readPageText(entries: CollectionEntry<'pages'>[]): { text: Partial<Record<FixedPage, PageText>>; problems: ContentProblem[] } {
  const text: Partial<Record<FixedPage, PageText>> = {};
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if ((FIXED_PAGES as readonly string[]).includes(entry.id)) text[entry.id as FixedPage] = entry.data;
    else {
      problems.push({
        file: fileOf(entry, 'pages/'),
        field: 'file name',
        problem: `"${entry.id}" is not a fixed page of the site`,
        fix: `name the file after one of: ${FIXED_PAGES.join(', ')}`,
      });
    }
  }
  for (const page of FIXED_PAGES) {
    if (!text[page]) {
      problems.push({
        file: `content/pages/${page}.yaml`,
        field: 'file',
        problem: `the ${page} page has no words`,
        fix: 'add the file with a title and a description',
      });
    }
  }
  return { text, problems };
}

async function loadStory(): Promise<Story> {
  const [openings, pages, maps, sectionEntries, eventEntries, people, terms, sources, updates, claimEntries] = await Promise.all([
    getCollection('opening'),
    getCollection('pages'),
    getCollection('map'),
    getCollection('sections'),
    getCollection('timeline'),
    getCollection('people'),
    getCollection('terms'),
    getCollection('sources'),
    getCollection('updates'),
    getCollection('claims'),
  ]);
  const opening = requireOne(openings, 'content/opening.mdx (the headline, standfirst and the paragraphs before the first subhead)');
  const map = requireOne(maps, 'content/map.yaml (the locator map’s places and notes)');
  if (updates.length === 0) {
    throw new Error('content/updates/ is empty: add an entry for the first publication (date and note).');
  }
  const renderedOpening = await render(opening);
  const openingFacts = readMdxFacts(renderedOpening.remarkPluginFrontmatter, fileOf(opening, ''));

  const ordered = sortSections(sectionEntries.map((entry) => ({ id: entry.id, order: entry.data.order, entry })));
  const sections: StorySection[] = await Promise.all(
    ordered.map(async ({ entry }, index) => {
      const rendered = await render(entry);
      const facts = readMdxFacts(rendered.remarkPluginFrontmatter, fileOf(entry, 'sections/'));
      return {
        id: entry.id,
        position: index + 1,
        data: entry.data,
        Content: rendered.Content,
        headings: rendered.headings.map((heading) => heading.slug),
        facts,
        readingMinutes: readingMinutes(facts.wordCount),
      };
    }),
  );
  const events = sortEvents(eventEntries.map((entry) => ({ id: entry.id, ...entry.data })));
  const sectionFile = (id: string) => fileOf(sectionEntries.find((entry) => entry.id === id) ?? { id }, 'sections/');

  const speakers = new Map<string, Speaker>([
    ...people.map((p): [string, Speaker] => {
      const last = p.data.name.split(' ').at(-1) ?? p.data.name;
      return [p.id, { id: p.id, name: p.data.name, label: last, attributedAs: p.data.attributedAs ?? [last], kind: 'person' }];
    }),
    ...sources.map((s): [string, Speaker] => [s.id, { id: s.id, name: s.data.who, label: s.data.label, attributedAs: s.data.attributedAs, kind: 'source' }]),
  ]);
  const clash = people.filter((p) => sources.some((s) => s.id === p.id));
  if (clash.length > 0) {
    throw new Error(`content/sources/${clash[0]?.id}.yaml: a person in content/people/ has the same id, so claims could not tell them apart; rename the source file.`);
  }
  const bodyOrder = [OPENING_ID, ...sections.map((s) => s.id)];
  const claims: StoryClaim[] = claimEntries
    .map((entry) => ({ id: entry.id, data: entry.data, speaker: speakers.get(entry.data.speaker) }))
    .filter((claim): claim is StoryClaim => claim.speaker !== undefined)
    .sort((a, b) => {
      const marksOf = (id: string) => (id === OPENING_ID ? openingFacts : sections.find((s) => s.id === id)?.facts)?.claims.map((c) => c.id) ?? [];
      return bodyOrder.indexOf(a.data.in) - bodyOrder.indexOf(b.data.in) || marksOf(a.data.in).indexOf(a.id) - marksOf(b.data.in).indexOf(b.id);
    });
  const speakersOf = (bodyId: string) => [...new Set(claims.filter((c) => c.data.in === bodyId).map((c) => c.speaker.id))];

  const pageAnchors = listPageAnchors({
    sections: sections.map((s) => ({
      id: s.id,
      headings: s.headings,
      sources: speakersOf(s.id),
      claims: s.facts.claims.map((c) => c.id),
      paragraphCount: s.facts.paragraphs.length,
      hasOpenQuestions: s.data.openQuestions.length > 0,
      hasEvents: s.data.events.length > 0,
    })),
    opening: { claims: openingFacts.claims.map((c) => c.id), paragraphCount: openingFacts.paragraphs.length },
    speakers: [...new Set(claims.map((c) => c.speaker.id))],
    events,
    people: people.map((p) => p.id),
    terms: terms.map((t) => t.id),
  });
  const pageText = readPageText(pages);
  const problems = [
    ...pageText.problems,
    ...findContentProblems({
      sections: sections.map((s) => ({ id: s.id, file: sectionFile(s.id), data: s.data, body: s.facts })),
      events: eventEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'timeline/'), data: entry.data })),
      people,
      terms,
      otherBodies: [{ file: fileOf(opening, ''), body: openingFacts }],
      storyDate: SITE.storyDate,
      pages: pageAnchors,
    }),
    ...sections.flatMap((s) =>
      findAnnotationProblems({ file: sectionFile(s.id), mentions: s.facts.mentions, people: s.data.people, terms: s.data.terms }),
    ),
    ...findClaimProblems({
      claims: claimEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'claims/'), data: entry.data })),
      bodies: [
        { id: OPENING_ID, file: fileOf(opening, ''), claims: openingFacts.claims, paragraphs: openingFacts.paragraphs },
        ...sections.map((s) => ({ id: s.id, file: sectionFile(s.id), claims: s.facts.claims, paragraphs: s.facts.paragraphs })),
      ],
      speakers: new Map([...speakers].map(([id, speaker]) => [id, speaker.attributedAs])),
      termNames: terms.map((t) => t.data.term),
      summaries: [
        { file: fileOf(opening, ''), field: 'standfirst', text: opening.data.standfirst, cites: opening.data.standfirstCites },
        ...sections.flatMap((s): CheckedSummary[] => [
          { file: sectionFile(s.id), field: 'standfirst', text: s.data.standfirst, cites: s.data.standfirstCites },
          ...s.data.inShort.map((point, index) => ({ file: sectionFile(s.id), field: `inShort[${index}]`, text: point.text, cites: point.cites })),
        ]),
        ...eventEntries.map((entry) => ({
          file: fileOf(entry, 'timeline/'),
          field: 'summary',
          text: entry.data.summary,
          cites: entry.data.cites,
          mustCite: entry.data.source === 'article',
        })),
      ],
    }),
  ];
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  const log = updates.map((update) => update.data).sort((a, b) => a.date.localeCompare(b.date));
  return {
    opening: opening.data,
    OpeningContent: renderedOpening.Content,
    pageText: pageText.text as Record<FixedPage, PageText>,
    map: map.data,
    sections,
    events,
    people: [...people].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    terms: [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    sources,
    claims,
    speakers,
    openingFacts,
    updates: log,
    published: log[0]?.date ?? SITE.storyDate,
    modified: log.at(-1)?.date ?? SITE.storyDate,
  };
}

let storyPromise: Promise<Story> | undefined;

/** Loads and checks the story once per build; throws a message naming file, field and fix on bad content. Pages call it; components never do. */
export function getStory(): Promise<Story> {
  storyPromise ??= loadStory();
  return storyPromise;
}
