import type { TimelineEvent } from '../schemas/timeline-event';
import { yearOf } from './dates';

/** A timeline event together with its id (its file name). */
export type TimelineEntry = TimelineEvent & { id: string };

/** Events grouped under one year, in order. */
export interface TimelineYear {
  /** Calendar year, such as 2025. */
  year: number;
  /** That year's events, in timeline order. */
  events: TimelineEntry[];
}

/** Orders events by date; on the same day, happened before scheduled, then by id for stability. */
export function sortEvents(events: readonly TimelineEntry[]): TimelineEntry[] {
  const statusRank = (event: TimelineEntry) => (event.status === 'scheduled' ? 1 : 0);
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || statusRank(a) - statusRank(b) || a.id.localeCompare(b.id),
  );
}

/** The events a section concerns (its frontmatter list), in timeline order; unknown ids are ignored. */
export function selectEvents(events: readonly TimelineEntry[], ids: readonly string[]): TimelineEntry[] {
  const wanted = new Set(ids);
  return sortEvents(events.filter((event) => wanted.has(event.id)));
}

/** Groups events by year, years ascending, events in timeline order. */
export function groupEventsByYear(events: readonly TimelineEntry[]): TimelineYear[] {
  const years = new Map<number, TimelineEntry[]>();
  for (const event of sortEvents(events)) {
    const year = yearOf(event.date);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years.entries()].map(([year, yearEvents]) => ({ year, events: yearEvents }));
}

/** Whether an event lies after the story date, so that it was still scheduled then. */
export function isAfterStoryDate(eventDate: string, storyDate: string): boolean {
  return eventDate > storyDate;
}
