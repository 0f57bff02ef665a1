import { RESERVED_SLUGS } from '../routes';
import { suggestFix } from './did-you-mean';
import { isAfterStoryDate } from './timeline';

/** One thing wrong with the content, phrased for the editor who must fix it. */
export interface ContentProblem {
  /** The file at fault, relative to the project root. */
  file: string;
  /** The frontmatter field or place in the file, such as "events[2]" or "body". */
  field: string;
  /** What is wrong. */
  problem: string;
  /** What to do about it. */
  fix: string;
}

/** What the checks need to know of one content entry. */
export interface CheckedEntry<Data> {
  /** The entry's id (its file name without extension). */
  id: string;
  /** Its file, relative to the project root. */
  file: string;
  /** Its validated frontmatter or data. */
  data: Data;
}

/** The fields of a section the checks read. */
export interface SectionFields {
  order: number;
  events: readonly string[];
  people: readonly string[];
  terms: readonly string[];
  /** Open questions, each pointing at a section; default none. */
  openQuestions?: readonly { section: string }[];
}

/** The fields of a timeline event the checks read. */
export interface EventFields {
  date: string;
  section: string;
  status: 'happened' | 'scheduled';
  people: readonly string[];
  terms: readonly string[];
}

/** What the syntax-tree pass recorded of an MDX body that the checks read. */
export interface BodyFacts {
  /** Link targets as written, in document order. */
  links: readonly string[];
  /** Words of readable text (comments and tags do not count). */
  wordCount: number;
}

/** Everything the cross-file checks look at. */
export interface ContentToCheck {
  sections: readonly (CheckedEntry<SectionFields> & { body: BodyFacts })[];
  events: readonly CheckedEntry<EventFields>[];
  people: readonly { id: string }[];
  terms: readonly { id: string }[];
  /** Extra MDX bodies whose links are checked too, such as the opening (links resolve against the home page). */
  otherBodies: readonly { file: string; body: BodyFacts }[];
  /** The story date: later events must be "scheduled", earlier ones "happened". */
  storyDate: string;
  /** Every page path the site has ("/", "/territory/") and the anchor ids on it. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
}

function listIds(items: readonly { id: string }[]): string {
  return items.map((item) => item.id).sort().join(', ');
}

function checkIds(
  file: string,
  field: string,
  ids: readonly string[],
  known: readonly { id: string }[],
  kind: string,
  folder: string,
): ContentProblem[] {
  const knownIds = new Set(known.map((item) => item.id));
  return ids.flatMap((id, index) =>
    knownIds.has(id)
      ? []
      : [
          {
            file,
            field: `${field}[${index}]`,
            problem: `unknown ${kind} "${id}"`,
            fix: suggestFix(id, knownIds, `use the file name of an entry in ${folder}: ${listIds(known)}`),
          },
        ],
  );
}

/** True for a link the site must resolve: a site-root path or an anchor on the same page ("//host" is external). */
export function isInternalLink(href: string): boolean {
  return (href.startsWith('/') && !href.startsWith('//')) || href.startsWith('#');
}

/** Checks one internal link against the site's pages and anchors; undefined when it resolves. */
export function checkInternalLink(
  link: string,
  pagePath: string,
  pages: ReadonlyMap<string, ReadonlySet<string>>,
): { problem: string; fix: string } | undefined {
  const [rawPath = '', anchor] = link.split('#', 2);
  const path = rawPath === '' ? pagePath : rawPath;
  const anchors = pages.get(path);
  if (!anchors) {
    const withSlash = path.endsWith('/') ? undefined : pages.has(`${path}/`) ? `${path}/` : undefined;
    return {
      problem: `links to "${link}", a page the site does not have`,
      fix: withSlash
        ? `write "${withSlash}${anchor ? `#${anchor}` : ''}" (pages end with a slash)`
        : `link to one of: ${[...pages.keys()].sort().join(', ')}`,
    };
  }
  if (anchor && !anchors.has(anchor)) {
    return {
      problem: `links to "${link}", but ${path} has no element with id "${anchor}"`,
      fix: `use one of the anchors on ${path}: ${[...anchors].sort().join(', ') || '(none)'}`,
    };
  }
  return undefined;
}

/** Finds every cross-file problem in the content; an empty list means the build may go on. */
export function findContentProblems(content: ContentToCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { sections, events, people, terms, storyDate, pages } = content;

  const byOrder = new Map<number, string>();
  for (const section of sections) {
    const other = byOrder.get(section.data.order);
    if (other !== undefined) {
      problems.push({
        file: section.file,
        field: 'order',
        problem: `order ${section.data.order} is also used by ${other}`,
        fix: 'give every section its own order (1, 2, 3, …)',
      });
    } else {
      byOrder.set(section.data.order, section.file);
    }
    if (RESERVED_SLUGS.includes(section.id)) {
      problems.push({
        file: section.file,
        field: 'file name',
        problem: `the slug "${section.id}" is a route the site already uses (or has reserved)`,
        fix: `rename the file to a slug of its own; these are taken: ${RESERVED_SLUGS.join(', ')}`,
      });
    }
    if (section.body.wordCount === 0) {
      problems.push({
        file: section.file,
        field: 'body',
        problem: 'the section has no text',
        fix: 'add the section’s paragraphs from the article below the frontmatter',
      });
    }
    (section.data.openQuestions ?? []).forEach((item, index) => {
      if (!sections.some((other) => other.id === item.section)) {
        problems.push({
          file: section.file,
          field: `openQuestions[${index}].section`,
          problem: `unknown section "${item.section}"`,
          fix: suggestFix(item.section, sections.map((s) => s.id), `use the file name of a section in content/sections/: ${listIds(sections)}`),
        });
      }
    });
    problems.push(
      ...checkIds(section.file, 'events', section.data.events, events, 'timeline event', 'content/timeline/'),
      ...checkIds(section.file, 'people', section.data.people, people, 'person', 'content/people/'),
      ...checkIds(section.file, 'terms', section.data.terms, terms, 'term', 'content/terms/'),
    );
  }

  for (const event of events) {
    if (!sections.some((section) => section.id === event.data.section)) {
      problems.push({
        file: event.file,
        field: 'section',
        problem: `unknown section "${event.data.section}"`,
        fix: suggestFix(event.data.section, sections.map((s) => s.id), `use the file name of a section in content/sections/: ${listIds(sections)}`),
      });
    }
    problems.push(
      ...checkIds(event.file, 'people', event.data.people, people, 'person', 'content/people/'),
      ...checkIds(event.file, 'terms', event.data.terms, terms, 'term', 'content/terms/'),
    );
    const expected = isAfterStoryDate(event.data.date, storyDate) ? 'scheduled' : 'happened';
    if (event.data.status !== expected) {
      problems.push({
        file: event.file,
        field: 'status',
        problem: `status is "${event.data.status}" but the date ${event.data.date} is ${expected === 'scheduled' ? 'after' : 'on or before'} the story date ${storyDate}`,
        fix: `set status: ${expected}`,
      });
    }
  }

  const bodies = [
    ...sections.map((section) => ({ file: section.file, body: section.body, pagePath: `/${section.id}/` })),
    ...content.otherBodies.map((other) => ({ ...other, pagePath: '/' })),
  ];
  for (const { file, body, pagePath } of bodies) {
    for (const link of body.links.filter(isInternalLink)) {
      const dead = checkInternalLink(link, pagePath, pages);
      if (dead) problems.push({ file, field: 'body link', ...dead });
    }
  }
  return problems;
}

/** One message listing every problem, each naming its file, field and fix. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    (p) => `  ${p.file}\n    field:   ${p.field}\n    problem: ${p.problem}\n    fix:     ${p.fix}`,
  );
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
