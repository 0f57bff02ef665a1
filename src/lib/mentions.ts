/** The id of the popover card for a person or term on a page. */
export function mentionCardId(entryId: string): string {
  return `card-${entryId}`;
}

/** Unique ids in first-seen order, for the cards a page needs. */
export function uniqueIds(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
