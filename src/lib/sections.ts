/** The least a section needs for ordering and paging: its slug and order. */
export interface OrderedItem {
  /** URL slug, also the file name. */
  id: string;
  /** Position in the story. */
  order: number;
}

/** The sections before and after one section, if any. */
export interface Neighbours<T> {
  /** The section before, undefined for the first. */
  previous: T | undefined;
  /** The section after, undefined for the last. */
  next: T | undefined;
}

/** Sorts sections by their order field. */
export function sortSections<T extends OrderedItem>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.order - b.order);
}

/** The previous and next sections of the section with this id; throws for an unknown id. */
export function findNeighbours<T extends OrderedItem>(sections: readonly T[], id: string): Neighbours<T> {
  const ordered = sortSections(sections);
  const index = ordered.findIndex((section) => section.id === id);
  if (index === -1) {
    throw new Error(`Unknown section "${id}"; expected one of: ${ordered.map((s) => s.id).join(', ')}.`);
  }
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
