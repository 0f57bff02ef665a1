/** How a change names a timeline event: "timeline/" then the event's id (its file name). */
export const TIMELINE_PLACE_PREFIX = 'timeline/';

/** Where a change of the updates log was made: a body of text (the opening or a section) or a timeline event. */
export type ChangePlace = { kind: 'body'; id: string } | { kind: 'event'; id: string };

/** Reads a change's `in`: "opening" and section slugs are bodies of text, "timeline/<id>" an event. */
export function parseChangePlace(value: string): ChangePlace {
  return value.startsWith(TIMELINE_PLACE_PREFIX)
    ? { kind: 'event', id: value.slice(TIMELINE_PLACE_PREFIX.length) }
    : { kind: 'body', id: value };
}

/** The `in` of a change made to a timeline event. */
export function eventPlace(eventId: string): string {
  return `${TIMELINE_PLACE_PREFIX}${eventId}`;
}
