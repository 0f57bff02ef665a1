/**
 * How a summary names what it condenses, as a reader parses it at a glance: each speaker once,
 * followed by the article's verb for each of their claims ("Witkoff told CNN and suggested"),
 * then the paragraphs, each named in words ("paragraph 2").
 */

/** One link of a citation. */
export interface CiteLink {
  href: string;
  /** The link's words in the citation: the article's verb ("told CNN") or "paragraph 2". */
  label: string;
  /** The link’s words out of context, its accessible name: "Witkoff told CNN", "paragraph 2 of “Territory”" (the section’s navigation label). */
  name: string;
  /** Who says the claim, written once before their claims; undefined for a paragraph, or an attribution that names its source itself ("according to CBS"). */
  who?: string | undefined;
}

/** A run of a citation: a speaker and their claims, or links that stand on their own. */
export interface CiteGroup {
  who?: string | undefined;
  links: CiteLink[];
}

/**
 * Groups a citation's links: a speaker's claims together under the speaker, in the order each
 * speaker is first cited; links without a speaker each stand alone, but paragraphs (which come
 * last, in the order cited) share one run.
 */
export function groupCitation(links: readonly CiteLink[]): CiteGroup[] {
  const groups: CiteGroup[] = [];
  const bySpeaker = new Map<string, CiteGroup>();
  const loose: CiteLink[] = [];
  for (const link of links) {
    if (link.who === undefined) {
      loose.push(link);
      continue;
    }
    const group = bySpeaker.get(link.who);
    if (group) group.links.push(link);
    else {
      const created = { who: link.who, links: [link] };
      bySpeaker.set(link.who, created);
      groups.push(created);
    }
  }
  if (loose.length > 0) groups.push({ links: loose });
  return groups;
}

/** What goes before each item of a list of `count`: nothing, ", " and, before the last, " and ". */
export function listSeparators(count: number, and: string): string[] {
  return Array.from({ length: count }, (_, index) => (index === 0 ? '' : index === count - 1 ? ` ${and} ` : ', '));
}
