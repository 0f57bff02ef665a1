import type { CollectionEntry } from 'astro:content';
import { SITE } from '../../config';
import { isNotedKind } from '../../lib/update-kind';
import { sortEvents, type TimelineEntry } from '../../lib/timeline';
import type { AnchorFacts } from '../../page-kinds';
import { OPENING_ID } from '../../routes';
import type { LoadedEdition } from './load';
import type { Speaker, StoryClaim } from './types';

// What the story works out from its entries: who speaks, the claims in reading order, the
// timeline in date order, the anchors each page renders, the dates of the log.

/** Every speaker a claim may name: the people of the who's-who and the sources, by id. */
export function deriveSpeakers(people: readonly CollectionEntry<'people'>[], sources: readonly CollectionEntry<'sources'>[]): Map<string, Speaker> {
  return new Map<string, Speaker>([
    ...people.map((p): [string, Speaker] => {
      const last = p.data.name.split(' ').at(-1) ?? p.data.name;
      return [p.id, { id: p.id, name: p.data.name, label: last, attributedAs: p.data.attributedAs ?? [last], kind: 'person' }];
    }),
    ...sources.map((s): [string, Speaker] => [s.id, { id: s.id, name: s.data.who, label: s.data.label, attributedAs: s.data.attributedAs, kind: 'source' }]),
  ]);
}

/** The claims whose speaker is known, in the order they stand in the story: by body (opening, then sections), then by their marks in it. */
export function orderClaims(edition: LoadedEdition, speakers: ReadonlyMap<string, Speaker>): StoryClaim[] {
  const { openingFacts, sections } = edition;
  const bodyOrder = [OPENING_ID, ...sections.map((s) => s.id)];
  return edition.entries.claims
    .map((entry) => ({ id: entry.id, data: entry.data, speaker: speakers.get(entry.data.speaker) }))
    .filter((claim): claim is StoryClaim => claim.speaker !== undefined)
    .sort((a, b) => {
      const marksOf = (id: string) => (id === OPENING_ID ? openingFacts : sections.find((s) => s.id === id)?.facts)?.claims.map((c) => c.id) ?? [];
      return bodyOrder.indexOf(a.data.in) - bodyOrder.indexOf(b.data.in) || marksOf(a.data.in).indexOf(a.id) - marksOf(b.data.in).indexOf(b.id);
    });
}

/** The timeline's events, in date order. */
export function deriveEvents(edition: LoadedEdition): TimelineEntry[] {
  return sortEvents(edition.entries.timeline.map((entry) => ({ id: entry.id, ...entry.data })));
}

/** What the page kinds' anchors are worked out from (src/page-kinds.ts). */
export function anchorFacts(edition: LoadedEdition, claims: readonly StoryClaim[], events: readonly TimelineEntry[]): AnchorFacts {
  const { openingFacts, sections, entries } = edition;
  const speakersOf = (bodyId: string) => [...new Set(claims.filter((c) => c.data.in === bodyId).map((c) => c.speaker.id))];
  return {
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
    people: entries.people.map((p) => p.id),
    terms: entries.terms.map((t) => t.id),
    updates: entries.updates.map((update) => update.data.date),
  };
}

/** The updates log, oldest first, with the dates of first publication and latest update (a typo fixed is no update). */
export function deriveLog(updates: readonly CollectionEntry<'updates'>[]): { updates: CollectionEntry<'updates'>['data'][]; published: string; modified: string } {
  const log = updates.map((update) => update.data).sort((a, b) => a.date.localeCompare(b.date));
  return {
    updates: log,
    published: log[0]?.date ?? SITE.storyDate,
    modified: log.filter((entry) => isNotedKind(entry.kind)).at(-1)?.date ?? SITE.storyDate,
  };
}
