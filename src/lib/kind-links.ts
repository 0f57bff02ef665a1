import type { PageKind } from '../page-kinds.ts';

/** A link to one kind's page, the current page's marked. */
export interface KindLink {
  href: string;
  label: string;
  isCurrent: boolean;
}

/**
 * The path segment of a kind that has one page per edition ("" for home, "read" for "read/");
 * throws for a kind with a page per content entry (":section/"), which no fixed list may link.
 */
export function fixedKindSegment(kind: PageKind): string {
  if (kind.route.includes(':') || !(kind.route === '' || kind.route.endsWith('/'))) {
    throw new Error(`Page kind "${kind.id}" (route "${kind.route}") is not one fixed page: the navigation and footer link only those.`);
  }
  return kind.route.replace(/\/$/, '');
}

/**
 * Links to the pages of some kinds, in their order, each labelled from `labels` by kind id, so a
 * list such as the header's navigation is as long as the kinds it names, whatever the story holds.
 * `current` is the segment of the page the links sit on.
 */
export function kindLinks(
  kinds: readonly PageKind[],
  labels: Readonly<Record<string, string>>,
  pageHref: (segment: string) => string,
  current: string,
): KindLink[] {
  return kinds.map((kind) => {
    const label = labels[kind.id];
    if (label === undefined) throw new Error(`No label for page kind "${kind.id}"; add it to the dictionaries (src/i18n/).`);
    const segment = fixedKindSegment(kind);
    return { href: pageHref(segment), label, isCurrent: segment === current };
  });
}
