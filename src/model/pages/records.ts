import { createRecorder } from '../../lib/shown-files';
import { PAGE_KINDS } from '../../page-kinds';
import { NOT_FOUND_ROUTE, PAGE_ROUTES, claimPageSegment } from '../../routes';
import { pageChanges, type PageRecords } from '../changes';
import { translationNote } from '../edition';
import type { Story } from '../story';
import { recordingStory } from '../story/recording';
import { changesPage } from './changes';
import { claimPage } from './claim';
import { claimsPage } from './claims';
import { glossaryPage } from './glossary';
import { homePage } from './home';
import { notFoundPage } from './not-found';
import { readPage } from './read';
import { sectionPage } from './section';
import { timelinePage } from './timeline';

// One builder per route: each gives its page everything it renders, already looked up,
// so components take props and never reach back into the story. Built once more from a
// recording view of the story (pageRecords), a builder's reads are the page's record: the
// content files it shows, which its review status and the updates that touched it follow.
// What only names another page (a link's label, the navigation, the footer) is read from
// quiet(story) and not recorded: the page it leads to carries the status of those words.

/** A kind of the site's own pages, which every edition has (the embeds, which every edition has too, are views of them). */
type SitePageKind = Extract<(typeof PAGE_KINDS)[number], { editions: 'every'; framable: false }>;

/** Each kind's pages in an edition, by segment, with the builder of each one's model. */
const PAGE_MODELS: Record<SitePageKind['id'], (story: Story) => [segment: string, build: (edition: Story) => unknown][]> = {
  home: () => [[PAGE_ROUTES.home, homePage]],
  read: () => [[PAGE_ROUTES.read, readPage]],
  timeline: () => [[PAGE_ROUTES.timeline, timelinePage]],
  glossary: () => [[PAGE_ROUTES.glossary, glossaryPage]],
  claims: () => [[PAGE_ROUTES.claims, claimsPage]],
  changes: () => [[PAGE_ROUTES.changes, changesPage]],
  notFound: () => [[NOT_FOUND_ROUTE, notFoundPage]],
  claim: (story) => story.claims.map((claim) => [claimPageSegment(claim.id), (edition: Story) => claimPage(edition, claim.id)]),
  section: (story) => story.sections.map((section) => [section.id, (edition: Story) => sectionPage(edition, section.id)]),
};

const records = new WeakMap<Story, PageRecords>();

/**
 * What every page of an edition shows, by segment: the content files (and body texts) its
 * builder read from a recording view of the story. Worked out once per story.
 */
export function pageRecords(story: Story): PageRecords {
  const known = records.get(story);
  if (known) return known;
  const made = new Map<string, ReadonlySet<string>>();
  const kinds = PAGE_KINDS.filter((kind): kind is SitePageKind => kind.editions === 'every' && !kind.framable);
  for (const [segment, build] of kinds.flatMap((kind) => PAGE_MODELS[kind.id](story))) {
    const recorder = createRecorder();
    build(recordingStory(story, recorder));
    made.set(segment, recorder.keys);
  }
  records.set(story, made);
  return made;
}

/** One page's record; a segment no page has records nothing. */
export function recordOf(story: Story, segment: string): ReadonlySet<string> {
  return pageRecords(story).get(segment) ?? new Set();
}

/** The update a translated page predates: the latest log entry that touched its English page, or the latest of all; an original page's latest update. */
function behindDate(story: Story, segment: string): string {
  return story.original ? (pageChanges(story.original, segment, pageRecords(story.original)).note?.date ?? story.original.modified) : story.modified;
}

/** A translated page's one line on how it was translated, from its record: its embeddable view carries the same line. */
export function pageTranslationNote(story: Story, segment: string): ReturnType<typeof translationNote> {
  return translationNote(story, segment, recordOf(story, segment), behindDate(story, segment));
}
