import { DEFAULT_LOCALE, LANGUAGE_TAGS } from '../i18n/locales';
import { whoSaysIt } from '../lib/attribution';
import { passagesHolding } from '../lib/change-text';
import { parseChangePlace } from '../lib/change-places';
import { paragraphPrint } from '../lib/paragraph-print';
import { isCorrectionKind, isNotedKind } from '../lib/update-kind';
import { diffChange } from '../lib/word-diff';
import { OPENING_ID, PAGE_ROUTES, bodyPageSegment, claimPageSegment, eventAnchor, paragraphAnchor, updateAnchor } from '../routes';
import { quiet } from '../lib/shown-files';
import type { UpdateKind } from '../schemas/update';
import { absoluteUrl } from '../urls';
import type { Story } from './story';
import { bodyTextKey, isBodyTextKey } from './story/recording';
import type { ChangeEntryView, ChangeMarkView, ClaimChangeView, LinkView, PageChangesView, ParagraphView, TextChangeView } from './view';

// The updates log as pages show it: which pages and passages each entry touched, the note near
// the top of a touched page, the marks beside changed passages, the entries of the changes page.
// The content checks (src/lib/update-checks.ts) have already made sure every change stands in the text.

/** One entry of the log, as the story holds it. */
type LogEntry = Story['updates'][number];

/** "Correction": what an entry is, as its heading and the note near a page's top say. */
export function kindNoun(story: Story, kind: UpdateKind): string {
  return story.t.changes.kind[kind];
}

/** "Corrected": what an entry did to a passage, as the passage's mark says. */
export function kindVerb(story: Story, kind: UpdateKind): string {
  return story.t.changes.verb[kind];
}

/** What the pages need to know of the log, worked out once per story. */
interface ChangeIndex {
  /** Every top-level paragraph by anchor id: fingerprint and latest mark. */
  paragraphs: Record<string, ParagraphView>;
  /** The latest mark of each timeline event a change named, by event id. */
  events: Map<string, ChangeMarkView>;
}

/** What each page shows, by page segment: the record of the content files it read as it was built (src/model/pages/records.ts). */
export type PageRecords = ReadonlyMap<string, ReadonlySet<string>>;

const indexes = new WeakMap<Story, ChangeIndex>();
const touched = new WeakMap<Story, Map<string, LogEntry[]>>();

/** Site-relative URL of an entry on the changes page. */
function entryHref(story: Story, entry: LogEntry): string {
  return story.url.page(PAGE_ROUTES.changes, updateAnchor(entry.date));
}

function markOf(story: Story, entry: LogEntry): ChangeMarkView {
  return { label: kindVerb(story, entry.kind), date: entry.date, href: entryHref(story, entry) };
}

/** The paragraphs of the opening or a section, by body id. */
function bodyParagraphs(edition: Story, bodyId: string): readonly string[] {
  // The log quotes the English, so a translation finds the changed paragraphs in the original: the anchors are the same.
  const story = edition.original ?? edition;
  return bodyId === OPENING_ID ? story.openingFacts.paragraphs : (story.sections.find((s) => s.id === bodyId)?.facts.paragraphs ?? []);
}

/** What an entry changed, as keys of a page's record: a body's paragraphs, an event's file, each claim's file. */
function changedKeys(entry: LogEntry): string[] {
  const keys = entry.changes.map((change) => {
    const place = parseChangePlace(change.in);
    return place.kind === 'body' ? bodyTextKey(place.id) : `timeline/${place.id}`;
  });
  return [...keys, ...entry.claims.map((id) => `claims/${id}`)];
}

/**
 * The entries noted on each page, oldest first: those that changed what the page shows, by its
 * record. The changes page lists every entry in full, so it notes none at its top.
 */
function entriesByPage(story: Story, records: PageRecords): Map<string, LogEntry[]> {
  const known = touched.get(story);
  if (known) return known;
  const bySegment = new Map<string, LogEntry[]>();
  for (const entry of story.updates.filter((candidate) => isNotedKind(candidate.kind))) {
    const keys = changedKeys(entry);
    for (const [segment, shown] of records) {
      if (segment === PAGE_ROUTES.changes || !keys.some((key) => shown.has(key))) continue;
      bySegment.set(segment, [...(bySegment.get(segment) ?? []), entry]);
    }
  }
  touched.set(story, bySegment);
  return bySegment;
}

function indexOf(story: Story): ChangeIndex {
  const known = indexes.get(story);
  if (known) return known;
  const marks = new Map<string, ChangeMarkView>();
  const events = new Map<string, ChangeMarkView>();
  // Oldest first, so a later entry's mark replaces an earlier one on the same passage. A typo
  // fixed is listed on /changes/ only: no note at the top of a page, no mark beside a passage.
  for (const entry of story.updates.filter((candidate) => isNotedKind(candidate.kind))) {
    for (const change of entry.changes) {
      const place = parseChangePlace(change.in);
      if (place.kind === 'event') {
        events.set(place.id, markOf(story, entry));
        continue;
      }
      for (const index of passagesHolding(bodyParagraphs(story, place.id), change.after)) {
        marks.set(paragraphAnchor(place.id, index + 1), markOf(story, entry));
      }
    }
  }
  const paragraphs: Record<string, ParagraphView> = {};
  for (const body of [{ id: OPENING_ID, facts: story.openingFacts }, ...story.sections]) {
    body.facts.paragraphs.forEach((text, index) => {
      const anchor = paragraphAnchor(body.id, index + 1);
      paragraphs[anchor] = { print: paragraphPrint(text), mark: marks.get(anchor) };
    });
  }
  const index = { paragraphs, events };
  indexes.set(story, index);
  return index;
}

/** What a page ("" for home, a section's slug, "claims/<id>"…) says of its changes: the latest entry that changed what it shows. */
export function pageChanges(story: Story, segment: string, records: PageRecords): PageChangesView {
  const latest = entriesByPage(story, records).get(segment)?.at(-1);
  return {
    note: latest ? { kind: kindNoun(story, latest.kind), date: latest.date, note: latest.note, href: entryHref(story, latest) } : undefined,
    // Pages that show the story's paragraphs tell a returning reader which ones changed.
    tracksParagraphs: [...(records.get(segment) ?? [])].some(isBodyTextKey),
    logHref: story.url.page(PAGE_ROUTES.changes),
  };
}

/** Every top-level paragraph of the story by anchor id: its fingerprint and the latest change that touched it. */
export function paragraphViews(story: Story): Record<string, ParagraphView> {
  return indexOf(story).paragraphs;
}

/** The latest change to a timeline event, if the log names one. */
export function eventChangeMark(story: Story, eventId: string): ChangeMarkView | undefined {
  return indexOf(story).events.get(eventId);
}

/** The corrections that touched a page, oldest first, as its NewsArticle's CorrectionComments say them. */
export function pageCorrections(story: Story, segment: string, records: PageRecords): { text: string; datePublished: string; url: string }[] {
  return (entriesByPage(story, records).get(segment) ?? [])
    .filter((entry) => isCorrectionKind(entry.kind))
    .map((entry) => ({ text: entry.note, datePublished: entry.date, url: absoluteUrl(entryHref(story, entry)) }));
}

/** Where a change was made, as a link to the passage: the paragraph its new words stand in, or the event. */
function changeWhere(story: Story, change: LogEntry['changes'][number]): LinkView {
  const place = parseChangePlace(change.in);
  switch (place.kind) {
    case 'event': {
      const event = story.events.find((candidate) => candidate.id === place.id);
      return { href: story.url.page(PAGE_ROUTES.timeline, eventAnchor(place.id)), label: story.t.msg('timelineEvent', { event: event?.title ?? place.id }) };
    }
    case 'body': {
      const name = place.id === OPENING_ID ? story.t.changes.opening : (story.sections.find((s) => s.id === place.id)?.data.title ?? place.id);
      const [index] = passagesHolding(bodyParagraphs(story, place.id), change.after);
      return index === undefined
        ? { href: story.url.page(bodyPageSegment(place.id)), label: name }
        : { href: story.url.page(bodyPageSegment(place.id), paragraphAnchor(place.id, index + 1)), label: story.t.msg('changes.paragraph', { place: name, number: index + 1 }) };
    }
  }
}

/** The claims whose status an entry records, with the status each took that day. */
function claimChanges(story: Story, entry: LogEntry): ClaimChangeView[] {
  return entry.claims.flatMap((id) => {
    const claim = story.claims.find((candidate) => candidate.id === id);
    const step = claim?.data.status.slice(1).find((candidate) => candidate.date === entry.date);
    if (!claim || !step) return [];
    return [{ href: story.url.page(claimPageSegment(id)), who: whoSaysIt(story.t, { who: claim.speaker.name, label: claim.speaker.label }, claim.data.attribution, 'who'), status: story.t.claims.status[step.status], note: step.note }];
  });
}

/** Every entry of the log for the changes page, newest first, each change as a word-level diff. */
export function changeEntries(story: Story): ChangeEntryView[] {
  return [...story.updates].reverse().map((entry) => {
    const kind = kindNoun(story, entry.kind);
    const when = story.t.date(entry.date);
    return {
      anchor: updateAnchor(entry.date),
      date: entry.date,
      kind,
      note: entry.note,
      changes: entry.changes.map((change): TextChangeView => ({
        // Where names the passage as a link does: the page it leads to shows the words.
        where: changeWhere(quiet(story), change),
        parts: diffChange(change.before, change.after),
        // The log quotes the English words in every edition.
        lang: story.original ? LANGUAGE_TAGS[DEFAULT_LOCALE].lang : undefined,
      })),
      claims: claimChanges(story, entry),
      share: { href: entryHref(story, entry), what: story.t.changes.theEntry(entry.kind, when) },
    };
  });
}
