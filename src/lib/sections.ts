/** The least a section needs for ordering and paging: its slug and order. */
export interface OrderedItem {
  /** URL slug, also the file name. */
  id: string;
  /** Position in the story. */
  order: number;
}

/** Sorts sections by their order field. */
export function sortSections<T extends OrderedItem>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.order - b.order);
}
